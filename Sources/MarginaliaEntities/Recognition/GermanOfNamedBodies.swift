import MarginaliaText

/// Bodies named in English, French, Spanish or Italian by a head, "of" / "de" / "di" and what
/// they serve or where they are (issue 16): "University of Beispieltown", "Royal Bank of
/// Examplia", "Museum of Fine Arts", "Conservatoire de Beispielville", "Universidad de …". The
/// tagger, trained on German sentences, stops at "of" or types the place alone. Word shapes and
/// the heads of such names, no particular body.
extension GermanNamePatterns {
    /// English heads that open a body's name before "of".
    static let ofNameHeads: Set<String> = [
        "University", "College", "Museum", "Institute", "Academy", "Bank", "Federation", "Union", "Association", "Society",
        "Council", "Church", "School", "Department", "Board", "League", "Commission", "Foundation", "Conservatory", "Court",
        "Corporation", "Confederation", "Organization", "Organisation", "Agency", "Office", "Ministry", "Chamber", "Fund",
        "Trust", "Congress", "House", "Bureau", "Institution", "Centre", "Center", "Hospital", "Library", "Company", "Assembly",
        "Alliance", "Coalition", "Party",
    ]
    /// Romance heads that open a body's name before "de", "di", "del", "des", "du" or "da".
    static let romanceNameHeads: Set<String> = [
        "Université", "Universidad", "Università", "Universidade", "Banco", "Banca", "Banque", "Conservatoire", "Instituto",
        "Istituto", "Musée", "Museo", "Partido", "Partito", "Parti", "Collège", "École", "Academia", "Accademia", "Académie",
        "Consejo", "Conseil", "Corte", "Cour", "Tribunal", "Teatro", "Théâtre", "Orchestre", "Orquesta", "Front", "Frente",
    ]
    /// A bit for each byte length of the heads, by their first two bytes (as `knownShapes`).
    static let ofHeadShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 4096)
        for w in ofNameHeads.union(romanceNameHeads) { shapes[shapeIndex(w.utf8)] |= 1 << UInt64(min(w.utf8.count, 63)) }
        return shapes
    }()
    static let romanceLinks: Set<String> = ["de", "di", "del", "des", "du", "da", "do", "della", "d’", "d'"]
    /// Words inside such a name between capitalised ones.
    static let ofNameConnectors: Set<String> = ["and", "&", "of", "for", "the", "y", "e", "et", "de", "di", "del", "des", "du", "la", "le", "los"]

    /// "University of Beispieltown", "Florida Museum of Natural History", "Banco de España": a
    /// head at `i`, its link, capitalised words (perhaps joined by "and", "of", "y" …) after it,
    /// and capitalised words before the head that are no German nouns or articles
    /// ("International", "Royal", a place). Not at a sentence's start unless the word is unknown.
    /// A German noun ends the name.
    static func ofNamedBody(_ s: [Token], headAt i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        // Asked of every capitalised token: the head's first two bytes and length, then the next
        // token's length and first byte, before any hashing.
        guard i + 2 < s.count else { return nil }
        let h = s[i].text.utf8
        guard ofHeadShapes[shapeIndex(h)] & (1 << UInt64(min(h.count, 63))) != 0 else { return nil }
        guard let link = s[i + 1].text.utf8.first, s[i + 1].text.utf8.count <= 5,
              link == UInt8(ascii: "o") || link == UInt8(ascii: "d") else { return nil }
        let l = s[i + 1].text
        guard l == "of" && ofNameHeads.contains(s[i].text) || romanceLinks.contains(l) && romanceNameHeads.contains(s[i].text) else { return nil }
        var j = i + 2
        // "of the …", "de la …"
        if ["the", "la", "las", "los", "le", "les", "l’", "l'"].contains(s[j].text), j + 1 < s.count { j += 1 }
        guard isCapitalised(s[j].text), !definiteArticles.contains(s[j].text) else { return nil }
        var end = j
        j += 1
        while j < s.count, j - i < 10 {
            let t = s[j].text
            // A German noun after the name is the clause's ("… Conservatoire de Beispielville Geige").
            if isCapitalised(t), !definiteArticles.contains(t), !indefiniteArticles.contains(t), !words.isListedNoun(t) || lexicon.isPlace(t) {
                end = j; j += 1
            } else if ofNameConnectors.contains(t), j + 1 < s.count, isCapitalised(s[j + 1].text), !definiteArticles.contains(s[j + 1].text) {
                end = j + 1; j += 2
            } else {
                break
            }
        }
        var start = i
        while start > 0, i - start < 3 {
            let w = s[start - 1].text
            guard isCapitalised(w), w.unicodeScalars.count >= 2, w.unicodeScalars.contains(where: ScalarClass.isLowercase),
                  !isGermanNoun(w, words), !definiteArticles.contains(w), !indefiniteArticles.contains(w), !determinerAdjectives.contains(w),
                  !titleArticles.contains(w), start - 1 > 0 || words.listedClass(w) == nil else { break }
            start -= 1
        }
        return Span(s[start].span.start, s[end].span.end)
    }
}
