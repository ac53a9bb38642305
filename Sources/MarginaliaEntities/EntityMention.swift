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

    public init(span: Span, text: String, type: EntityType, canonical: String, confidence: Double) {
        self.span = span
        self.text = text
        self.type = type
        self.canonical = canonical
        self.confidence = confidence
    }
}
