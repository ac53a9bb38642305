import MarginaliaText

/// An organisation named right after a noun of its kind (issue 16): "der Konzern Beispielwerk",
/// "die Fluggesellschaft Nordwind Air", "die Terrororganisation Schwarzer Mond", "die Rockband
/// Kieselstein", "ein Unternehmen namens Tinta". The noun says what the name is, which the
/// tagger, reading the name alone, types as a person or a place or misses. As GermEval does, the
/// noun stays outside ("Nachrichtenagentur" is O). The same name elsewhere in the article is then
/// that organisation too.
/// Nouns of kinds and their endings, no organisation's name.
extension GermanNamePatterns {
    /// Nouns of kinds of organisation, whole words or the last part of a hyphenated compound
    /// ("US-Rockband", "Drogerie-Kette"). Not "Club" nor "Team": those often open the name itself
    /// ("Team Beispiel", "Club Atlético …").
    static let organisationKindNouns: Set<String> = [
        "Unternehmen", "Firma", "Konzern", "Hersteller", "Gesellschaft", "Anbieter", "Versicherer", "Vereinigung", "Autobauer", "Flugzeugbauer", "Maschinenbauer", "Fluggesellschaft",
        "Airline", "Fluglinie", "Billigflieger", "Reederei", "Brauerei", "Werft", "Discounter", "Versandhaus", "Onlinehändler",
        "Versandhändler", "Bank", "Großbank", "Investmentbank", "Notenbank", "Privatbank", "Holding", "Verlag", "Kette", "Startup",
        "Start-up", "Partei", "Fraktion", "Miliz", "Organisation", "Gruppe", "Gruppierung", "Bewegung", "Bündnis", "Allianz",
        "Gewerkschaft", "Verein", "Verband", "Band", "Rockband", "Popband", "Punkband", "Boyband", "Girlband",
        "Musikgruppe", "Popgruppe", "Rockgruppe", "Rennteam", "Radsportteam", "Rennstall", "Stiftung", "Institut",
        "Behörde", "Geheimdienst", "Inlandsgeheimdienst", "Auslandsgeheimdienst", "Nachrichtendienst",
        "Versorger", "Zulieferer", "Dienstleister", "Label", "Ensemble", "Anlagenbauer", "Fahrzeugbauer",
        // Only in "aus dem Hause …", "im Hause …" (a firm: "ein Spiel aus dem Hause Beispielsoft").
        "Hause",
    ]
    /// Endings of compounds naming such kinds ("Softwarekonzern", "Oppositionspartei",
    /// "Terrormiliz", "Hilfsorganisation", "Meinungsforschungsinstitut").
    static let organisationKindEndings: [String] = [
        "unternehmen", "firma", "konzern", "hersteller", "gesellschaft", "anbieter", "versicherer", "riese", "gigant", "partei",
        "fraktion", "miliz", "organisation", "gruppe", "gruppierung", "bewegung", "bündnis", "allianz", "gewerkschaft", "verein",
        "verband", "vereinigung", "club", "klub", "kette", "stiftung", "institut", "behörde", "agentur", "verlag", "netzwerk",
        // Trades only a firm runs ("Stromversorger", "Autozulieferer", "Finanzdienstleister"), and a
        // giant's weak accusative and dative ("den Brauriesen").
        "versorger", "zulieferer", "dienstleister", "riesen", "autobauer", "anlagenbauer", "maschinenbauer", "fahrzeugbauer",
        "label", "ensemble",
    ]

    /// Is `word` a noun of a kind of organisation ("Softwarekonzern", "US-Rockband", "des Konzerns")?
    /// Asked of most capitalised words: the whole-word forms hashed once, a compound's ending compared
    /// in bytes, only against the endings that end in the word's last byte.
    static func isOrganisationKind(_ word: String) -> Bool {
        let n = word.utf8.count
        guard n >= 4, isCapitalised(word) else { return false }
        if kindShapes[shapeIndex(word.utf8)] & (1 << UInt64(min(n, 63))) != 0, organisationKindForms.contains(word) { return true }
        if word.utf8.contains(UInt8(ascii: "-")) {
            let head = String(word.split(separator: "-").last ?? "")
            // "Formel-1-Teams Beispiel": a team after a compound of its sport, not a team's own name.
            return head == "Team" || head == "Teams" || organisationKindForms.contains(head) || isKindCompound(head)
        }
        return isKindCompound(word)
    }

