import MarginaliaText

/// The four entity types of Marginalia (GermEval/CoNLL style).
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case PER, LOC, ORG, MISC
}

/// One mention of a named entity in an article.
public struct EntityMention: Hashable, Sendable {
    public var span: Span
    public var text: String
    public var type: EntityType
    /// The name shared by every mention of the same entity in the article ("Wladimir Putin"
    /// for "Putins", "Putin" and "Wladimir Putin").
    public var canonical: String
    public var confidence: Double

    /// Below this confidence a mention is shown as uncertain (dimmed): more likely wrong than
    /// right. The German tagger's confidence is calibrated (`SpanCalibration`): on GermEval dev
    /// 46 % of its names below 0.5 are right, on the WikiNews entity gold about 40 %. Names
    /// repeated from a confident mention elsewhere (0.6) are not below it.
    public static let uncertainBelow = 0.5

    public var isUncertain: Bool { confidence < EntityMention.uncertainBelow }

    public init(span: Span, text: String, type: EntityType, canonical: String, confidence: Double) {
        self.span = span
        self.text = text
        self.type = type
        self.canonical = canonical
        self.confidence = confidence
    }
}
