import MarginaliaText
import MarginaliaEntities

/// Shapes of names, titles and terms in marks that the word counts miss: a web address, a name
/// opening with the noun that says what it names ("Gesetz zur …", "2. Deutscher Klimakongress …"),
/// and a term someone gives it ("nennt sich „…“", "nennt man einen „…“", "der Name lautet also „…“").
enum NamingEvidence {
    /// "news.bbc.co.uk", "montagsdemo.net": a dot inside the word and a short lower-case ending.
    /// Abbreviations ("z.B.", "u.a.") end with a dot or a capital and are no address.
    static func isWebAddress(_ word: String) -> Bool {
        guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
        let ending = word[word.index(after: dot)...]
        return (2...4).contains(ending.count) && ending.allSatisfy { $0.isLowercase }
            && word[word.index(before: dot)].isLetter
    }

    /// Nouns that head the name of a body, event, law, prize or work: „Rat zur Wiederherstellung
    /// der …“, „Preis der … Reichsbank …“. Statements in marks rarely open with one of them.
    static let nameHeads: Set<String> = SpeechCueLexicon.mediaAndNamingNouns.union([
        "rat", "kongress", "konferenz", "gipfel", "tagung", "komitee", "kommission", "ausschuss", "verband",
        "bund", "institut", "stiftung", "allianz", "front", "union", "liga", "akademie", "zentrum",
        "forum", "fonds", "behörde", "ministerium", "gericht", "universität", "hochschule", "museum",
        "theater", "orchester", "verordnung", "richtlinie", "pakt", "charta", "strategie", "agenda",
        "dokumentation", "messe", "turnier", "meisterschaft", "pokal", "biennale", "triennale",
        "council", "congress", "conference", "summit", "committee", "commission", "association",
        "institute", "foundation", "alliance", "front", "league", "academy", "center", "centre", "act",
    ])

    /// Compound heads ("Klimakongress", "Filmpreis", "Sicherheitsgesetz"), for words over six letters.
    private static let compoundHeads = ["kongress", "konferenz", "gipfel", "preis", "gesetz", "festival",
                                        "ausstellung", "kampagne", "projekt", "verband", "institut", "stiftung",
                                        "zeitung", "magazin", "sendung", "serie", "film", "dokumentation"]

    /// The marks open with a run of capitalised words (or an ordinal, "2.") of which one, among
    /// the first three, is a name head: „2. Deutscher Klimakongress der …“, „Oberste Rat zur …“.
    static func opensWithNameHead(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        for word in words.prefix(3) {
            guard let first = word.unicodeScalars.first else { return false }
            if first.properties.numericType != nil { continue }
            guard first.properties.isUppercase else { return false }
            let lower = word.lowercased()
            let head = lower.split(separator: "-").last.map(String.init) ?? lower
            if nameHeads.contains(head) || head.count > 6 && compoundHeads.contains(where: head.hasSuffix) { return true }
        }
        return false
    }

    /// "dann nennt sie sich „…“", "Dies nennt man einen „…“", "der Name lautet also „…“": up to
    /// three words before the marks give a name or a term, not someone's words. ("Darin heißt es
    /// „…“" reports a text and is left out.)
    static func namingVerbBefore(_ units: [Unit], before u: Int) -> Bool {
        // At most four words: a list, not a set, to look them up.
        var k = u - 1
        while k >= 0, u - k <= 4, units[k].isWord { k -= 1 }
        let saw = units[(k + 1)..<u].map(\.lower)
        if saw.contains(where: { ["nennt", "nannte", "nennen", "nannten"].contains($0) }), saw.contains("sich") || saw.contains("man") { return true }
        if saw.contains(where: { ["lautet", "lautete", "heißt", "hieß", "getauft", "benannt"].contains($0) }), !saw.contains("es") { return true }
        return false
    }

    /// „Dresden – ein Knoten im Postverkehr“, „Cobra II – die wirkliche Geschichte …“: a short
    /// capitalised head, a spaced dash and a subtitle, with no comma and no clause word, is the
    /// title of a work or a talk. (Statements set a dash inside a sentence with verbs around it.)
    static func isTitleWithSubtitle(_ inner: [Token]) -> Bool {
        guard let dash = inner.firstIndex(where: { $0.text == "–" || $0.text == "—" }), dash >= 1, dash <= 4,
              dash + 1 < inner.count,
              let first = inner[0].text.unicodeScalars.first,
              first.properties.isUppercase || first.properties.numericType != nil else { return false }
        return !inner.contains { token in
            token.text == "," || SpeechCueLexicon.clauseWords.contains(token.text.lowercased())
        }
    }

    /// "„…“, wie sich die Gruppe selbst nennt": a clause of "wie" with "sich" and a verb of naming
    /// right after the marks gives the name something calls itself. ("„…“, wie er es nannte"
    /// gives someone's word for a thing and stays a quotation.)
    static func selfNamingAfter(_ units: [Unit], after u: Int) -> Bool {
        guard u + 2 < units.count, units[u + 1].text == ",", units[u + 2].lower == "wie" else { return false }
        var sawSich = false
        for k in (u + 3)..<min(units.count, u + 9) {
            guard units[k].isWord else { return false }
            if units[k].lower == "sich" { sawSich = true }
            if ["nennt", "nannte", "nennen", "nannten", "bezeichnet", "bezeichnete", "bezeichnen", "bezeichneten"].contains(units[k].lower) {
                return sawSich
            }
        }
        return false
    }

    /// A short phrase in marks whose last word is a company's legal form (the name patterns'
    /// table, in any case: "con solar ag", "Beispiel GmbH") is a company's name, however it is written.
    static func endsWithLegalForm(_ lowered: [String]) -> Bool {
        guard lowered.count >= 2, lowered.count <= 5, let last = lowered.last else { return false }
        return GermanNamePatterns.isLegalForm(anyCase: last)
    }

    /// „militanten Gruppe“ (mg), „Reporter ohne Grenzen“ (ROG): a bracket right after the marks
    /// holding the initials of the words in them (of all, or of the capitalised ones) gives the
    /// abbreviation of a name. Only initials count: „…“ (AFP) credits an agency for a quotation.
    static func acronymAfter(_ units: [Unit], after u: Int, words: [String]) -> Bool {
        guard words.count >= 2, u + 3 < units.count, units[u + 1].text == "(", units[u + 3].text == ")",
              units[u + 2].isWord else { return false }
        let abbreviation = units[u + 2].lower
        func initials(_ ws: [String]) -> String { String(ws.compactMap { $0.first }).lowercased() }
        let capitalised = words.filter { $0.first?.isUppercase ?? false }
        return abbreviation.count >= 2 && (abbreviation == initials(words) || abbreviation == initials(capitalised))
    }
}
