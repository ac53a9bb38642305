import FoundationEssentials
import MarginaliaText

/// Tags German text sentence by sentence with the learned tagger.
public struct GermanRecognizer: Sendable {
    public let model: TaggerModel
    public let extractor: FeatureExtractor

    public init(model: TaggerModel, lexicon: Lexicon) {
        self.model = model
        self.extractor = FeatureExtractor(lexicon: lexicon, commonWords: model.commonWords, hashBits: model.hashBits)
    }

    /// Labels for one tokenised sentence.
    public func tag(_ words: [String]) -> [Int] {
        splitGenitives(words, model.scheme.decode(model.decode(extractor.extract(words)).labels))
    }

    /// Mentions (with `canonical` equal to the surface text; `EntityIdentity` fills it later).
    public func recognize(_ text: ArticleText, sentences: [Span]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var tokenised: [[Token]] = []
        for sentence in sentences {
            // Cut as the training data was cut, so the tagger sees familiar tokens.
            let tokens = Tokenizer.tokenize(text, in: sentence, style: .germEval)
            tokenised.append(tokens)
            guard !tokens.isEmpty else { continue }
            let (labels, emissions) = model.decode(extractor.extract(tokens.map(\.text)))
            let words = tokens.map(\.text)
            for span in EntityTagSet.spans(from: splitGenitives(words, model.scheme.decode(labels))) {
                let s = Span(tokens[span.start].span.start, tokens[span.end - 1].span.end)
                let surface = text[s]
                mentions.append(EntityMention(span: s, text: surface, type: span.type, canonical: surface,
                                              confidence: confidence(emissions, labels, span.start..<span.end)))
            }
        }
        let extended = DocumentEvidence.extend(mentions, tokens: tokenised, text: text, commonWords: model.commonWords)
        return GermanNamePatterns.apply(extended, tokens: tokenised, text: text, lexicon: extractor.lexicon)
    }

    /// A pre-nominal genitive of a place starts no longer name: "Russlands Gerede" is
    /// "Russlands" plus a noun ("Russia's talk"). BIO labels in, BIO labels out.
    func splitGenitives(_ words: [String], _ labels: [Int]) -> [Int] {
        var labels = labels
        for span in EntityTagSet.spans(from: labels) where span.end - span.start > 1 && isPlaceGenitive(words[span.start]) {
            guard !extractor.lexicon.isPlace(words[span.start..<span.end].joined(separator: " ")) else { continue }
            labels[span.start] = EntityTagSet.begin(.LOC)
            for i in (span.start + 1)..<span.end { labels[i] = 0 }
        }
        return labels
    }

    func isPlaceGenitive(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && extractor.lexicon.isPlace(String(word.dropLast()))
    }

    /// A score in (0, 1) from how far each token's chosen label outscores O:
    /// the perceptron gives margins, not probabilities, so this is a calibrated-looking squash.
    func confidence(_ e: [Float], _ labels: [Int], _ range: Range<Int>) -> Double {
        let L = model.labels
        var total: Float = 0
        for i in range {
            // Against O, not against the best rival: B-PER and I-PER often score alike, and
            // the question a reader has is whether this is a name at all.
            total += e[i * L + labels[i]] - e[i * L]
        }
        let margin = Double(total) / Double(range.count)
        let value = 1 / (1 + exp(-margin / 4))
        return (value * 100).rounded() / 100
    }
}
