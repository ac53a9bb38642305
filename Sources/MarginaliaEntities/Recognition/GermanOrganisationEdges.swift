import MarginaliaText

/// The edges of the organisations the tagger found (issue 16). Reading capitalised words, it
/// often takes the noun before a name into the name ("Softwareanbieter Beispiel AG", "Rekordmeister
/// FC Beispielstadt", "Nachrichtenagentur Xinhua") or a common noun after an acronym ("SPD
/// Wähler"), and it reads abbreviations of things as bodies ("PKW", "CPU", "XII"). As GermEval and
/// the WikiNews gold do, the describing noun stays outside the name. Word shapes and small tables
/// of general words, no particular body's name.
extension GermanNamePatterns {
    /// Abbreviations of things, measures and fields that name no body: vehicles, computing, media
    /// formats, economics, medicine.
    static let thingAbbreviations: Set<String> = [
        "PKW", "Pkw", "LKW", "Lkw", "KFZ", "Kfz", "PS", "CPU", "GPU", "RAM", "ROM", "SDRAM", "DRAM", "SSD", "USB", "PC", "PCs",
        "LED", "LCD", "TV", "HDTV", "HD", "DVD", "CD", "CD-ROM", "MP3", "GPS", "SMS", "MMS", "DSL", "WLAN", "LAN", "PDF", "HTML",
        "URL", "IT", "EDV", "KI", "BIP", "EBIT", "EBITDA", "KMU", "MwSt", "HIV", "HPV", "DNA", "DNS", "RNA", "MRT", "EKG",
        "CO2", "UV", "AKW", "KKW", "ABS", "SUV", "POS", "ID", "IQ", "OP", "WC",
    ]
    /// Codes of currencies and names of share indices: units and figures, MISC in the golds.
    static let currencyAndIndexCodes: Set<String> = [
        "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RUB", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "INR", "AUD", "CAD",
        "DAX", "MDAX", "SDAX", "TecDAX", "TecDax", "ATX", "SMI", "CAC", "FTSE",
    ]
    /// Nouns that often open the name that follows them: the noun stays in ("Team Beispiel", "Radio XY").
    static let nameOpeningNouns: Set<String> = ["Team", "Radio", "Studio", "Club", "Klub", "Aktion", "Stiftung", "Haus", "Sektion"]

    /// A roman numeral of two letters or more ("XII", "IV"): a ruler's or volume's number, no body.
    static func isRomanNumeral(_ w: String) -> Bool {
        let b = w.utf8
        guard b.count >= 2, b.count <= 7 else { return false }
        // I, V, X and L only: "CD", "MD" and "DM" are abbreviations.
        return b.allSatisfy { $0 == 73 || $0 == 86 || $0 == 88 || $0 == 76 }
    }

