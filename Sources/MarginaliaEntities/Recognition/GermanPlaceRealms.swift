import MarginaliaText

/// Realms named by capitalised adjectives before "Reich": "im Osmanischen Reich", "des
/// Byzantinischen Reiches", "das Große Persische Reich", "das Russische Kaiserreich" (GermEval 2014:
/// places, the adjectives inside). German capitalises an adjective inside a sentence only as part of a name,
/// so one or more capitalised words with an adjective's ending right before the noun make the
/// realm's name; not a first name or a singular noun, which open a person's name ("Walter Reich").
/// The tagger often keeps only the last adjective or none ("das Große [Persische
/// Reich]", "im Byzantinischen Reich"). Not a word opening the sentence ("Viele Reiche" is no name).
extension GermanPlaceFrames {
    static let realmNouns: Set<String> = ["Reich", "Reichs", "Reiches", "Kaiserreich", "Kaiserreichs", "Kaiserreiches"]

    /// Is `w` a realm noun? Asked of capitalised words of five to thirteen letters opening with "R" or "K".
    static func isRealmNoun(_ w: Span, _ text: ArticleText) -> Bool {
        guard (5...13).contains(w.length), text[w.start] == "R" || text[w.start] == "K" else { return false }
        return realmNouns.contains(text[w])
    }

    /// The realm's name ending with the noun at `w`: the capitalised adjectives before it, one space
    /// apart; nil where there is none.
    static func realmName(_ w: Span, _ text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        var start = w.start, count = 0
        while count < 3, start >= 2, text[start - 1] == " " {
            // The lower-case letters before the space, then the capital opening the word.
            var k = start - 1
            while k > 0, ScalarClass.isLowercase(text[k - 1]) { k -= 1 }
            k -= 1
            guard k >= 0, k < start - 3, ScalarClass.isUppercase(text[k]), k == 0 || !PlaceWordScanner.isWordScalar(text[k - 1]) else { break }
            let adjective = Span(k, start - 1)
            guard adjective.length >= 5, hasAdjectiveEnding(adjective, text),
                  !GermanNamePatterns.determinerAdjectives.contains(text[adjective]), !NameContinuation.isSentenceStart(k, text),
                  !isPersonalWord(text[adjective], lexicon: lexicon, words: words) else { break }
            start = k
            count += 1
        }
        return count == 0 ? nil : Span(start, w.end)
    }

    /// A first name or a singular noun ("Walter", "Schneider"): the word before a surname "Reich", no adjective.
    static func isPersonalWord(_ word: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        if lexicon.firstNames.contains(word) { return true }
        guard case .noun(let gender)? = words.listedClass(word) else { return false }
        return gender == .masculine || gender == .feminine || gender == .neuter
    }

    static func hasAdjectiveEnding(_ s: Span, _ text: ArticleText) -> Bool {
        text.ends(s, with: "e") || text.ends(s, with: "en") || text.ends(s, with: "es") || text.ends(s, with: "er")
    }
}
