import MarginaliaText
import MarginaliaEntities

/// Who a quotation is attributed to: the mention in the text and the entity it resolves to.
public struct SpeakerMention: Hashable, Sendable {
    public var span: Span
    public var text: String
    public var canonical: String

    public init(span: Span, text: String, canonical: String) {
        self.span = span
        self.text = text
        self.canonical = canonical
    }
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
