/// The declined forms of the geography tables' names made of adjectives and a noun: the tables
/// hold a name as it stands in the nominative ("Vereinigtes Königreich", "Vereinigte Arabische
/// Emirate", "Innere Mongolei"), but after a preposition or an article German declines it ("im
/// Vereinigten Königreich", "in den Vereinigten Arabischen Emiraten", "des Schwarzen Meeres").
/// Derived by the rules of German declension, so that no table has to spell each form:
/// - an adjective in "-e", "-es" or "-ischer" takes the weak ending "-en" ("Vereinigtes" →
///   "Vereinigten", "Persischer" → "Persischen"); an invariant place adjective in "-er"
///   ("Thüringer Wald", "Genfer See") stays as it is;
/// - a masculine or neuter name (its adjective in "-es" / "-er") takes the genitive "-s" / "-es"
///   on its noun ("des Vereinigten Königreichs", "des Persischen Golfes");
/// - a plural noun in "-e" takes the dative "-n" ("den Vereinigten Arabischen Emiraten");
/// - after a definite article a masculine or neuter name's adjective ends in "-e" ("das Vereinigte
///   Königreich", "der Persische Golf").
/// Names with a lower-case word ("Golf von Aden") or without an adjective are left as written.
extension GermanPlaceFrames {
    static func declinedForms(of names: some Sequence<String>) -> Set<String> {
        var forms = Set<String>()
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            let adjectives = words.dropLast()
            guard adjectives.allSatisfy(isDeclinedAdjective) else { continue }
            let weak = adjectives.map(weakForm)
            let noun = words[words.count - 1]
            var nouns = [noun]
            // A strong masculine or neuter ending ("Vereinigtes", "Persischer") marks a noun with a genitive.
            if let first = adjectives.first, first.hasSuffix("es") || first.hasSuffix("er"), !noun.hasSuffix("s") {
                nouns += [noun + "s", noun + "es"]
            }
            // A plural in "-e" ("Emirate") takes "-n" in the dative.
            if let first = adjectives.first, first.hasSuffix("e"), noun.hasSuffix("e") { nouns.append(noun + "n") }
            for n in nouns { forms.insert((weak + [n]).joined(separator: " ")) }
            // After "der" / "das" / "ins" the strong "-es" / "-er" turns weak "-e" ("ins Vereinigte Königreich",
            // "der Persische Golf").
            if adjectives.allSatisfy({ $0.hasSuffix("es") || $0.hasSuffix("er") }) {
                forms.insert((adjectives.map { String($0.dropLast()) } + [noun]).joined(separator: " "))
            }
        }
        return forms
    }

    /// A capitalised adjective with a declension ending: "-e", "-es", "-en", or "-ischer" (not a
    /// place adjective in "-er", which does not decline).
    static func isDeclinedAdjective(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("e") || word.hasSuffix("es") || word.hasSuffix("en") || word.hasSuffix("ischer"))
    }

    static func weakForm(_ adjective: String) -> String {
        if adjective.hasSuffix("en") { return adjective }
        if adjective.hasSuffix("e") { return adjective + "n" }
        return String(adjective.dropLast(2)) + "en"
    }
}
