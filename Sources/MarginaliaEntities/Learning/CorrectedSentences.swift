import MarginaliaText

/// Sentences with the user's entities as training data: the sentence's tokens (cut as the
/// tagger cuts them) with BIO labels from the entities the reader shows (the analysis with all
/// corrections applied), so every suggestion the user left standing there counts as accepted.
public enum CorrectedSentences {
    public static func tagged(_ sentence: Span, text: ArticleText, entities: [EntityMention]) -> TaggedSentence {
        let tokens = Tokenizer.tokenize(text, in: sentence, style: .germEval)
        var labels = [Int](repeating: 0, count: tokens.count)
        for e in entities where e.span.overlaps(sentence) {
            let inside = tokens.indices.filter { e.span.start <= tokens[$0].span.start && tokens[$0].span.end <= e.span.end }
            for (k, i) in inside.enumerated() { labels[i] = k == 0 ? EntityTagSet.begin(e.type) : EntityTagSet.inside(e.type) }
        }
        return TaggedSentence(words: tokens.map(\.text), labels: labels)
    }
}
