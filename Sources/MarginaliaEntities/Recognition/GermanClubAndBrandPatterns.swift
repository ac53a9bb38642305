import MarginaliaText

/// Organisation names whose shape the tagger, trained on German sentences, does not read
/// (issue 16):
/// - a sports club named by its town and a two-digit number ("Hannover 96", "Schalke 04"), in an
///   article about sport: elsewhere a place and a number is a project, a road or a count
///   ("Stuttgart 21", "Europa 40 Prozent"), which other passes type; or by a name and a club
///   abbreviation ("Hertha BSC", "Karlsruher SC");
/// - a brand written in camel case after a lower-case "e" ("eBay"): the tagger never marks a word
///   that starts lower-case. An "i" before the capital is a product's shape ("iPod"), not a firm's.
/// Word shapes only, no particular club's or firm's name.
extension GermanNamePatterns {
    /// Words of an article about sport: a club's number is read only where one of them stands
    /// (or a score such as "2:1"). Compound words count by their ending ("Fußball-Bundesliga").
    static let sportWords: Set<String> = [
        "Bundesliga", "Liga", "Trainer", "Cheftrainer", "Co-Trainer", "Spieltag", "Tabelle", "Tor", "Tore", "Stadion",
        "Fußball", "Torwart", "Stürmer", "Abstiegskampf", "Aufsteiger", "Absteiger", "Heimspiel", "Auswärtsspiel",
        "Elfmeter", "Halbzeit", "Pokal", "Meisterschaft",
    ]
    static let sportEndings: [String] = ["liga", "trainer", "spiel", "spieltag", "meisterschaft", "pokal", "stadion"]

    /// Does the article speak of sport? Asked once per article, and only when a club's shape was seen.
    static func isAboutSport(_ tokens: some Collection<[Token]>) -> Bool {
        for sentence in tokens {
            for (k, t) in sentence.enumerated() {
                if sportWords.contains(t.text) { return true }
                if isCapitalised(t.text), t.text.utf8.count > 6 {
                    let lower = t.text.lowercased()
                    if sportEndings.contains(where: { lower.hasSuffix($0) }) { return true }
                }
                // A score: "2:1", "3 : 3" (a time has two digits after the colon).
                if t.text == ":" || t.text.contains(":"), isScore(sentence, k) { return true }
            }
        }
        return false
    }

    private static func isScore(_ s: [Token], _ k: Int) -> Bool {
        func digits(_ w: Substring, _ n: ClosedRange<Int>) -> Bool { n.contains(w.utf8.count) && w.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        let t = s[k].text
        if t == ":" {
            return k > 0 && k + 1 < s.count && digits(Substring(s[k - 1].text), 1...2) && digits(Substring(s[k + 1].text), 1...1)
        }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && digits(parts[0], 1...2) && digits(parts[1], 1...1)
    }

    /// "Hannover 96", "Schalke 04": a capitalised word that is no common noun (unless a zero opens
    /// the number: no count is written "04"), no frequent word and no first name ("Platz 19",
    /// "Christoph 27"), then a number of two digits that no noun or unit
    /// follows ("Afghanistan 70 Milliarden"). The caller asks `isAboutSport` of the article.
    static func numberedClub(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i + 1 < s.count, s[i + 1].text.utf8.count == 2 else { return nil }
        let number = s[i + 1].text
        guard number.utf8.count == 2, number.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let name = s[i].text
        guard isCapitalised(name), name.unicodeScalars.count >= 3, name.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase),
              !words.isCommonNoun(name) || lexicon.isPlace(name) || number.utf8.first == 48, words.listedClass(name) != .other,
              !lexicon.firstNames.contains(name) || lexicon.isPlace(name) else { return nil }
        // "… 96 Prozent", "… 40 weitere Menschen", "… 21,5": a count, no club.
        if i + 2 < s.count {
            let next = s[i + 2].text
            if next == "," && i + 3 < s.count && s[i + 3].text.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true { return nil }
            if isCapitalised(next) && words.isCommonNoun(next) { return nil }
            if next.unicodeScalars.first.map(ScalarClass.isLowercase) == true, i + 3 < s.count,
               isCapitalised(s[i + 3].text), words.isCommonNoun(s[i + 3].text) { return nil }
        }
        return Span(s[i].span.start, s[i + 1].span.end)
    }

    /// Club abbreviations that close a club's name: "Hertha BSC", "Karlsruher SC", "Hamburger SV".
    static let clubSuffixes: Set<String> = ["FC", "SC", "SV", "BSC", "TSV", "FSV", "SSV", "VfB", "VfL", "SpVgg"]

    /// "Hertha BSC", "Karlsruher SC": a capitalised word that is no common noun, or a place's
    /// adjective in -er ("Karlsruher", not "Trainer"), then a club abbreviation. Not at a
    /// sentence's start, where any word is capitalised.
    static func clubBySuffix(_ s: [Token], at i: Int, words: GermanWords, lexicon: Lexicon) -> Span? {
        // Asked of every token: two to five bytes, the first an ASCII capital, before any hashing.
        guard i > 1, let lead = s[i].text.utf8.first, lead >= 65 && lead <= 90, s[i].text.utf8.count >= 2,
              s[i].text.utf8.count <= 5, clubSuffixes.contains(s[i].text) else { return nil }
        let name = s[i - 1].text
        guard isCapitalised(name), name.unicodeScalars.count >= 4, name.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase),
              words.listedClass(name) != .other, !articleWords.contains(name), !determinerAdjectives.contains(name),
              !words.isCommonNoun(name) || endsWith(name, "er")
                && (lexicon.isPlace(String(name.dropLast(2))) || lexicon.isPlace(String(name.dropLast()))) else { return nil }
        return Span(s[i - 1].span.start, s[i].span.end)
    }

    /// "eBay": a lower-case "e", then a capital and lower-case letters, one word (the compound
    /// "eBay-Seite" names no firm). A legal form after it belongs to the name ("eHomes Inc.").
    static func camelCaseBrand(_ s: [Token], at i: Int) -> Span? {
        guard s[i].text.utf8.first == UInt8(ascii: "e") else { return nil }
        let scalars = s[i].text.unicodeScalars
        guard scalars.count >= 4 else { return nil }
        let rest = scalars.dropFirst()
        guard let second = rest.first, ScalarClass.isUppercase(second),
              rest.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return nil }
        if i + 1 < s.count, legalForms.contains(s[i + 1].text) { return Span(s[i].span.start, s[i + 1].span.end) }
        return s[i].span
    }
}
