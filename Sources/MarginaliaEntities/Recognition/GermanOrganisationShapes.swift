import MarginaliaText

/// Organisation names of a few word shapes that the tagger cuts to the place inside them, types a
/// person, or misses (issue 16, round 12). Each is read once every other pass has typed the
/// article's names, and replaces only mentions lying inside it:
/// - a university named by its place after "von" ("die Universität von Beispielstadt": the German
///   form of "University of …"; "Universität zu …" is `institution`'s), a state's with its campus
///   ("die Universität von Kalifornien in Beispielstadt");
/// - a Romance bank, museum, party or institute named by capitalised words with no link word
///   ("Banco Beispiel", "Banca Muster", "Teatro Beispiel"; "Banco de …" is `ofNamedBody`'s);
/// - one hyphenated word ending in an airline's or armed group's head, its other parts no German
///   nouns ("Beispiel-Airlines", "Muster-Brigaden"), or in a newspaper's, a party's or a savings
///   bank's head, its other parts words with small letters and no German nouns ("Beispiel-Kurier",
///   "Muster-Partei"); a web outlet's "-Online" after any capitalised words ("Beispiel-Online");
/// - a club or federation named by a compound in "-club" or "-bund" and its place ("der Autoclub
///   Beispielland", "des Bauernbundes Musterland");
/// - an alliance or initiative named by what it opposes ("das Bündnis gegen Beispielismus");
/// - a group's name of a capitalised word and a group's head, closed by its country ("das Beispiel
///   Forum Deutschland", "der Muster Initiative Österreich": GermEval keeps such a country inside);
/// - the central bank of the United States by its short name, "Fed", where no capitalised word
///   follows it (not the tennis cup);
/// - the two chambers of the parliament of the United States by their German names ("der Senat
///   der Vereinigten Staaten").
/// - two names joined by "und" after a plural noun of their kind ("die Konzerne Beispiel und Muster
///   Werke", "der Gewerkschaften Probe und ABC": each is one organisation).
/// - a court or a hospital named by a town the place list lacks and the tagger typed a person
///   ("das Oberverwaltungsgericht Musterwald": no one of that surname is named in full).
/// Word shapes and heads only, no particular body's name.
enum GermanOrganisationShapes {
    /// Endings of heads that a town's name follows: courts and hospitals.
    static let townNamedHeadEndings: [String] = [
        "gericht", "gerichts", "gerichtshof", "gerichtshofs", "krankenhaus", "krankenhauses", "klinikum", "klinikums",
    ]
    /// Romance heads that open a name of capitalised words with no link word after them.
    static let romanceHeads: Set<String> = [
        "Banco", "Banca", "Banque", "Teatro", "Museo", "Musée", "Partido", "Partito", "Parti", "Instituto", "Istituto",
    ]
    /// Last parts of a hyphenated word that name an airline or an armed group.
    static let hyphenatedHeads: Set<String> = ["Airlines", "Airways", "Brigaden"]
    /// Last parts of a hyphenated word that name a newspaper, a party or a movement, a savings bank,
    /// when the parts before are a name written in small letters: an acronym or a body's name
    /// before them makes the word a part of that body ("Beispiel-Partei" is one, a "ABC-Partei" a
    /// body's part in GermEval). "-Zeitung" is `compoundInstitution`'s.
    static let namedHyphenatedHeads: Set<String> = [
        "Kurier", "Kuriers", "Anzeiger", "Anzeigers", "Rundschau", "Tagblatt", "Tagblatts", "Tageblatt", "Tageblatts",
        "Partei", "Liga", "Bruderschaft", "Sparkasse",
    ]
    /// States and regions (a university named by one may add its campus town).
    static let regions: Set<String> = Set(GermanPlaceNames.regions)
    /// Endings of compounds that name a club or a federation before its place.
    static let federationEndings: [String] = ["club", "clubs", "bund", "bundes", "bunds"]
    /// Heads of a group named by what it opposes ("Bündnis gegen …"), with their genitives.
    static let opposingHeads: Set<String> = [
        "Bündnis", "Bündnisses", "Aktionsbündnis", "Aktionsbündnisses", "Initiative", "Bürgerinitiative", "Netzwerk", "Netzwerks",
        "Netzwerkes", "Komitee", "Komitees", "Allianz",
    ]
    /// Heads of a group's name that a capitalised word opens and a country closes.
    static let groupHeads: Set<String> = ["Initiative", "Forum", "Netzwerk", "Bündnis", "Aktionsbündnis", "Plattform"]
    /// German heads of the chambers of the United States' parliament, with their genitives.
    static let chamberHeads: Set<String> = [
        "Kongress", "Kongresses", "Senat", "Senats", "Senates", "Repräsentantenhaus", "Repräsentantenhauses",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords) -> [EntityMention] {
        var places: [Int: Int] = [:]
        for m in mentions where m.type == .LOC { places[m.span.start] = m.span.end }
        // One-word persons whose word is no surname of a person named in full in the article.
        let surnames = Set(mentions.filter { $0.type == .PER && $0.text.contains(" ") }.compactMap { $0.text.split(separator: " ").last.map(String.init) })
        var lonePersons: Set<Int> = []
        for m in mentions where m.type == .PER && !m.text.contains(" ") && !m.text.contains("-") && !surnames.contains(m.text) { lonePersons.insert(m.span.start) }
        return addingNames(mentions, tokens: tokens, text: text) { s, i -> Span? in
            guard GermanNamePatterns.isCapitalised(s[i].text) else { return nil }
            let found: Span? = universityOf(s, at: i, places: places, lexicon: lexicon)
                ?? romanceName(s, at: i, lexicon: lexicon, words: words)
                ?? hyphenatedBody(s, at: i, words: words)
                ?? federation(s, at: i, places: places, lexicon: lexicon)
                ?? chamber(s, at: i, places: places)
                ?? countryGroup(s, at: i, lexicon: lexicon, words: words)
                ?? centralBank(s, at: i)
                ?? opposingGroup(s, at: i, lexicon: lexicon, words: words)
                ?? pairAfterPluralKind(s, at: i, lexicon: lexicon, words: words)
                ?? courtOfUnlistedTown(s, at: i, lonePersons: lonePersons, lexicon: lexicon, words: words)
            return found ?? placeNamedBody(s, at: i, surnames: surnames, places: places, text: text, lexicon: lexicon, words: words)
        }
    }

