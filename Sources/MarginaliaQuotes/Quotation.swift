import MarginaliaText
import MarginaliaEntities

/// Who a quotation is attributed to: the mention in the text and the entity it resolves to.
public struct SpeakerMention: Hashable, Sendable {
    public var span: Span
    public var text: String
    /// The name shown; `SpeakerMention.unresolved` ("?") for a pronoun whose antecedent was not found.
    public var canonical: String
    /// For a pronoun: the mention of the person or organisation it was resolved to.
    public var antecedent: Span?

    public init(span: Span, text: String, canonical: String, antecedent: Span? = nil) {
        self.span = span
        self.text = text
        self.canonical = canonical
        self.antecedent = antecedent
    }

    /// What a reader is shown for a speaker that is only a pronoun with no antecedent in reach:
    /// an honest "don't know" instead of a guess.
    public static let unresolved = "?"

    public var isResolved: Bool { canonical != SpeakerMention.unresolved }
}

public enum QuotationKind: String, Codable, Sendable {
    case direct, indirect
}

/// A quotation: one or more spans of quoted text (without their marks; an interrupted quote
/// „Wir…“, sagte er, „werden…“ has two) and its speaker, if known.
public struct Quotation: Hashable, Sendable {
    public var spans: [Span]
    public var kind: QuotationKind
    public var speaker: SpeakerMention?

    public init(spans: [Span], kind: QuotationKind = .direct, speaker: SpeakerMention? = nil) {
        self.spans = spans
        self.kind = kind
        self.speaker = speaker
    }

    /// From the first quoted code point to the last.
    public var span: Span { Span(spans.first!.start, spans.last!.end) }
}
