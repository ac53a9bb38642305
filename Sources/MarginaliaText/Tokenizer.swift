/// Splits text into word, number and punctuation tokens with code-point spans, close to the
/// GermEval 2014 / CoNLL conventions the entity tagger was trained on: punctuation and quotation
/// marks are tokens of their own; hyphenated compounds ("Ukraine-Krieges"), inner apostrophes
/// ("don't", "O'Brien"), numbers ("300.000", "3,5", "10.30"), URLs and e-mail addresses stay
/// whole; known abbreviations ("Dr.", "z.", "U.S."), initials ("J.") and ordinals ("am 3. Oktober")
/// keep their dot. NBSP counts as a space; a soft hyphen (U+00AD) is part of the word it sits in.
public enum Tokenizer {
    public enum TokenizationStyle: Sendable {
        /// Abbreviations, initials and ordinals keep their dot ("Dr.", "J.", "3.").
        case reading
        /// As GermEval 2014: the dot of some abbreviations is a token of its own.
        case germEval
        /// As the English treebanks (GUM, Penn): a possessive or clitic "'s" is a token of its
        /// own ("Warhol" "'s"), so a name and its possessive are told apart.
        case english
    }

    public static func tokenize(_ text: ArticleText, in span: Span? = nil) -> [Token] {
        let range = span?.range ?? 0..<text.count
        return tokens(of: rawTokens(text.scalars, range), in: text.scalars)
    }

    /// The same tokens, cut the way a training corpus was cut. `.germEval` splits the dot off the
    /// abbreviations GermEval 2014 splits ("Dr" ".", "St" ".", "Mio" "."; it keeps "bzw.", "ca.",
    /// "z.B." and initials whole), so a tagger trained on that data sees familiar tokens.
    public static func tokenize(_ text: ArticleText, in span: Span? = nil, style: TokenizationStyle) -> [Token] {
        var raw = rawTokens(text.scalars, span?.range ?? 0..<text.count)
        if style == .germEval, raw.contains(where: { $0.kind == .abbreviation }) {
            var split: [RawToken] = []
            split.reserveCapacity(raw.count + raw.count / 20)
            for token in raw {
                if token.kind == .abbreviation, token.end - token.start > 1,
                   Abbreviations.splitInGermEval.contains(text.string(token.start..<(token.end - 1))) {
                    split.append(RawToken(start: token.start, end: token.end - 1, kind: .word))
                    split.append(RawToken(start: token.end - 1, end: token.end, kind: .punctuation))
                } else {
                    split.append(token)
                }
            }
            raw = split
        } else if style == .english {
            raw = splitClitics(raw, text.scalars)
        }
        return tokens(of: raw, in: text.scalars)
    }

    /// "Warhol's" -> "Warhol" "'s" (straight or curly apostrophe).
    static func splitClitics(_ raw: [RawToken], _ scalars: ScalarStore) -> [RawToken] {
        var split: [RawToken] = []
        split.reserveCapacity(raw.count + raw.count / 30)
        for token in raw {
            let n = token.end - token.start
            if token.kind == .word, n > 2, scalars[token.end - 1] == "s" || scalars[token.end - 1] == "S",
               scalars[token.end - 2] == "'" || scalars[token.end - 2] == "\u{2019}" {
                split.append(RawToken(start: token.start, end: token.end - 2, kind: .word))
                split.append(RawToken(start: token.end - 2, end: token.end, kind: .word))
            } else {
                split.append(token)
            }
        }
        return split
    }

    /// The tokens of each sentence, in order: `result[n]` holds the tokens of `sentences[n]`.
    public static func tokenize(_ text: ArticleText, sentences: [Span]) -> [[Token]] {
        sentences.map { tokenize(text, in: $0) }
    }

    /// Token spans only, without building a `String` per token (for counting and matching).
    public static func tokenSpans(_ text: ArticleText, in span: Span? = nil) -> [Span] {
        rawTokens(text.scalars, span?.range ?? 0..<text.count).map { Span($0.start, $0.end) }
    }

    static func rawTokens(_ scalars: ScalarStore, _ range: Range<Int>) -> [RawToken] {
        var tokens: [RawToken] = []
        tokens.reserveCapacity(range.count / 5)
        TokenScanner.withScanner(scalars, range) { $0.scan(into: &tokens) }
        return tokens
    }

    /// Each token's `String` is built straight from its UTF-8 encoding (`ScalarStore.string`):
    /// several times faster than appending scalars to a `String.UnicodeScalarView`, and tokens
    /// are built by the million.
    static func tokens(of raw: [RawToken], in scalars: ScalarStore) -> [Token] {
        raw.map { token in Token(span: Span(token.start, token.end), text: scalars.string(token.start..<token.end)) }
    }
}