    /// Adds, as an organisation, each name `find` reads at a token where no mention crosses its edge;
    /// mentions inside it give way. Shared with `GermanAdjectiveBodies`.
    static func addingNames(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                            find: ([Token], Int) -> Span?) -> [EntityMention] {
        var result = mentions
        var changed = false
        for s in tokens {
            for i in s.indices {
                guard let span = find(s, i) else { continue }
                if result.contains(where: { $0.span.overlaps(span) && !(span.start <= $0.span.start && $0.span.end <= span.end) }) { continue }
                if result.contains(where: { $0.span == span && $0.type == .ORG }) { continue }
                result.removeAll { span.start <= $0.span.start && $0.span.end <= span.end }
                result.append(GermanNamePatterns.mention(span, .ORG, text))
                changed = true
            }
        }
        return changed ? result.sorted { $0.span < $1.span } : result
    }

    /// The end of a place starting at token `i`: a place another pass found, or a listed place.
    static func placeEnd(_ s: [Token], at i: Int, places: [Int: Int], lexicon: Lexicon) -> Int? {
        guard i < s.count, GermanNamePatterns.isCapitalised(s[i].text) else { return nil }
        if let end = places[s[i].span.start] { return end }
        return lexicon.isPlace(s[i].text) ? s[i].span.end : nil
    }

