import MarginaliaText

/// Marks that hold no one's words although nothing inside them says so: what a bracketed gloss
/// translates ("… (übersetzt etwa: „…“)", "[auf Deutsch: „…“]") and what someone sang or played
/// ("in dem er „…“ sang"): a translation and a song title, not a quotation.
enum GlossFrame {
    /// Words a translating gloss is made of; one of `glossHeads` must be among them.
    private static let glossWords: Set<String> = ["übersetzt", "übersetzung", "deutsch", "dt", "auf", "zu", "etwa",
                                                  "sinngemäß", "wörtlich", "frei", "ungefähr", "in", "englisch", "english"]
    private static let glossHeads: Set<String> = ["übersetzt", "übersetzung", "deutsch", "dt"]

    /// "(übersetzt etwa: „…“)", "(deutsch: „…“)", "[auf Deutsch: „…“]", "(zu Deutsch „…“)": the
    /// gloss opens a bracket right before the marks. A speaker's "sagte er auf Deutsch: „…“"
    /// stands in no bracket and stays a quotation.
    static func translates(_ units: [Unit], before u: Int) -> Bool {
        var k = u - 1
        if k >= 0, units[k].text == ":" { k -= 1 }
        var head = false
        let first = k
        while k >= 0, first - k < 4 {
            let word = units[k].lower.hasSuffix(".") ? String(units[k].lower.dropLast()) : units[k].lower
            if units[k].isWord, glossWords.contains(word) {
                head = head || glossHeads.contains(word)
                k -= 1
            } else if units[k].text == ".", k > 0, units[k - 1].lower == "dt" {
                k -= 1
            } else {
                break
            }
        }
        return head && k >= 0 && k < first && (units[k].text == "(" || units[k].text == "[")
    }

    /// Verbs of performing a song or a piece, at the end of a clause right after the marks.
    private static let performingVerbs: Set<String> = ["sang", "sangen", "singt", "singen", "gesungen", "spielte",
                                                       "spielten", "gespielt", "intonierte", "intonierten", "anstimmte",
                                                       "anstimmten", "angestimmt", "vortrug", "vortrugen", "vorgetragen"]

    /// "in dem er „…“ sang", "als die Band „…“ spielte": the verb closes the clause, so the marks
    /// are its object, a title. "„…“ sangen die Demonstranten" (verb second, subject after) is a
    /// chant someone reports and stays open.
    static func performedTitle(_ units: [Unit], after u: Int, sentence: Range<Int>) -> Bool {
        guard u > sentence.lowerBound, u + 1 < units.count, units[u + 1].isWord,
              performingVerbs.contains(units[u + 1].lower) else { return false }
        guard u + 2 < units.count else { return true }
        return !units[u + 2].isWord && units[u + 2].quoteIndex == nil
    }
}
