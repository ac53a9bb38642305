import MarginaliaEntities

/// Common nouns that name people, told by the German word list (derived from german-nouns):
/// a noun with a feminine form in "-in" beside it names a person ("Landwirt"/"Landwirtin",
/// "Bauer"/"Bäuerin", "Kunde"/"Kundin"), and so does that feminine form and their plurals
/// ("Landwirte"). Wiktionary lists such pairs for people (and a few animals), not for things, so
/// "die Entscheidung" or "der Grund" never pass. Evidence for the mention graph: a pronoun may
/// stand for "ein Landwirt", and "der Landwirt" can speak.
enum PersonNouns {
    /// `word` as written (capitalised).
    static func isPerson(_ word: String) -> Bool {
        guard word.count >= 3, word.unicodeScalars.first?.properties.isUppercase == true else { return false }
        // "Web-Designerin": the part after the last hyphen.
        if let hyphen = word.lastIndex(of: "-") { return isPerson(String(word[word.index(after: hyphen)...])) }
        // A compound's head: "Hauptgeschäftsführer" -> "Geschäftsführer", "Wahlsieger" -> "Sieger"
        // (the list has "Siegerin", not "Wahlsiegerin"); heads of under five letters are not tried
        // ("Rat" in "Wirtschaftsrat", "Ober" in "Oktober").
        return isListedPerson(word) || GermanWords.head(of: word, in: isNoun).map(isListedPerson) ?? false
    }

    private static func isListedPerson(_ word: String) -> Bool {
        if word.hasSuffix("innen") { return isFeminine(String(word.dropLast(3))) }
        if isFeminine(word), word.hasSuffix("in") { return isNoun(String(word.dropLast(2))) || isNoun(deumlaut(String(word.dropLast(2)))) }
        for stem in stems(word) where hasFeminine(stem) { return true }
        return false
    }

    /// The singular a form may come from: itself, or without a plural or case ending.
    private static func stems(_ word: String) -> [String] {
        var result = [word]
        for ending in ["en", "n", "e", "s"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            result.append(String(word.dropLast(ending.count)))
        }
        return result
    }

    private static func hasFeminine(_ stem: String) -> Bool {
        // Person nouns with a feminine in "-in" are masculine ("der Landwirt", "der Sieger"): not
        // "das Zeug" (whose "Zeugin" belongs to "der Zeuge") nor a plural form.
        guard isMasculine(stem) else { return false }
        let bare = stem.hasSuffix("e") ? String(stem.dropLast()) : stem
        if isFeminine(bare + "in") { return true }
        // "Bauer"/"Bäuerin", "Koch"/"Köchin"; but "Schützin" belongs to "Schütze", not to "Schutz".
        let umlauted = umlaut(bare)
        guard umlauted != bare, isFeminine(umlauted + "in") else { return false }
        switch GermanWords.shipped.listedClass(umlauted + "e") {
        case .noun(.plural)?, nil: return true
        default: return false
        }
    }

    private static func isNoun(_ word: String) -> Bool {
        if case .noun? = GermanWords.shipped.listedClass(word) { return true }
        return false
    }

    private static func isMasculine(_ word: String) -> Bool {
        switch GermanWords.shipped.listedClass(word) {
        case .noun(.masculine)?, .noun(.mixed)?: return true
        default: return false
        }
    }

    private static func isFeminine(_ word: String) -> Bool {
        if case .noun(.feminine)? = GermanWords.shipped.listedClass(word) { return true }
        return false
    }

    /// The last a, o, u (or au) umlauted: "Bauer" -> "Bäuer", "Koch" -> "Köch".
    private static func umlaut(_ stem: String) -> String {
        var scalars = Array(stem.unicodeScalars)
        guard let k = scalars.lastIndex(where: { "aouAOU".unicodeScalars.contains($0) }) else { return stem }
        if k > 0, scalars[k] == "u", scalars[k - 1] == "a" { scalars[k - 1] = "ä"; return String(String.UnicodeScalarView(scalars)) }
        let map: [Unicode.Scalar: Unicode.Scalar] = ["a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"]
        scalars[k] = map[scalars[k]]!
        return String(String.UnicodeScalarView(scalars))
    }

    private static func deumlaut(_ stem: String) -> String {
        let map: [Unicode.Scalar: Unicode.Scalar] = ["ä": "a", "ö": "o", "ü": "u"]
        var scalars = Array(stem.unicodeScalars)
        guard let k = scalars.lastIndex(where: { map[$0] != nil }) else { return stem }
        scalars[k] = map[scalars[k]]!
        return String(String.UnicodeScalarView(scalars))
    }
}
