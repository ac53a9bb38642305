/// Splits text into word and punctuation tokens with code-point spans.
/// Placeholder first version: letters/digits runs (with inner hyphens, apostrophes and dots of
/// abbreviations) are words; every other non-space scalar is a token of its own.
public enum Tokenizer {
    public static func tokenize(_ text: ArticleText, in span: Span? = nil) -> [Token] {
        let range = span ?? Span(0, text.count)
        var tokens: [Token] = []
        var i = range.start
        let s = text.scalars
        while i < range.end {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < range.end {
                    if isWordScalar(s[j]) { j += 1; continue }
                    if (s[j] == "-" || s[j] == "'" || s[j] == "’"), j + 1 < range.end, isWordScalar(s[j + 1]) { j += 2; continue }
                    break
                }
                tokens.append(Token(span: Span(i, j), text: text[Span(i, j)]))
                i = j
            } else {
                tokens.append(Token(span: Span(i, i + 1), text: String(c)))
                i += 1
            }
        }
        return tokens
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }
}