    /// Mends the edges of the organisations in `mentions` (in place): an abbreviation of a thing is
    /// dropped, a currency or index code retyped, a describing noun before a name or common nouns
    /// after an acronym cut off.
    static func organisationEdges(_ mentions: inout [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) {
        var k = 0
        while k < mentions.count {
            defer { k += 1 }
            guard mentions[k].type == .ORG else { continue }
            let w = mentions[k].text
            if !w.utf8.contains(0x20) {
                if currencyAndIndexCodes.contains(w) {
                    mentions[k].type = .MISC
                } else if thingAbbreviations.contains(w) || isRomanNumeral(w) || w.unicodeScalars.count == 1 && w != "X" {
                    mentions.remove(at: k)
                    k -= 1
                }
                continue
            }
            // Most names of several words are left as they are: the second word must be capitalised.
            guard let space = w.utf8.firstIndex(of: 0x20), let second = w.utf8[w.utf8.index(after: space)...].first,
                  second >= 65 && second <= 90 || second >= 0xC3 else { continue }
            let parts = w.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard parts.count >= 2 else { continue }
            if let kept = trimmedLeadingNoun(parts, lexicon: lexicon, words: words) {
                let scalars = Array(w.unicodeScalars)
                // The kept words' offsets inside the mention (spaces between words may be more than one).
                var offsets: [(Int, Int)] = []
                var p = 0
                while p < scalars.count {
                    while p < scalars.count, scalars[p] == " " { p += 1 }
                    let s = p
                    while p < scalars.count, scalars[p] != " " { p += 1 }
                    if p > s { offsets.append((s, p)) }
                }
                guard offsets.count == parts.count else { continue }
                let span = Span(mentions[k].span.start + offsets[kept.lowerBound].0, mentions[k].span.start + offsets[kept.upperBound - 1].1)
                let surface = text[span]
                mentions[k].span = span
                mentions[k].text = surface
                mentions[k].canonical = surface
            }
        }
    }

    /// "Nachrichtenagentur Xinhua", "Softwareanbieter Beispiel AG", "Thema FC Beispielstadt": the
    /// first word is a common noun that describes what follows: a firm's kind, a compound of a
    /// trade or a rank, or any noun before a name that is one by its shape (an acronym, a club's
    /// prefix, a known body). Kept: a noun that opens names ("Stiftung Beispiel", "Team …"), an
    /// institution before a place or a name that is not clearly one of its own ("Landgericht
    /// Beispielstadt", "Justizvollzugsanstalt Beispielheim", "Arbeitskreis Beispiel").
    /// The range of the words kept, or nil.
    static func trimmedLeadingNoun(_ parts: [String], lexicon: Lexicon, words: GermanWords) -> Range<Int>? {
        let first = parts[0], rest = Array(parts[1...])
        // "der Partei Beispielos Mozgalom": a party's own name in another language after the German
        // noun; a capitalised adjective opens a German party's name ("Partei Bibeltreuer …").
        if first == "Partei", isCapitalised(rest[0]), words.wordClass(rest[0]) == nil, !looksAdjectival(rest[0], lexicon: lexicon, words: words),
           !endsWith(rest[0], "er"), !lexicon.isPlace(rest[0]) {
            return 1..<parts.count
        }
        // The decisive tests first; the noun list's compound analysis only where one holds.
        let isKind = isKindBeforeName(first)
        let describes = isKind || describingForms.contains(where: { first.utf8.count > $0.utf8.count + 2 && endsWith(first, $0) })
        guard describes || isStrongName(rest, acronyms: true), isCapitalised(first), first.unicodeScalars.count >= 4, !knownOrganisationWords.contains(first), isCapitalised(rest[0]), !nameOpeningNouns.contains(first),
              first.unicodeScalars.dropFirst().contains(where: ScalarClass.isLowercase), isKind || isGermanNoun(first, words),
              !lexicon.isPlace(first), !lexicon.firstNames.contains(first), !clubPrefixes.contains(first) else { return nil }
        // An adjective of the name, nominalised in the noun list ("Deutschen", "Hamburger", "Islamischen").
        if !describes, looksAdjectival(first, lexicon: lexicon, words: words) { return nil }
        // The rest a place: the noun is the institution's head ("Polizei Beispielstadt"). A known
        // body or a club is no place, whatever the gazetteer holds ("Werder …").
        let club = clubPrefixes.contains(rest[0]) && rest.count >= 2
        if !isStrongName(rest, acronyms: false), !(describes && club), lexicon.isPlace(rest.joined(separator: " ")) || lexicon.isPlace(rest[0]) { return nil }
        // "Beispiel-Verlag GmbH": a legal form closes the name the first word opens.
        if legalForms.contains(rest[0]) { return nil }
        // "Beispiel-Müller-Verlag" is a name's compound; "Bundesliga-Aufsteiger", "US-Konzern" describe.
        if first.utf8.contains(UInt8(ascii: "-")) {
            let modifiers = first.split(separator: "-").dropLast().map(String.init)
            guard modifiers.allSatisfy({ words.isListedNoun($0) || $0.unicodeScalars.allSatisfy(ScalarClass.isUppercase) }) else { return nil }
        }
        if isKind { return 1..<parts.count }
        // A body's own head before an acronym names it ("Landtag NRW", "Landgericht LG"): only a
        // known body or a club's name after it is a name of its own ("Weltraumbehörde Nasa").
        let isHead = isInstitutionHead(first) || isBodyHead(first) || isPurposeHead(first) || endsWith(first, "tag")
        if isStrongName(rest, acronyms: !isHead) { return 1..<parts.count }
        // A compound naming the kind or the role of what follows ("Softwareanbieter", "Drogenbande",
        // "Ligakonkurrenten"): never the first word of a name.
        return describes ? 1..<parts.count : nil
    }

    /// Endings of compounds that describe a body by its trade or its rank, not its name.
    static let describingEndings: [String] = [
        "anbieter", "bande", "kartell", "konkurrent", "konkurrenten", "rivale", "rivalen", "meister", "aufsteiger", "absteiger",
        "gewinner", "sieger", "tabellenführer", "zulieferer", "versicherer", "dienst", "träger", "versorger", "dienstleister",
    ]
    /// The endings and the genitives of the masculine ones ("des Autozulieferers Beispiel GmbH",
    /// "des Paketdienstes …"); "-bande" has none ("-bandes" ends "Verbandes").
    static let describingForms: [String] = describingEndings.flatMap { e in
        e.hasSuffix("er") ? [e, e + "s"] : e.hasSuffix("t") ? [e, e + "s", e + "es"] : [e]
    }

    /// Endings of adjectives ("-ischen", "-liche", "-igen"): such a capitalised word opens a name.
    static let adjectiveEndings: [String] = ["isch", "lich", "ig", "sch", "al", "ell", "iv", "är", "bar", "sam", "haft", "los"].flatMap { stem in
        ["e", "en", "er", "es", "em"].map { stem + $0 }
    }

    /// A capitalised adjective, perhaps nominalised in the noun list: an adjective's ending, a
    /// place's adjective in -er, or a form the list holds for several genders in -e or -en
    /// ("Deutschen", "Alte").
    static func looksAdjectival(_ w: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        if lexicon.isPlaceAdjective(w) || adjectiveEndings.contains(where: { endsWith(w, $0) }) { return true }
        if case .noun(.mixed)? = words.listedClass(w), endsWith(w, "e") || endsWith(w, "en") { return true }
        return false
    }

    /// Words that are an organisation's name by their shape alone: an acronym first, a known body,
    /// or a club's abbreviation first.
    static func isStrongName(_ rest: [String], acronyms: Bool) -> Bool {
        let first = rest[0]
        if acronyms, isAcronym(first) && first.unicodeScalars.filter(ScalarClass.isUppercase).count >= 2 && !thingAbbreviations.contains(first) { return true }
        // A club's abbreviation ("FC …", "VfB …"); a club's word ("Union …", "Werder …") may be the
        // second word of a name ("Pétanque Union …") and counts only after a describing noun.
        if clubPrefixes.contains(first), rest.count >= 2, isAcronym(first) { return true }
        if rest.count == 1, knownOrganisationWords.contains(first) { return true }
        if knownMultiWordNames.contains(rest.joined(separator: " ")) || companies.contains(rest.joined(separator: " ")) { return true }
        return false
    }
}
