/// Frequent function words per language, for language detection. Words both languages use
/// ("in", "an", "was", "will", "so", "man", "war", "also", "hat") are left out on purpose: they
/// would count for both and decide nothing.
enum FunctionWords {
    static let german: Set<String> = [
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "dem",
        "ein", "eine", "einen", "einem", "einer", "eines", "auch", "es", "für", "im", "wird", "werden",
        "wurde", "wurden", "des", "sie", "er", "wir", "ich", "ihr", "sind", "sein", "seine", "nach",
        "bei", "aus", "wie", "oder", "aber", "noch", "nur", "über", "vor", "durch", "zum", "zur",
        "vom", "beim", "dass", "daß", "kann", "können", "muss", "müssen", "soll", "sollen",
        "habe", "haben", "hatte", "hatten", "gibt", "sagte", "schon", "sehr", "mehr", "wenn", "weil",
        "doch", "immer", "gegen", "unter", "zwischen", "seit", "bis", "diese", "dieser", "dieses",
        "keine", "kein", "jetzt", "dann", "hier", "heute", "ihre", "ihren", "seinen", "seinem", "uns",
        "mich", "dich", "ihm", "ihn", "nichts", "etwas", "viele", "ob", "als", "ab", "damit",
    ]

    static let english: Set<String> = [
        "the", "and", "is", "of", "to", "that", "it", "for", "on", "are", "with", "as", "his", "they",
        "be", "at", "this", "have", "from", "by", "he", "she", "we", "you", "not", "but", "or", "were",
        "been", "has", "had", "their", "which", "would", "there", "what", "about", "said", "who",
        "when", "can", "more", "if", "out", "its", "into", "than", "them", "after", "other",
        "some", "could", "our", "over", "only", "new", "these", "two", "first", "because", "while",
        "where", "how", "any", "those", "should", "may", "before", "between", "does", "did", "her",
        "him", "i", "my", "me", "your", "a", "just", "very", "do", "no", "yes",
        "told", "says", "according", "year", "years", "people", "government", "week",
    ]

    /// Each function word with the languages it counts for (one look-up per word instead of one
    /// per language).
    static let languages: [String: (de: Bool, en: Bool)] = {
        var result: [String: (de: Bool, en: Bool)] = [:]
        for word in german.union(english) { result[word] = (german.contains(word), english.contains(word)) }
        return result
    }()

    /// The most code points a function word has, even with its umlaut decomposed. A longer token
    /// cannot be one (lower-casing never shortens a word), so the detector skips it unread.
    static let longestWord = 10

    /// Letters that occur in German but hardly in English text.
    static func isGermanLetter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "ä", "ö", "ü", "ß", "Ä", "Ö", "Ü", "ẞ": return true
        default: return false
        }
    }
}
