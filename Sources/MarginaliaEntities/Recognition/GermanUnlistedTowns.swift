import MarginaliaText

/// Towns that neither the place list nor a town ending knows, found by a preposition of place
/// alone where no noun list knows the word:
/// - "in", "nach" or "aus" and a capitalised word that ends the phrase ("in Beispielsdorf,",
///   "nach Musterau wurde", "in Quaxing in Ostfriesland"): a preposition takes no common noun
///   without an article, so a word no list holds is a name, and after these a place;
/// - a route "von X nach Y", "von X in Y nach Z": the word after "von" is where the way began;
/// - "von" after a noun of a place's surroundings ("in der Nähe von X", "der Flughafen von X");
/// - an opener and a word no list knows ("Mount X"), a square or lake after "am" ("am Kranichmarkt").
/// Not "bei" or "von" alone ("bei Quarvelo", "von Musterfirma"), not a word with a noun's
/// ending ("nach Erörterung"), nor one that a further capitalised word continues ("in Neustädter
/// Kreisen"): those are left to the tagger and the other rules.
extension GermanPlaceFrames {
    static let unlistedTownPrepositions: Set<String> = ["in", "nach", "aus", "In", "Nach", "Aus"]
    /// Endings of German abstract and derived nouns the noun list may lack ("Erörterung", "Zwistigkeit").
    static let nounEndings: [String] = ["ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "nisse", "tum", "chen", "lein", "ierung"]

    static func unlistedPlace(_ w: Span, _ word: String, prev1: Span?, prev2: Span?, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        if placeOpeners.contains(word) { return openedPlace(w, word, text: text, lexicon: lexicon, words: words) }
        guard let p = prev1, p.end + 1 == w.start, p.length <= 4, w.length >= 4 else { return nil }
        if structureArticles.contains(text[p]) { return framedStructure(w, word, text: text, lexicon: lexicon, words: words) }
        let route = text.spells(p, "von") || text.spells(p, "Von") && NameContinuation.isSentenceStart(p.start, text)
        guard route || unlistedTownPrepositions.contains(text[p]) else { return nil }
        if ScalarClass.isUppercase(text[p.start]), !route, !opensSentenceAsFrame(p, text) { return nil }
        if route, let p2 = prev2, p2.end + 1 == p.start, placeRelationNouns.contains(text[p2]) {
            return namedPlace(at: w, text: text, lexicon: lexicon, words: words)
        }
        guard isUnlistedName(w, word, text: text, lexicon: lexicon, words: words) else { return nil }
        return route ? (beginsRoute(after: w, text) ? w : nil) : (endsPhrase(w, text) ? w : nil)
    }

    /// "am Kranichmarkt", "vom Schmiedeplatz", "am Falkenberg": after "am", "vom", "zum" or "beim" a
    /// compound of a noun and a place head that the noun list does not hold as a whole names the
    /// square, lake or mountain (common ones are listed: "am Marktplatz", "am Arbeitsplatz"). No
    /// longer tail may be a noun ("am Rathausvorplatz"), nor the part before a place ("Lahnbrücke":
    /// GermEval's part of a place).
    static let structureArticles: Set<String> = ["am", "vom", "zum", "beim", "Am", "Vom", "Zum", "Beim"]
    static let framedStructureHeads: [String] = ["markt", "platz", "see", "berg", "turm", "damm", "ring", "park", "kai", "wall", "graben"]

    static func framedStructure(_ w: Span, _ word: String, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard let head = framedStructureHeads.first(where: { word.endsWithBytes($0) }), word.count >= head.count + 3,
              words.listedClass(word) == nil, !word.utf8.contains(0x2D), !lexicon.firstNames.contains(word) else { return nil }
        let modifier = String(word.dropLast(head.count))
        guard !lexicon.isPlace(modifier), !tableNames.contains(modifier) else { return nil }
        // The longest listed tail is the head itself.
        return capitalisedTails(word, from: 1, longerThan: head.count).contains { words.listedClass($0) != nil } ? nil : w
    }

    /// "Mount Velmar", "Lake Tembari": an opener that opens no person's name and a capitalised word
    /// after it that no list knows (the tagger found neither).
    static func openedPlace(_ w: Span, _ word: String, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard !personalOpeners.contains(word), let next = followingCapitalised(w, text) else { return nil }
        let name = Span(next, PlaceWordScanner(text: text, position: next).peekEnd(from: next))
        let nameWord = text[name]
        guard name.length >= 3, words.listedClass(nameWord) == nil, words.listedClass(nameWord.lowercased()) == nil,
              !lexicon.firstNames.contains(nameWord) else { return nil }
        return Span(w.start, name.end)
    }

    /// Nouns after which "von" names a place: "in der Nähe von", "der Flughafen von", "das Massaker von".
    static let placeRelationNouns: Set<String> = [
        "Nähe", "Umgebung", "Gegend", "Rand", "Stadtrand", "Zentrum", "Stadtzentrum", "Innenstadt", "Vororten", "Außenbezirken",
        "Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten", "Küste", "Flughafen",
        "Flughafens", "Hafen", "Hafens", "Bürgermeister", "Bürgermeisterin", "Einwohner", "Bewohner", "Massaker", "Massakers",
        "Schlacht", "Belagerung", "Nachbarschaft", "Ruinen",
    ]

    /// One to three unlisted words after such a noun and "von" ("nahe von Velmar Dorf"), ending the phrase.
    static func namedPlace(at w: Span, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard let name = frameName(at: w.start, text: text, lexicon: lexicon, words: words), endsPhrase(name, text) else { return nil }
        var scanner = PlaceWordScanner(text: text, position: name.start)
        while let x = scanner.next(), x.end <= name.end {
            if ScalarClass.isUppercase(text[x.start]), !isUnlistedName(x, text[x], text: text, lexicon: lexicon, words: words) { return nil }
        }
        return name
    }

    /// A capitalised word of letters (one inner hyphen before a capital: "Velmar-Ville") that no
    /// list knows as a word, a first name or a noun, and that has no noun's ending.
    static func isUnlistedName(_ w: Span, _ word: String, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        var lower = 0, k = w.start + 1
        while k < w.end {
            let c = text[k]
            if ScalarClass.isLowercase(c) { lower += 1 } else if c == "-", k + 1 < w.end, ScalarClass.isUppercase(text[k + 1]) { k += 1 } else { return false }
            k += 1
        }
        guard lower >= 3, words.wordClass(word) == nil, words.listedClass(word.lowercased()) == nil,
              !lexicon.firstNames.contains(word), !nounEndings.contains(where: { word.endsWithBytes($0) }) else { return false }
        // An inflected form of a listed noun ("Wahlen", "Kindes").
        for cut in 1...2 where word.count > cut + 2 {
            if words.isListedNoun(String(word.dropLast(cut))) { return false }
        }
        let parts = word.split(separator: "-")
        // After a hyphen a point of the compass ("Musterau-West"), or a word no list holds: not a
        // word ("Blau-Rot") nor a first name ("Musterau-Anna").
        for part in parts.dropFirst() where !compassParts.contains(String(part)) {
            if words.listedClass(String(part)) != nil || words.listedClass(part.lowercased()) != nil
                || lexicon.firstNames.contains(String(part)) { return false }
        }
        return !endsInListedNoun(String(parts[0]), words: words)
    }

    /// Points of the compass and centres, German and of the languages whose towns take them ("-Sur").
    static let compassParts: Set<String> = [
        "Nord", "Süd", "Ost", "West", "Mitte", "Zentrum", "Sur", "Norte", "Sud", "Est", "Ouest", "North", "South", "East", "Centro",
    ]

    /// Does a tail of four letters or more name a listed noun ("Seenähe", "Briefform", "Probetests")?
    /// A compound of common words the noun list lacks as a whole.
    static func endsInListedNoun(_ word: String, words: GermanWords) -> Bool {
        capitalisedTails(word, from: 2, longerThan: 3).contains { words.isListedNoun($0) }
    }

    /// The word's tails from its `first` letter on that are longer than `minimum` letters, capitalised
    /// ("Seenähe" from 2: "Enähe", "Nähe" with `minimum` 3).
    static func capitalisedTails(_ word: String, from first: Int, longerThan minimum: Int) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count - first > minimum else { return [] }
        return (first...(scalars.count - minimum - 1)).map { start in
            String(scalars[start]).uppercased() + String(String.UnicodeScalarView(scalars[(start + 1)...]))
        }
    }

