import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

/// Runs quote detection on a test text the way the analyzer does (segmentation, given entities).
func quotes(in string: String, language: Language = .de, entities: [EntityMention] = []) -> (ArticleText, [Quotation]) {
    let text = ArticleText(string)
    let segmentation = Segmenter.segment(text, language: language)
    return (text, QuoteDetection.detect(text, segmentation: segmentation, entities: entities, language: language))
}

/// The quoted texts (parts joined by " | ") of each quotation.
func quotedTexts(_ string: String, language: Language = .de, entities: [EntityMention] = []) -> [String] {
    let (text, found) = quotes(in: string, language: language, entities: entities)
    return found.map { $0.spans.map { text[$0] }.joined(separator: " | ") }
}

/// The speaker mention text of each quotation ("-" for none).
func speakers(_ string: String, language: Language = .de, entities: [EntityMention] = []) -> [String] {
    quotes(in: string, language: language, entities: entities).1.map { $0.speaker?.text ?? "-" }
}

/// The canonical speaker name of each quotation ("-" for none).
func canonicalSpeakers(_ string: String, language: Language = .de, entities: [EntityMention] = []) -> [String] {
    quotes(in: string, language: language, entities: entities).1.map { $0.speaker?.canonical ?? "-" }
}

/// An entity mention for the first occurrence of `name` in `string` (code-point offsets).
func mention(_ name: String, in string: String, type: EntityType, canonical: String? = nil) -> EntityMention {
    let scalars = Array(string.unicodeScalars)
    let needle = Array(name.unicodeScalars)
    var start = 0
    while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
    precondition(start + needle.count <= scalars.count, "\(name) not in test text")
    return EntityMention(span: Span(start, start + needle.count), text: name, type: type,
                         canonical: canonical ?? name, confidence: 0.9)
}

/// The judge's explanation of the first candidate in German text: which evidence counted.
func firstExplanation(_ string: String) -> String {
    QuoteDetection.decisions(ArticleText(string), entities: [], language: .de).first?.explanation ?? ""
}