    /// Whole-word nouns of kinds and their genitives.
    static let organisationKindForms: Set<String> = organisationKindNouns.union(organisationKindNouns.map { $0 + "s" })
        .union(organisationKindNouns.map { $0 + "es" })
    /// Their lengths by their first two bytes, asked before hashing (as `knownShapes`).
    static let kindShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 4096)
        for w in organisationKindForms { shapes[shapeIndex(w.utf8)] |= 1 << UInt64(min(w.utf8.count, 63)) }
        return shapes
    }()
    /// The endings and their genitives, by their last byte.
    static let kindEndingsByLastByte: [[String]] = {
        var table = [[String]](repeating: [], count: 256)
        for ending in organisationKindEndings {
            for form in [ending, ending + "s", ending + "es"] { table[Int(form.utf8.last!)].append(form) }
        }
        return table
    }()

    /// A compound longer than its ending ("Softwarekonzern", not "Konzern" read as "konzern").
    private static func isKindCompound(_ word: String) -> Bool {
        guard word.utf8.count > 6, let last = word.utf8.last else { return false }
        return kindEndingsByLastByte[Int(last)].contains { word.utf8.count > $0.utf8.count && endsWith(word, $0) }
    }

    /// "der Konzern Beispielwerk", "die Fluggesellschaft Nordwind Air", "das Terrornetzwerk
    /// al-Sahra", "ein Unternehmen namens Tinta": capitalised words the noun list lacks after a noun
    /// of an organisation's kind (perhaps "namens" between), at most four, the first perhaps a
    /// lower-case Arabic article joined by a hyphen ("al-…"). Not after an indefinite article
    /// unless "namens" follows ("ein Unternehmen Schweizer Herkunft"); not a place or its genitive
    /// or adjective ("die Armee Kenias", "ein Team Bonner Forscher"), not a first name, nor a
    /// person the article names in full ("die Partei Meiers"), nor a single letter ("Gruppe A").
    static func organisationApposition(_ s: [Token], nounAt i: Int, words: GermanWords, lexicon: Lexicon, surnames: Set<String>,
                                       locations: [Int: Int]) -> Span? {
        // Asked of every token: the next word's first byte (a capital, "namens", "al-…"), then the noun.
        guard i + 1 < s.count, let next = s[i + 1].text.utf8.first,
              next >= 65 && next <= 90 || next >= 0xC3 || next == UInt8(ascii: "n") || next == UInt8(ascii: "a") || next == UInt8(ascii: "e"),
              isCapitalised(s[i].text), isOrganisationKind(s[i].text), let lead = s[i + 1].text.unicodeScalars.first,
              ScalarClass.isUppercase(lead) || s[i + 1].text == "namens" || isArabicArticleName(s[i + 1].text) else { return nil }
        var j = i + 1
        let named = s[j].text == "namens"
        if named { j += 1 }
        if !named, i > 0, indefiniteArticles.contains(s[i - 1].text) { return nil }
        if s[i].text == "Hause", i == 0 || s[i - 1].text != "dem" && s[i - 1].text != "im" { return nil }
        // Inside marks the noun is part of the name ("„Aktionsbündnis Beispiel“").
        if i > 0, openingMarks.contains(s[i - 1].text) { return nil }
        // "der Unternehmen", "die Konzern…": a neuter noun after "der" or "die", or a masculine one
        // after "die", is a plural, which names no single organisation ("Prozent der Unternehmen
        // Beispiele …").
        if i > 0, let head = s[i].text.split(separator: "-").last, case .noun(let gender)? = words.wordClass(String(head)) {
            let article = s[i - 1].text.lowercased()
            if gender == .plural || gender == .neuter && (article == "der" || article == "die") || gender == .masculine && article == "die" { return nil }
        }
        // After a firm's kind a frequent foreign word opens or goes on with the name too ("des
        // Herstellers Beispiel Square", "aus dem Hause Square Beispiel"); after other kinds such a
        // word is as often a German one ("die Heeresgruppe Süd", "die Stiftung Warentest").
        let firm = isFirmKind(s[i].text) || s[i].text == "Hause"
        func nameWord(_ w: String) -> Bool { isOrganisationNameWord(w, words: words, lexicon: lexicon) || firm && isFrequentForeignWord(w, words: words) }
        guard j < s.count, nameWord(s[j].text) || isArabicArticleName(s[j].text)
                || isNameAfterCompoundKind(s, nounAt: i, nameAt: j, words: words) || isPrefieldName(s, nounAt: i, nameAt: j, words: words),
              s[j].text.unicodeScalars.count >= 2, !lexicon.firstNames.contains(s[j].text) || isFirmKind(s[i].text) else { return nil }
        var end = j
        while end + 1 < s.count, end - j < 3, nameWord(s[end + 1].text) { end += 1 }
        // A capitalised word after it: the name goes on further than a rule can tell ("Partei
        // Beispielhafter Traum", "Konzern Nordwind Automobile").
        if end + 1 < s.count, isCapitalised(s[end + 1].text) { return nil }
        // A place's genitive is no organisation's name ("die Armee Kenias"); nor a place the tagger
        // found after the head of a local body ("Untere Wasserbehörde Limburg", "des Stadtverbandes
        // Beispielstadt": the institution's site). After a firm's or a party's noun the tagger's
        // place is the mistake ("die Billigfluggesellschaft Nordwind").
        let localBody = institutionEndings.contains { s[i].text.lowercased().hasSuffix($0) || s[i].text.lowercased().hasSuffix($0 + "s") || s[i].text.lowercased().hasSuffix($0 + "es") }
        for k in j...end where localBody && locations[s[k].span.start] != nil || isPlaceGenitive(s[k].text, lexicon) { return nil }
        // A person's name: a surname of the article's people, or its genitive.
        for k in j...end where surnames.contains(s[k].text) || endsWith(s[k].text, "s") && surnames.contains(String(s[k].text.dropLast())) { return nil }
        if end == j {
            let w = s[j].text
            if lexicon.isPlace(w) || isPlaceGenitive(w, lexicon) || lexicon.isPlaceAdjective(w) { return nil }
            // A single capital and digits: a group in a tournament ("Gruppe B1").
            if w.unicodeScalars.dropFirst().allSatisfy({ ScalarClass.isNumeric($0) || ScalarClass.isUppercase($0) }) && w.unicodeScalars.count <= 2 { return nil }
        }
        return Span(s[j].span.start, s[end].span.end)
    }

    /// A capitalised word that may stand in an organisation's name: no listed common noun (nor a
    /// hyphenated compound ending in one: "Formel-1-Weltmeister"), no frequent non-noun, no article.
    /// Kinds only a firm is, never a person nor a group of people: a first name after one opens the
    /// firm's name ("des Motorradherstellers Beispiel Davidson", "der Konzern Anna").
    static func isFirmKind(_ word: String) -> Bool {
        ["hersteller", "herstellers", "konzern", "konzerns", "versorger", "versorgers", "zulieferer", "zulieferers", "kette", "firma",
         "unternehmen", "unternehmens"].contains { endsWith(word.lowercased(), $0) }
    }

    /// A capitalised word of three letters or more that the word list holds as a frequent non-noun:
    /// mid-sentence, an English word or a name ("Square", "Harley"), unless a polite pronoun.
    static func isFrequentForeignWord(_ w: String, words: GermanWords) -> Bool {
        isCapitalised(w) && w.unicodeScalars.count >= 3 && words.listedClass(w) == .other && !politePronouns.contains(w)
            && !titleArticles.contains(w) && !definiteArticles.contains(w) && !determinerAdjectives.contains(w) && !indefiniteArticles.contains(w)
    }
    static let politePronouns: Set<String> = ["Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem", "Ihres"]

    static func isOrganisationNameWord(_ w: String, words: GermanWords, lexicon: Lexicon) -> Bool {
        // A compound of listed nouns too ("Umsatzerlöse", "Synergieeffekte"): the object of a clause.
        guard isCapitalised(w), w.unicodeScalars.count >= 2, words.wordClass(w) != .other, !words.isCommonNoun(w),
              !titleArticles.contains(w), !definiteArticles.contains(w), !determinerAdjectives.contains(w),
              // A legal form closes the name: `legalFormName` reads it ("der Konzern Beispiel Corp.").
              !legalForms.contains(w) else { return false }
        if w.utf8.contains(UInt8(ascii: "-")), let last = w.split(separator: "-").last, last.unicodeScalars.count > 2,
           words.isListedNoun(String(last)) { return false }
        // Plurals of abstract nouns the list may lack ("Neueinstellungen", "Kooperationen").
        return !pluralNounEndings.contains { endsWith(w, $0) }
    }

    static let pluralNounEndings = ["ungen", "ionen", "heiten", "keiten", "schaften"]

    /// A noun of the organisation's kind, or of a trade that runs one ("Caravan-Händlers",
    /// "Internet-Suchmaschinen-Betreiber"), opening the words before a legal form: the noun
    /// describes the name that follows ("die Firma Beispiel GmbH"), as in an apposition.
    /// Only nouns that describe a firm: an association's kind is often its name's first word
    /// ("Heimatverein Lindenhof e. V.").
    static func isKindBeforeName(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ["firma", "firmen", "unternehmen", "unternehmens", "konzern", "konzerns", "hersteller", "herstellers", "händler", "händlers",
                "betreiber", "betreibers"].contains { lower.hasSuffix($0) }
    }

    /// "al-Sahra", "el-Nur": a lower-case Arabic article joined to a capitalised name.
    static func isArabicArticleName(_ w: String) -> Bool {
        // Asked of many tokens: "a" or "e" first and a hyphen among the first five bytes, before the articles.
        let bytes = w.utf8
        guard let first = bytes.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e"), bytes.count >= 5,
              bytes.prefix(5).contains(UInt8(ascii: "-")) else { return false }
        for article in ["al-", "el-", "ad-", "as-", "asch-", "an-", "ar-", "at-"] where w.hasPrefix(article) {
            let rest = w.unicodeScalars.dropFirst(article.unicodeScalars.count)
            return rest.count >= 2 && rest.first.map(ScalarClass.isUppercase) == true
        }
        return false
    }

    /// The organisations named by an apposition (or told by a compound) are those organisations
    /// wherever else the article names them: an unmarked recurrence of the same words is added, and a mention of the
    /// same words typed otherwise is retyped ("die Fluggesellschaft Nordwind … Nordwind teilte mit").
    static func repeatOrganisationNames(_ mentions: [EntityMention], names: Set<String>, tokens: some Collection<[Token]>, text: ArticleText,
                                      lexicon: Lexicon) -> [EntityMention] {
        guard !names.isEmpty else { return mentions }
        var result = mentions
        for k in result.indices where result[k].type != .ORG && names.contains(result[k].text) && !(result[k].type == .LOC && lexicon.isPlace(result[k].text)) {
            result[k].type = .ORG
        }
        let added = recurrences(of: names, in: tokens, wholeOnly: true).filter { !overlapsAny($0, result) }.map { mention($0, .ORG, text) }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.span < $1.span }
    }

    /// Where the article names one of `names` (words joined by spaces) as a run of tokens: the
    /// spans, the first name that fits at each token. `wholeOnly`: not where a capitalised word goes
    /// on, the start of a longer name ("Nordwind Air" in "Nordwind Air Cargo").
    static func recurrences(of names: Set<String>, in tokens: some Collection<[Token]>, wholeOnly: Bool) -> [Span] {
        var starts: [String: [[String]]] = [:]
        for name in names { let w = name.split(separator: " ").map(String.init); starts[w[0], default: []].append(w) }
        var found: [Span] = []
        for sentence in tokens {
            for (k, t) in sentence.enumerated() {
                guard let candidates = starts[t.text] else { continue }
                for w in candidates where k + w.count <= sentence.count && (1..<w.count).allSatisfy({ sentence[k + $0].text == w[$0] }) {
                    if wholeOnly, k + w.count < sentence.count, isCapitalised(sentence[k + w.count].text) { continue }
                    found.append(Span(t.span.start, sentence[k + w.count - 1].span.end))
                    break
                }
            }
        }
        return found
    }
}

