import MarginaliaText

/// The W3C TextQuoteSelector: the exact text of a target and some context on each side, so the
/// target can be found again after the article changes.
public struct TextQuote: Sendable, Equatable {
    /// Code points of context kept on each side (as hypothes.is does).
    public static let contextLength = 32

    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    public init(span: Span, in text: ArticleText) {
        let lo = max(0, min(span.start, text.count))
        let hi = max(lo, min(span.end, text.count))
        exact = text[Span(lo, hi)]
        prefix = text[Span(max(0, lo - TextQuote.contextLength), lo)]
        suffix = text[Span(hi, min(text.count, hi + TextQuote.contextLength))]
    }
}
