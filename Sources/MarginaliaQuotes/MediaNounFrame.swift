import MarginaliaText
import MarginaliaEntities

/// "die Tageszeitung „La Repubblica“", "des Wochenmagazines „profil“", "ihre Klima-Dokumentation
/// „…“": a noun for a paper, work, event or organisation right before the marks announces its
/// name. Only when the noun stands next to the marks (or with just an article or "von"/"of"
/// between): a verb between ("Die neue Version verspricht „…“", "nannte den Bericht eine „…“")
/// means the marks hold what the thing says or is called by someone, a quotation.
enum MediaNounFrame {
    /// Words that may stand between the noun and the marks: "das Magazin der „Süddeutschen Zeitung“".
    /// "Stücke wie „…“": examples of the kind of work the noun names.
    private static let fillers: Set<String> = ["der", "die", "das", "des", "dem", "den", "von", "vom", "wie", "the", "of", "like"]

    /// Compound heads that make a media or naming noun ("Wochenmagazin", "Nachrichtensender").
    private static let compoundHeads = ["zeitung", "magazin", "blatt", "sender", "agentur", "film", "buch", "roman",
                                        "sendung", "serie", "album", "partei", "projekt", "kampagne", "initiative",
                                        "schiff", "sonde", "titel", "name", "begriff", "dokumentation", "werk", "sammlung"]

    static func namesTitle(_ units: [Unit], before u: Int) -> Bool {
        var k = u - 1
        // "(Motto: „…“)"; "''…''" marks leave a stray apostrophe; a gloss follows the name it
        // translates ("die Operation „Cast Lead“ („…“)").
        if k >= 0, units[k].text == ":" || units[k].text.allSatisfy({ $0 == "'" }) { k -= 1 }
        if k >= 1, units[k].text == "(", units[k - 1].quoteIndex != nil { k -= 2 }
        let first = k
        while k >= 0, first - k < 3, units[k].isWord {
            if isMediaNoun(units[k].lower, capitalised: units[k].text.unicodeScalars.first?.properties.isUppercase ?? false) {
                return true
            }
            guard fillers.contains(units[k].lower) else { return false }
            k -= 1
        }
        return false
    }

    /// "tageszeitung", its genitive and plural ("magazines", "zeitungen"), compounds ending in a
    /// media noun ("Wochenmagazin") and hyphenated ones ("ARD-Fernsehserie", "Klima-Dokumentation").
    /// Endings are taken off capitalised words only: "planen" and "spielen" are verbs.
    static func isMediaNoun(_ word: String, capitalised: Bool = true) -> Bool {
        let last = word.split(separator: "-").last.map(String.init) ?? word
        for form in capitalised ? stems(last) : [last] {
            if SpeechCueLexicon.mediaAndNamingNouns.contains(form) { return !(capitalised && germanFalseFriends.contains(form)) }
            if form.count > 6, compoundHeads.contains(where: form.hasSuffix) { return true }
        }
        return false
    }

    /// English entries of the table that, capitalised, are German nouns naming nothing: "der
    /// Brand" (the fire), "die Probe" (the test). ("der Brand „…“" is what the fire did or was.)
    private static let germanFalseFriends: Set<String> = ["brand", "probe"]

    /// The word and the forms without a genitive or plural ending ("Lieder", "Stücke").
    private static func stems(_ word: String) -> [String] {
        var forms = [word]
        for ending in ["es", "s", "en", "n", "e", "er"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
            forms.append(String(word.dropLast(ending.count)))
        }
        return forms
    }

    /// Heads of nouns for a publication or a broadcaster; the nouns for works are the entity
    /// recognizer's (`WorkTitles`), so both sides agree on what names a work.
    private static let publicationHeads = ["zeitung", "zeitschrift", "magazin", "blatt", "sender", "sammlung"]

    /// "des Magazines „…“", "die Gedichtsammlung „…“", "das Lied „…“": a noun for a publication or
    /// a work right against the marks (nothing between) names it, whatever the case of its first letter.
    static func worksNounAgainst(_ units: [Unit], before u: Int) -> Bool {
        guard u > 0, units[u - 1].isWord, units[u - 1].isCapitalised else { return false }
        let noun = units[u - 1].text.split(separator: "-").last.map(String.init) ?? units[u - 1].text
        if WorkTitles.isWorkNoun(noun.prefix(1).uppercased() + noun.dropFirst()) { return true }
        return stems(noun.lowercased()).contains { form in publicationHeads.contains { form == $0 || form.count > $0.count + 2 && form.hasSuffix($0) } }
    }
}
