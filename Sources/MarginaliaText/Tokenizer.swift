/// Splits text into word, number and punctuation tokens with code-point spans, close to the
/// GermEval 2014 / CoNLL conventions the entity tagger was trained on: punctuation and quotation
/// marks are tokens of their own; hyphenated compounds ("Ukraine-Krieges"), inner apostrophes
/// ("don't", "O'Brien"), numbers ("300.000", "3,5", "10.30"), URLs and e-mail addresses stay
/// whole; known abbreviations ("Dr.", "z.", "U.S."), initials ("J.") and ordinals ("am 3. Oktober")
/// keep their dot. NBSP counts as a space; a soft hyphen (U+00AD) is part of the word it sits in.
public enum Tokenizer {
    public static func tokenize(_ text: ArticleText, in span: Span? = nil) -> [Token] {
        let range = span?.range ?? 0..<text.count
        return tokens(of: rawTokens(text.scalars, range), in: text.scalars)
    }

    /// The tokens of each sentence, in order: `result[n]` holds the tokens of `sentences[n]`.
    public static func tokenize(_ text: ArticleText, sentences: [Span]) -> [[Token]] {
        sentences.map { tokenize(text, in: $0) }
    }

    /// Token spans only, without building a `String` per token (for counting and matching).
    public static func tokenSpans(_ text: ArticleText, in span: Span? = nil) -> [Span] {
        rawTokens(text.scalars, span?.range ?? 0..<text.count).map { Span($0.start, $0.end) }
    }

    static func rawTokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [RawToken] {
        var tokens: [RawToken] = []
        tokens.reserveCapacity(range.count / 5)
        TokenScanner.withScanner(scalars, range) { $0.scan(into: &tokens) }
        return tokens
    }

    static func tokens(of raw: [RawToken], in scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { s in
            raw.map { token in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[token.start..<token.end])
                return Token(span: Span(token.start, token.end), text: String(view))
            }
        }
    }
}
