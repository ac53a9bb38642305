/// Guesses an article's language (German, English or unknown) from function-word frequencies
/// and the German letters ä ö ü ß. Works on the first 1,000 code points (about 150 words); a handful of words is
/// enough ("Der Hund schläft." is German, "The dog sleeps." English).
public enum LanguageDetector {
    static let sampleLength = 1_000
    /// Weight of one German letter relative to one function word.
    static let letterWeight = 0.5
    /// How much one language must lead before it is named.
    static let margin = 1.25

    public static func detect(_ text: ArticleText) -> Language {
        let scores = score(text)
        if scores.de == 0 && scores.en == 0 { return .unknown }
        if scores.de >= scores.en * margin && scores.de >= 1 { return .de }
        if scores.en >= scores.de * margin && scores.en >= 1 { return .en }
        return .unknown
    }

    /// The weighted evidence for each language.
    /// Read from the scanner's token spans: a `String` is made only for a word that could be a
    /// function word (a letter first, at most `FunctionWords.longestWord` code points), not for
    /// every token, and no word's characters are counted.
    static func score(_ text: ArticleText) -> (de: Double, en: Double) {
        let end = min(text.count, sampleLength)
        var de = 0.0, en = 0.0
        let tokens = Tokenizer.rawTokens(text.scalars, 0..<end)
        text.scalars.withReader { s in
            for k in 0..<end where FunctionWords.isGermanLetter(s[k]) { de += letterWeight }
            for token in tokens where token.end - token.start <= FunctionWords.longestWord && ScalarClass.isLetter(s[token.start]) {
                let range = token.start..<token.end
                guard let counts = FunctionWords.languages[asciiLowercased(s, range) ?? s.string(range).lowercased()] else { continue }
                if counts.de { de += 1 }
                if counts.en { en += 1 }
            }
        }
        return (de, en)
    }

    /// The lower-cased `String` of `range` made in one pass when it is ASCII (nearly every word:
    /// `lowercased()` on a capitalised word cost more than the look-up), else nil.
    static func asciiLowercased(_ s: ScalarReader, _ range: Range<Int>) -> String? {
        for k in range where s[k].value >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var n = 0
            for k in range {
                let b = UInt8(truncatingIfNeeded: s[k].value)
                buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }
}
