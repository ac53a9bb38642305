import MarginaliaText

/// Organisation names whose shape the tagger, trained on German sentences, does not read
/// (issue 16):
/// - a sports club named by its town and a two-digit number ("Hannover 96", "Schalke 04"), in an
///   article about sport: elsewhere a place and a number is a project, a road or a count
///   ("Stuttgart 21", "Europa 40 Prozent"), which other passes type;
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

    /// "eBay": a lower-case "e", then a capital and lower-case letters, one word (the compound
    /// "eBay-Seite" names no firm).
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

    /// A legal form after it belongs to the name ("eHomes Inc.").
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

    /// Federal bodies whose name is one compound common noun, each unique in its country
    /// ("das Bundesverfassungsgericht entschied"): in GermEval's sentences the ones found are
    /// organisations. Courts, agencies, the parliament and the army of Germany; the tagger, which
    /// learns names from capitalisation, reads them as common nouns.
    static let federalBodies: Set<String> = [
        "Bundesverfassungsgericht", "Bundesgerichtshof", "Bundesverwaltungsgericht", "Bundessozialgericht",
        "Bundesarbeitsgericht", "Bundesfinanzhof", "Bundespatentgericht", "Bundesrechnungshof", "Bundeskriminalamt",
        "Bundeskartellamt", "Bundesnachrichtendienst", "Bundesanwaltschaft", "Bundesbank", "Bundeswehr", "Bundestag",
        "Bundesverfassungsschutz", "Bundespresseamt", "Bundesarchiv", "Bundesumweltamt", "Bundesgesundheitsamt",
    ]
    /// The bodies and their genitives ("des Bundesverfassungsgerichts", "des Bundestages").
    static let federalBodyForms: Set<String> = federalBodies.union(federalBodies.map { $0 + "s" }).union(federalBodies.map { $0 + "es" })

    /// A federal body's name as a whole word (not "Bundeswehr-Hubschrauber").
    static func federalBody(_ s: [Token], at i: Int) -> Span? {
        let w = s[i].text
        guard w.utf8.first == UInt8(ascii: "B"), w.utf8.count >= 9, w.hasPrefix("Bundes"), federalBodyForms.contains(w) else { return nil }
        return s[i].span
    }

    /// "Robert Koch-Institut", "Ernst Abbe-Gymnasium": a name of several words whose last word is a
    /// hyphenated institution ("…-Institut", "…-Schule") is that institution, not a person.
    static func typeInstitutionCompounds(_ mentions: inout [EntityMention]) {
        // Bytes looked at first: a space and a hyphen (String.contains walks Characters).
        for k in mentions.indices where mentions[k].type != .ORG && mentions[k].text.utf8.contains(0x20) && mentions[k].text.utf8.contains(0x2D) {
            guard let last = mentions[k].text.split(separator: " ").last, last.contains("-"),
                  let head = last.split(separator: "-").last, compoundInstitutionHeads.contains(String(head)) else { continue }
            mentions[k].type = .ORG
        }
    }

    /// "Demokratische Republik Kongo", "Republik Sacha": a state's name the tagger typed as a body.
    /// Capitalised adjectives, "Republik", and at most one more capitalised word are a place.
    static func typeRepublicsAsPlaces(_ mentions: inout [EntityMention]) {
        for k in mentions.indices where mentions[k].type == .ORG && mentions[k].text.utf8.contains(0x20) {
            let parts = mentions[k].text.split(separator: " ")
            guard parts.count <= 5, let r = parts.firstIndex(of: "Republik"), parts.count - r <= 2,
                  parts[..<r].allSatisfy({ isNameAdjective(String($0)) }),
                  parts[(r + 1)...].allSatisfy({ isCapitalised(String($0)) && !$0.hasSuffix("s") }) else { continue }
            mentions[k].type = .LOC
        }
    }
}