    /// "die Universität von Beispielstadt": not after an indefinite article or a lower-case adjective
    /// ("der größten Universität von Beispielstadt" describes one of the town's universities).
    static func universityOf(_ s: [Token], at i: Int, places: [Int: Int], lexicon: Lexicon) -> Span? {
        guard i + 2 < s.count, s[i + 1].text == "von", s[i].text == "Universität" else { return nil }
        if i > 0 {
            let before = s[i - 1].text
            if GermanNamePatterns.indefiniteArticles.contains(before) { return nil }
            if CommonNounUse.isAttributive(before) { return nil }
        }
        guard let end = placeEnd(s, at: i + 2, places: places, lexicon: lexicon) else { return nil }
        // "Universität von <state> in <town>": a state's university names its campus by the town.
        var k = i + 3
        while k < s.count, s[k].span.start < end { k += 1 }
        if k + 1 < s.count, s[k].text == "in", regions.contains(s[i + 2].text),
           let campus = placeEnd(s, at: k + 1, places: places, lexicon: lexicon) {
            return Span(s[i].span.start, campus)
        }
        return Span(s[i].span.start, end)
    }

    /// "Banco Beispiel", "Teatro Muster Nuevo": a Romance head and one to three capitalised words
    /// that are no German nouns (a place may be one: "Banca Beispielstadt"), no articles.
    static func romanceName(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i + 1 < s.count, s[i].text.utf8.count >= 5, romanceHeads.contains(s[i].text) else { return nil }
        var j = i + 1
        while j < s.count, j - i <= 3 {
            let w = s[j].text
            guard GermanNamePatterns.isCapitalised(w), w.unicodeScalars.contains(where: ScalarClass.isLowercase),
                  !GermanNamePatterns.definiteArticles.contains(w), !GermanNamePatterns.indefiniteArticles.contains(w),
                  !words.isListedNoun(w) || lexicon.isPlace(w), words.listedClass(w) != .other else { break }
            j += 1
        }
        guard j > i + 1 else { return nil }
        return Span(s[i].span.start, s[j - 1].span.end)
    }

    /// "Beispiel-Airlines", "Al-Muster-Märtyrerbrigaden", "Beispiel-Kurier", "Muster-Online": one
    /// hyphenated word whose last part is an airline's or armed group's head (or a compound ending in
    /// "brigaden"), or a newspaper's, party's or savings bank's head, the parts before it
    /// capitalised and no German nouns ("Frauen-Brigaden" names no group); a web outlet's "Online"
    /// after any capitalised words ("Beispiel-Online": a newspaper's site by its title).
    static func hyphenatedBody(_ s: [Token], at i: Int, words: GermanWords) -> Span? {
        let w = s[i].text
        // Asked of every capitalised token: the last part, read from the last hyphen, before any split.
        let u = w.utf8
        guard u.count >= 8, let hyphen = u.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let head = String(decoding: u[u.index(after: hyphen)...], as: UTF8.self)
        let named = namedHyphenatedHeads.contains(head)
        guard named || head == "Online" || hyphenatedHeads.contains(head) || GermanNamePatterns.endsWith(head, "brigaden") else { return nil }
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if head == "Online" {
            let lowered = parts.dropLast().allSatisfy { GermanNamePatterns.isCapitalised($0) && $0.unicodeScalars.contains(where: ScalarClass.isLowercase) }
            return lowered ? s[i].span : nil
        }
        for (k, p) in parts.dropLast().enumerated() {
            // "Al-", "El-": the Arabic article opening a name.
            if k == 0, p == "Al" || p == "El" { continue }
            guard p.unicodeScalars.count >= 2, GermanNamePatterns.isCapitalised(p), !words.isListedNoun(p), words.listedClass(p) != .other,
                  !named || p.unicodeScalars.contains(where: ScalarClass.isLowercase) else { return nil }
        }
        return s[i].span
    }

