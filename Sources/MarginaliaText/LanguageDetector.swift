/// Guesses an article's language from frequent function words.
public enum LanguageDetector {
    static let german: Set<String> = ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "dem", "ein", "eine", "auch", "es", "für", "im", "wird"]
    static let english: Set<String> = ["the", "and", "is", "of", "to", "in", "that", "it", "was", "for", "on", "are", "with", "as", "his", "they", "be", "at", "this", "have"]

    public static func detect(_ text: ArticleText) -> Language {
        var de = 0, en = 0
        for token in Tokenizer.tokenize(text, in: Span(0, min(text.count, 20_000))) {
            let w = token.text.lowercased()
            if german.contains(w) { de += 1 }
            if english.contains(w) { en += 1 }
        }
        if de == 0 && en == 0 { return .unknown }
        return de >= en ? .de : .en
    }
}