    /// The word ends its phrase: a punctuation mark or a lower-case word follows, not a hyphen
    /// ("in Theater- und Konzertsälen") nor a capitalised word, nor a genitive article: a word that
    /// governs one is a noun ("nach Auskünften des Amtes"), however the lists miss it.
    static func endsPhrase(_ w: Span, _ text: ArticleText) -> Bool {
        guard w.end < text.count else { return true }
        let c = text[w.end]
        if c == "," || c == "." || c == ";" || c == ":" || c == ")" || c == "!" || c == "?" { return true }
        guard c == " ", w.end + 1 < text.count, ScalarClass.isLowercase(text[w.end + 1]) else { return false }
        var scanner = PlaceWordScanner(text: text, position: w.end)
        guard let next = scanner.next() else { return true }
        return !genitiveArticles.contains(text[next])
    }

    /// Only the unambiguous ones: "der" may open the subject after a place ("weil in Musterau der Strom fehlte").
    static let genitiveArticles: Set<String> = ["des", "eines"]

    /// " nach Y" follows, or " in Y nach" / " auf Y nach" (the way's start with its region or island).
    static func beginsRoute(after w: Span, _ text: ArticleText) -> Bool {
        var scanner = PlaceWordScanner(text: text, position: w.end)
        guard let a = scanner.next(), a.start == w.end + 1 else { return false }
        if text.spells(a, "nach") { return scanner.next().map { ScalarClass.isUppercase(text[$0.start]) } ?? false }
        guard text.spells(a, "in") || text.spells(a, "auf"), let b = scanner.next(), ScalarClass.isUppercase(text[b.start]),
              let c = scanner.next(), c.start == b.end + 1 else { return false }
        return text.spells(c, "nach")
    }
}