    /// "der Autoclub Beispielland", "des Bauernbundes Musterland": a compound ending in "-club" or
    /// "-bund" and a place right after it. Not after an indefinite article ("ein Sportclub Berlins").
    static func federation(_ s: [Token], at i: Int, places: [Int: Int], lexicon: Lexicon) -> Span? {
        let w = s[i].text
        guard i + 1 < s.count, w.utf8.count >= 7, federationEndings.contains(where: { GermanNamePatterns.endsWith(w, $0) }) else { return nil }
        if i > 0, GermanNamePatterns.indefiniteArticles.contains(s[i - 1].text) { return nil }
        guard let end = placeEnd(s, at: i + 1, places: places, lexicon: lexicon) else { return nil }
        return Span(s[i].span.start, end)
    }

    /// "der Senat der Vereinigten Staaten", "des Kongresses der Vereinigten Staaten von Amerika".
    static func chamber(_ s: [Token], at i: Int, places: [Int: Int]) -> Span? {
        guard i + 3 < s.count, s[i + 1].text == "der", s[i + 2].text == "Vereinigten", chamberHeads.contains(s[i].text),
              let end = places[s[i + 2].span.start] else { return nil }
        return Span(s[i].span.start, end)
    }

    /// "das Beispiel Forum Deutschland", "der Muster Initiative Österreich": a capitalised word that
    /// is no article, no frequent non-noun and not the sentence's first, a group's head, a country
    /// in the nominative (not "auf Initiative Frankreichs").
    static func countryGroup(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i >= 1, i + 2 < s.count, groupHeads.contains(s[i + 1].text) else { return nil }
        let w = s[i].text
        guard w.unicodeScalars.contains(where: ScalarClass.isLowercase), !GermanNamePatterns.definiteArticles.contains(w),
              !GermanNamePatterns.indefiniteArticles.contains(w), words.listedClass(w) != .other,
              !GermanNamePatterns.determinerAdjectives.contains(w) else { return nil }
        let country = s[i + 2].text
        guard lexicon.countries.contains(country) || GermanNamePatterns.countriesAndRegions.contains(country) else { return nil }
        return Span(s[i].span.start, s[i + 2].span.end)
    }

    /// "die Fed senkte den Leitzins": the short name as a whole token, no capitalised word after it.
    static func centralBank(_ s: [Token], at i: Int) -> Span? {
        guard s[i].text == "Fed" else { return nil }
        if i + 1 < s.count, GermanNamePatterns.isCapitalised(s[i + 1].text) { return nil }
        return s[i].span
    }

    /// "das Bündnis gegen Beispielismus", "des Aktionsbündnisses gegen Muster und Probe": after a
    /// definite article, a group's head, "gegen" and one or two capitalised nouns that are no places
    /// ("ein Bündnis gegen …" or "das Bündnis gegen die Reform" describes).
    static func opposingGroup(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i >= 1, i + 2 < s.count, s[i + 1].text == "gegen", opposingHeads.contains(s[i].text),
              GermanNamePatterns.definiteArticles.contains(s[i - 1].text) else { return nil }
        func isNoun(_ k: Int) -> Bool {
            let w = s[k].text
            return GermanNamePatterns.isCapitalised(w) && w.unicodeScalars.contains(where: ScalarClass.isLowercase) && !lexicon.isPlace(w)
                && !GermanNamePatterns.definiteArticles.contains(w) && words.listedClass(w) != .other
        }
        guard isNoun(i + 2) else { return nil }
        var end = i + 2
        if end + 2 < s.count, s[end + 1].text == "und", isNoun(end + 2) { end += 2 }
        return Span(s[i].span.start, s[end].span.end)
    }

    /// Endings of plural nouns of organisations' kinds ("Konzerne", "Oppositionsparteien",
    /// "Fluggesellschaften"), compared on the whole word in lower case.
    static let pluralKindEndings: [String] = [
        "unternehmen", "konzerne", "firmen", "hersteller", "gesellschaften", "parteien", "gewerkschaften", "organisationen",
        "verbände", "vereine", "banken", "milizen", "stiftungen", "institute", "reedereien", "versorger", "zulieferer",
        "anbieter", "verlage", "agenturen", "airlines", "fluglinien",
    ]