extension GermanNamePatterns {
    /// "die Drogerie-Kette Beispielmann", "der Spielwaren-Konzern Kreisel": after a kind noun
    /// hyphenated with its trade, one word the noun list holds (as a singular) names the firm when
    /// the clause goes on with no capitalised word, preposition or article after it (a firm named
    /// after its founder or a thing). Not a plural: "die Drogerie-Kette Filialen …" is an object.
    static func isNameAfterCompoundKind(_ s: [Token], nounAt i: Int, nameAt j: Int, words: GermanWords) -> Bool {
        guard j == i + 1, s[i].text.utf8.contains(UInt8(ascii: "-")), let first = s[i].text.utf8.first, first >= 65 && first <= 90,
              case .noun(let gender)? = words.listedClass(s[j].text), gender != .plural, s[j].text.unicodeScalars.count >= 4 else { return false }
        guard j + 1 < s.count else { return true }
        let next = s[j + 1].text
        return !isCapitalised(next) && !compoundKindStops.contains(next)
    }
    /// Words after a listed noun that make it the object or a part of a phrase, not a name.
    static let compoundKindStops: Set<String> = [
        "von", "vom", "in", "im", "aus", "für", "mit", "um", "bei", "beim", "über", "an", "am", "auf", "zum", "zur", "der", "die",
        "das", "des", "dem", "den", "ein", "eine", "einen", "und", "oder", "-", "„", "(",
    ]
}
