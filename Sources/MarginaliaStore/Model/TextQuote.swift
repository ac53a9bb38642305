import MarginaliaText

/// The W3C TextQuoteSelector: the exact text of a target and some context on each side, so the
/// target can be found again after the article changes.
public struct TextQuote: Sendable, Equatable {
    /// Code points of context kept on each side (as hypothes.is does)...
    public static let contextLength = 32
    /// ...and at most this many UTF-16 units: dom-anchor-text-quote (hypothes.is) builds a
    /// bit-parallel pattern of at most 32 units and throws "Pattern too long" beyond it, so an
    /// emoji in the context shortens it by one code point.
    public static let contextUTF16Limit = 32

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
        prefix = ScalarString.slice(text, TextQuote.prefixStart(before: lo, in: text), lo)
        suffix = ScalarString.slice(text, hi, TextQuote.suffixEnd(after: hi, in: text))
    }

    /// Where the prefix before `offset` starts: at most 32 code points and 32 UTF-16 units back.
    static func prefixStart(before offset: Int, in text: ArticleText) -> Int {
        var start = offset, units = 0
        while start > 0, offset - start < contextLength {
            let width = UTF16.width(text[start - 1])
            if units + width > contextUTF16Limit { break }
            units += width
            start -= 1
        }
        return start
    }

    /// Where the suffix after `offset` ends, by the same limits.
    static func suffixEnd(after offset: Int, in text: ArticleText) -> Int {
        var end = offset, units = 0
        while end < text.count, end - offset < contextLength {
            let width = UTF16.width(text[end])
            if units + width > contextUTF16Limit { break }
            units += width
            end += 1
        }
        return end
    }

    /// True if these selectors are exactly what `init(span:in:)` would compute now.
    func isCurrent(for span: Span, in text: ArticleText) -> Bool {
        ScalarString.equals(exact, text, span.start, span.end)
            && ScalarString.equals(prefix, text, TextQuote.prefixStart(before: span.start, in: text), span.start)
            && ScalarString.equals(suffix, text, span.end, TextQuote.suffixEnd(after: span.end, in: text))
    }
}
