import MarginaliaText
import MarginaliaEntities

/// CoNLL-style BIO tokens for NER training: one `token<TAB>tag` a line (`B-PER`, `I-PER`, `O`),
/// a blank line after each sentence, `-DOCSTART-` before each article. Tokens come from
/// `Tokenizer`, sentences from the analysis' segmentation, entity types after corrections.
public enum CoNLLExport {
    public static func document(text: ArticleText, sentences: [Span], entities: [EntityMention]) -> String {
        var out = "-DOCSTART-\tO\n\n"
        let sortedEntities = entities.sorted { $0.span < $1.span }
        var e = 0
        for sentence in sentences {
            let tokens = Tokenizer.tokenize(text, in: sentence)
            guard !tokens.isEmpty else { continue }
            var previousEntity: Span?
            for token in tokens {
                while e < sortedEntities.count, sortedEntities[e].span.end <= token.span.start { e += 1 }
                var tag = "O"
                var current: Span?
                if e < sortedEntities.count, sortedEntities[e].span.overlaps(token.span) {
                    let entity = sortedEntities[e]
                    current = entity.span
                    tag = (previousEntity == entity.span ? "I-" : "B-") + entity.type.rawValue
                }
                previousEntity = current
                out += token.text + "\t" + tag + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// Reads BIO lines back into (token span is not stored, so) per-sentence token/tag pairs.
    public static func read(_ conll: String) -> [[(token: String, tag: String)]] {
        var sentences: [[(String, String)]] = []
        var current: [(String, String)] = []
        for line in conll.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.isEmpty { sentences.append(current); current = [] }
                continue
            }
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count >= 2, parts[0] != "-DOCSTART-" else { continue }
            current.append((parts[0], parts[parts.count - 1]))
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
