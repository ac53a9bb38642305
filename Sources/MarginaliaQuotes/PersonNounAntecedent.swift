import MarginaliaText
import MarginaliaEntities

/// A pronoun with no name or role before it ("Ein Landwirt … Er sagte aus: „…“"): the nearest
/// common noun that names a person as the subject of its clause. Only a noun that agrees with the
/// pronoun in gender or number (the word list), stands after a nominative article opening the
/// clause or following its verb (not in a prepositional phrase: "mit dem Mähdrescher"), and is
/// shaped like a person noun (a role, or an agent ending: "-ent", "-ist", "-er", "-erin"). Anything
/// less leaves the pronoun unresolved ("?"), which is better than a guess.
enum PersonNounAntecedent {
    /// How far back (code points) the noun is looked for: the last few sentences. A subject further
    /// back with no name between is an unsafe guess, and every unresolved pronoun pays for the scan.
    static let reach = 400

    static func last(in text: ArticleText, before offset: Int, after lower: Int, agreeingWith pronoun: String, plural: Bool = false) -> Span? {
        guard offset > lower, ["er", "sie"].contains(pronoun) else { return nil }
        let tokens = Tokenizer.tokenize(text, in: Span(max(0, lower), offset))
        let articles: Set<String> = pronoun == "er" ? ["der", "ein"] : ["die", "eine"]
        // "Als ein Rentner vorbeikam, schlug er diesem …": a demonstrative after the pronoun takes
        // the nearest person, so the pronoun stands for someone named earlier.
        var skip = demonstrativeFollows(text, after: offset) ? 1 : 0
        for i in stride(from: tokens.count - 1, through: 1, by: -1) {
            let word = tokens[i].text
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            // The article, with at most two attributes between it and the noun ("ein 39-jähriger").
            var a = i - 1
            while a >= 0, i - a <= 3, tokens[a].text.unicodeScalars.first.map({ $0.properties.isLowercase || $0.properties.numericType != nil }) == true,
                  !articles.contains(tokens[a].text.lowercased()) { a -= 1 }
            guard a >= 0, articles.contains(tokens[a].text.lowercased()) else { continue }
            // Not inside a prepositional phrase.
            if a > 0, SpeakerFinder.placePrepositions.contains(tokens[a - 1].text.lowercased()) || tokens[a - 1].text.lowercased() == "von" { continue }
            let lowered = word.lowercased()
            guard isPersonNoun(lowered) || PersonNouns.isPerson(word), agrees(word, article: tokens[a].text.lowercased(), pronoun: pronoun),
                  !plural || isPlural(word, article: tokens[a].text.lowercased()) else { continue }
            if skip > 0 { skip -= 1; continue }
            return tokens[i].span
        }
        return nil
    }

    /// A demonstrative pronoun ("diesem", "diesen") standing alone in the pronoun's clause.
    static func demonstrativeFollows(_ text: ArticleText, after offset: Int) -> Bool {
        // The pronoun itself, then a few words up to the clause's end.
        let tokens = Tokenizer.tokenize(text, in: Span(offset, min(text.count, offset + 60)))
        for (k, token) in tokens.enumerated().dropFirst() {
            if [",", ".", ";", ":", "!", "?"].contains(token.text) { return false }
            if ["dieser", "diesem", "diesen", "dieses"].contains(token.text.lowercased()) {
                // Not an article: no noun next ("diesem Plan"), nor an inflected adjective and a
                // noun ("diesem neuen Plan"); "diesem ins Gesicht" is the pronoun.
                func isCapitalised(_ i: Int) -> Bool { i < tokens.count && tokens[i].text.unicodeScalars.first?.properties.isUppercase == true }
                let inflected = k + 1 < tokens.count && ["e", "en", "em", "er", "es"].contains { tokens[k + 1].text.hasSuffix($0) }
                return !(isCapitalised(k + 1) || inflected && isCapitalised(k + 2))
            }
        }
        return false
    }

    /// "der/ein Student" for "er" (a masculine noun); "die Ministerin" or plural "die Demonstranten"
    /// for "sie" (after "die" any noun is feminine or plural); "eine" only with a feminine noun.
    static func agrees(_ word: String, article: String, pronoun: String) -> Bool {
        let listed: NounGender? = if case .noun(let g)? = GermanWords.shipped.wordClass(word) { g } else { nil }
        let gender = listed ?? RoleMentions.gender(word)
        if pronoun == "sie" { return article == "die" || gender == .feminine }
        return gender == .masculine || gender == .mixed
    }

    /// "die Täter", "die Demonstranten": after "die" a noun that is not feminine is plural.
    static func isPlural(_ word: String, article: String) -> Bool {
        guard article == "die" else { return false }
        let listed: NounGender? = if case .noun(let g)? = GermanWords.shipped.wordClass(word) { g } else { nil }
        let gender = listed ?? RoleMentions.gender(word)
        guard let gender else { return word.hasSuffix("en") }   // "die Abgeordneten"; "die Abgeordnete" is one woman
        return gender != .feminine || word.hasSuffix("innen")
    }

    static func isPersonNoun(_ lowered: String) -> Bool {
        if SpeechCueLexicon.isRoleNoun(lowered) { return RoleMentions.isPersonRole(lowered) }
        return lowered.count >= 6 && ["ent", "enten", "ant", "anten", "ist", "isten", "er", "erin", "erinnen"].contains { lowered.hasSuffix($0) }
    }
}