    /// The endings as whole words, capitalised ("Konzerne").
    static let pluralKindForms: Set<String> = Set(pluralKindEndings.map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// "die Konzerne Beispiel und Muster Werke", "der Gewerkschaften Probe und ABC": at the first
    /// token of either name, the span of that name when a plural noun of an organisation's kind
    /// opens the pair; each name one or two capitalised words that are no common nouns, places, their
    /// genitives or adjectives ("die Banken Beispielstadts und …" names places), nor first names.
    static func pairAfterPluralKind(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i >= 1 else { return nil }
        if let pair = pluralKindPair(s, kindAt: i - 1, lexicon: lexicon, words: words) { return pair.0 }
        guard s[i - 1].text == "und", i >= 3 else { return nil }
        for k in stride(from: i - 3, through: max(0, i - 4), by: -1) {
            if let pair = pluralKindPair(s, kindAt: k, lexicon: lexicon, words: words), pair.1.start == s[i].span.start { return pair.1 }
        }
        return nil
    }

    static func pluralKindPair(_ s: [Token], kindAt k: Int, lexicon: Lexicon, words: GermanWords) -> (Span, Span)? {
        let kind = s[k].text
        guard k + 3 < s.count, kind.utf8.count >= 6, GermanNamePatterns.isCapitalised(kind) else { return nil }
        guard pluralKindForms.contains(kind) || pluralKindEndings.contains(where: { GermanNamePatterns.endsWith(kind, $0) }) else { return nil }
        // "ein Unternehmen Beispiel und …" and "das Unternehmen" are singular: one name, the apposition's.
        if k > 0, ["ein", "einem", "eines", "das", "dem", "des"].contains(s[k - 1].text.lowercased()) { return nil }
        func isName(_ j: Int) -> Bool {
            let w = s[j].text
            return w.unicodeScalars.count >= 2 && (GermanNamePatterns.isOrganisationNameWord(w, words: words, lexicon: lexicon)
                || GermanNamePatterns.isFrequentForeignWord(w, words: words))
                && !lexicon.isPlace(w) && !GermanNamePatterns.isPlaceGenitive(w, lexicon) && !lexicon.isPlaceAdjective(w)
                && !lexicon.firstNames.contains(w)
        }
        func nameEnd(from j: Int) -> Int? {
            guard j < s.count, isName(j) else { return nil }
            return j + 1 < s.count && isName(j + 1) ? j + 1 : j
        }
        guard let firstEnd = nameEnd(from: k + 1), firstEnd + 2 < s.count, s[firstEnd + 1].text == "und",
              let secondEnd = nameEnd(from: firstEnd + 2) else { return nil }
        // A capitalised word after the pair: the second name goes on further than a rule can tell.
        if secondEnd + 1 < s.count, GermanNamePatterns.isCapitalised(s[secondEnd + 1].text) { return nil }
        return (Span(s[k + 1].span.start, s[firstEnd].span.end), Span(s[firstEnd + 2].span.start, s[secondEnd].span.end))
    }

    /// "das Landgericht Musterwald", "im Militärkrankenhaus Beispielau": a court's or hospital's head,
    /// then one word the tagger typed a person that is no first name, no listed noun and no surname of
    /// anyone named in full ("verurteilte das Landgericht Muster" after "Hans Muster" is a person),
    /// and no capitalised word after it.
    static func courtOfUnlistedTown(_ s: [Token], at i: Int, lonePersons: Set<Int>, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i + 1 < s.count, lonePersons.contains(s[i + 1].span.start) else { return nil }
        let lower = s[i].text.lowercased()
        guard townNamedHeadEndings.contains(where: { lower.hasSuffix($0) }) else { return nil }
        let town = s[i + 1].text
        guard !lexicon.firstNames.contains(town), !words.isListedNoun(town) else { return nil }
        if i + 2 < s.count, GermanNamePatterns.isCapitalised(s[i + 2].text) { return nil }
        return Span(s[i].span.start, s[i + 1].span.end)
    }
}