extension GermanNamePatterns {
    /// A party or body named by an adjective is inflected ("die GRÜNEN", "GRÜNE und …", "der Linken",
    /// "die Linke"): once one form is an organisation in the article, an unmarked other form of the
    /// same word (with or without the final "n") is too. Words of four letters or more ending in
    /// "e" or "en", single words only.
    static func inflectedOrganisations(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var variants = Set<String>()
        for m in mentions where m.type == .ORG && m.confidence >= commonNounConfidence && !m.text.contains(" ") && m.text.unicodeScalars.count >= 4 {
            let w = m.text
            if w.hasSuffix("en") || w.hasSuffix("EN") { variants.insert(String(w.dropLast())) }
            else if w.hasSuffix("e") { variants.insert(w + "n") }
            else if w.hasSuffix("E") { variants.insert(w + "N") }
        }
        variants.subtract(mentions.filter { $0.type == .ORG }.map(\.text))
        guard !variants.isEmpty else { return mentions }
        // Lengths compared before hashing: most tokens are not looked up at all.
        var lengths: UInt64 = 0
        for v in variants where v.utf8.count < 64 { lengths |= 1 << UInt64(v.utf8.count) }
        var added: [EntityMention] = []
        for sentence in tokens {
            for (k, t) in sentence.enumerated() where t.text.utf8.count < 64 && lengths & (1 << UInt64(t.text.utf8.count)) != 0 && variants.contains(t.text) {
                // Not a sentence's first word, which is capitalised anyway ("Linke Gruppen …"),
                // unless all of it is ("GRÜNE und …").
                guard k > 0 || t.text.uppercased() == t.text, !overlapsAny(t.span, mentions) else { continue }
                added.append(mention(t.span, .ORG, text))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }
}

extension GermanNamePatterns {
    /// The last member of a list of organisations is one too: "NPD, DVU und Republikaner",
    /// "CDU, FDP und Piraten". Two organisations joined by a comma, then "und", "oder" or "sowie"
    /// and one capitalised word that nothing marks and no capitalised word follows (a name of
    /// several words is left alone: where it ends a rule cannot tell).
    static func listedOrganisations(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var added: [EntityMention] = []
        for (a, b) in zip(mentions, mentions.dropFirst()) where a.type == .ORG && b.type == .ORG {
            guard b.span.start == a.span.end + 2, text[a.span.end] == ",", text[a.span.end + 1] == " " else { continue }
            var p = b.span.end
            var link = false
            for conjunction in [" und ", " oder ", " sowie "] where has(conjunction, at: p, text) {
                p += conjunction.unicodeScalars.count
                link = true
                break
            }
            guard link, p < text.count, ScalarClass.isUppercase(text[p]) else { continue }
            var q = p + 1
            while q < text.count, ScalarClass.isLowercase(text[q]) || ScalarClass.isUppercase(text[q]) || text[q] == "-" { q += 1 }
            guard q - p >= 3, text[q - 1] != "-" else { continue }
            // The word after it: no capital ("Freien Wählern" is two words).
            if q + 1 < text.count, text[q] == " ", ScalarClass.isUppercase(text[q + 1]) { continue }
            let span = Span(p, q)
            guard !overlapsAny(span, mentions) else { continue }
            added.append(mention(span, .ORG, text))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }

    /// Does `word` stand in `text` at `p`?
    static func has(_ word: String, at p: Int, _ text: ArticleText) -> Bool {
        var k = p
        for c in word.unicodeScalars {
            guard k < text.count, text[k] == c else { return false }
            k += 1
        }
        return true
    }
}

extension GermanNamePatterns {
    /// Top-level domains that close a website's name.
    static let domainEndings: [String] = [".de", ".com", ".org", ".net", ".at", ".ch", ".eu", ".info"]

    /// "laut faz.net", "Wie news.at berichtete": a website named by its domain, one word of letters,
    /// digits and hyphens before a top-level domain. GermEval types websites OTH (MISC): 15 of the
    /// 16 domain names in its test and dev sentences. Addresses with "www." or a path are no names.
    static func webDomain(_ s: [Token], at i: Int) -> Span? {
        let w = s[i].text.utf8
        // Asked of every token: a dot among the last five bytes before anything else.
        guard w.count >= 5, w.suffix(5).contains(0x2E), let first = w.first, first >= 65 && first <= 90 || first >= 97 && first <= 122,
              let ending = domainEndings.first(where: { endsWith(s[i].text, $0) }) else { return nil }
        let name = w.dropLast(ending.utf8.count)
        guard name.count >= 2, name.allSatisfy({ $0 >= 48 && $0 <= 57 || $0 >= 65 && $0 <= 90 || $0 >= 97 && $0 <= 122 || $0 == 0x2D }) else { return nil }
        return s[i].span
    }
}
