import MarginaliaText
import MarginaliaEntities

/// Role nouns as antecedents of pronouns: "die Ministerin" for "sie", "der Sprecher" for "er",
/// "die Demonstranten" for plural "sie". Gender and number come from the German word list
/// (derived from german-nouns) and, for compounds it lacks, from the ending ("-sprecherin").
enum RoleMentions {
    /// The last capitalised role noun between `lower` and `offset` that agrees with `pronoun`.
    static func last(in text: ArticleText, before offset: Int, after lower: Int, agreeingWith pronoun: String, plural: Bool = false) -> Span? {
        guard offset > lower else { return nil }
        let tokens = Tokenizer.tokenize(text, in: Span(max(0, lower), offset))
        for (i, token) in tokens.enumerated().reversed() {
            guard let first = token.text.unicodeScalars.first, first.properties.isUppercase, i > 0 else { continue }
            let lower = token.text.lowercased()
            // A noun after a determiner, not the sentence's first word (a capitalised verb or adverb).
            guard SpeechCueLexicon.germanDeterminers.contains(tokens[i - 1].text.lowercased())
                    || tokens[i - 1].text.first?.isLowercase == true && !SpeechCueLexicon.functionWords.contains(tokens[i - 1].text.lowercased()) else { continue }
            // "es" stands for a neuter institution ("das Gericht", "das Ministerium"), the others for people.
            guard SpeechCueLexicon.isRoleNoun(lower), pronoun == "es" || isPersonRole(lower), let g = gender(token.text) else { continue }
            if plural ? g == .plural || g != .feminine && pluralDeterminers.contains(tokens[i - 1].text.lowercased()) : agrees(g, pronoun) { return token.span }
        }
        return nil
    }

    /// Words before a noun that make a masculine or neuter form plural ("die Sprecher", "andere
    /// Mitarbeiter"): "die" never goes with such a noun in the singular.
    static let pluralDeterminers: Set<String> = ["die", "andere", "viele", "mehrere", "einige", "alle", "beide", "zwei", "drei", "zahlreiche", "weitere", "diese"]

    /// Institutions among the role stems ("Regierung", "Polizei") are resolved by the recognizer
    /// as organisations; here only people.
    static func isPersonRole(_ lower: String) -> Bool {
        !SpeechCueLexicon.institutionStems.contains(where: { lower.hasSuffix($0) })
    }

    /// Gender or number of a role noun as written: the word list first, then the ending.
    static func gender(_ word: String) -> NounGender? {
        if case .noun(let g)? = GermanWords.shipped.wordClass(word), g != .mixed { return g }
        if word.hasSuffix("innen") { return .plural }
        if word.hasSuffix("in") { return .feminine }
        if word.hasSuffix("en") || word.hasSuffix("e") { return nil }   // "Abgeordnete(n)": either
        return .masculine
    }

    static func agrees(_ gender: NounGender, _ pronoun: String) -> Bool {
        switch pronoun {
        case "er", "he": gender == .masculine
        case "sie": gender == .feminine || gender == .plural
        case "she": gender == .feminine
        case "es": gender == .neuter
        default: false
        }
    }
}
