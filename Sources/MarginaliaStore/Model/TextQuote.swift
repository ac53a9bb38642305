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
        exact = ScalarString.slice(text, lo, hi)
        prefix = ScalarString.slice(text, lo - TextQuote.contextLength, lo)
        suffix = ScalarString.slice(text, hi, hi + TextQuote.contextLength)
    }

    /// True if these selectors are exactly what `init(span:in:)` would compute now.
    func isCurrent(for span: Span, in text: ArticleText) -> Bool {
        ScalarString.equals(exact, text, span.start, span.end)
            && ScalarString.equals(prefix, text, max(0, span.start - TextQuote.contextLength), span.start)
            && ScalarString.equals(suffix, text, span.end, min(text.count, span.end + TextQuote.contextLength))
    }
}
