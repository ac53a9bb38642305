import MarginaliaText

/// Tags English text sentence by sentence with the tagger trained on GUM (`train ner --gum`),
/// then runs the document-level pass: a name found confidently in one sentence is found where
/// it recurs, and an unknown capitalised word coordinated with a name takes its type.
public struct EnglishTaggerRecognizer: Sendable {
    public let model: TaggerModel
    public let extractor: FeatureExtractor

    public init(model: TaggerModel, lexicon: Lexicon) {
        self.model = model
        self.extractor = FeatureExtractor(lexicon: lexicon, commonWords: model.commonWords,
                                          hashBits: model.hashBits, cues: .english)
    }

    /// BIO labels for one tokenised sentence.
    public func tag(_ words: [String]) -> [Int] {
        model.scheme.decode(model.decode(extractor.extract(words)).labels)
    }

    /// Mentions (with `canonical` equal to the surface text; `EntityIdentity` fills it later).
    /// Headings get no filter of their own: the tagger has a title-case feature, and keeping only
    /// heading names the body repeats (as the rules do) cost 0.5 F1 on GUM dev.
    public func recognize(_ text: ArticleText, sentences: [Span]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var tokenised: [[Token]] = []
        for sentence in sentences {
            // Cut as the GUM training sentences were cut ("Warhol" "'s").
            let tokens = Tokenizer.tokenize(text, in: sentence, style: .english)
            tokenised.append(tokens)
            guard !tokens.isEmpty else { continue }
            let (labels, emissions) = model.decode(extractor.extract(tokens.map(\.text)))
            for var span in EntityTagSet.spans(from: model.scheme.decode(labels)) {
                // GUM puts titles inside person mentions, news annotation does not: cut them
                // (-4.5 F1 on GUM dev, +1.9 on the project's news-style English gold).
                while span.type == .PER, span.end - span.start > 1, EnglishCues.officeTitleWords.contains(tokens[span.start].text) {
                    span.start += 1
                }
                let s = Span(tokens[span.start].span.start, tokens[span.end - 1].span.end)
                let surface = text[s]
                mentions.append(EntityMention(span: s, text: surface, type: span.type, canonical: surface,
                                              confidence: model.confidence(emissions, labels, span.start..<span.end)))
            }
        }
        return DocumentEvidence.extend(mentions, tokens: tokenised, text: text, commonWords: model.commonWords,
                                       conjunctions: ["and", "or", ","])
    }
}
