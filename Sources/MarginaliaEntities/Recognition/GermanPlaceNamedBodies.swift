import MarginaliaText

/// Organisations named by a place and an institution's head (issue 16, round 19), read with
/// `GermanOrganisationShapes` once every other pass has typed the article's names:
/// - a place adjective in -er before a head that names an association, a utility, a bank or a
///   festival ("der Beispieler Mieterverein", "die Musterstädter Verkehrsbetriebe", "die Beispieler
///   Festspiele"). GermEval 2014 marks these whole (NER-de-test.tsv: an association, a bank, a
///   festival, a federation), but only the adjective before a court, an office, a council or a
///   school ("Mannheimer Landgericht", "Berner Gemeinderat"): those heads are not in the table;
/// - an institution's head (`isInstitutionHead`, as `institution` reads it) before a town that no
///   list knows and that ends its phrase ("das Amtsgericht Quarvelo hat …"), the word no surname of
///   a person the article names in full;
/// - a town's utility or housing company before a place ("die Wohnungsbaugesellschaft Beispielstadt"),
///   which `institution` leaves alone (a company's own name may follow its head).
/// Head words only, no particular body's name.
extension GermanOrganisationShapes {
    /// Endings of compounds (lower case) that name an association after a place adjective; the
    /// bare word is a club described by its town ("der Beispieler Verein"): a compound only.
    static let placeAdjectiveBodyEndings: [String] = [
        "verband", "verbandes", "verbands", "verein", "vereins", "vereines", "bund", "bundes", "bunds", "vereinigung", "genossenschaft",
    ]
    /// Heads (lower case, nominative and dative) that name a utility, a bank, a hospital group or a
    /// federation of towns after a place adjective, alone or as a compound's last part. Not a
    /// generic plural of firms ("Handwerksbetriebe") nor a town's people ("Stadtgesellschaft").
    static let placeAdjectiveBodyKinds: [String] = [
        "stadtwerke", "stadtwerken", "wasserwerke", "verkehrsbetriebe", "verkehrs-betriebe", "wasserbetriebe", "versorgungsbetriebe",
        "entsorgungsbetriebe", "bäderbetriebe", "verkehrsbetrieben", "wasserbetrieben", "versorgungsbetrieben",
        "verkehrsgesellschaft", "wohnungsbaugesellschaft", "wohnungsgesellschaft", "baugesellschaft", "hafengesellschaft",
        "bergbahnen", "kantonalbank", "landesbank", "volksbank", "sparkasse", "festspiele", "festspielen", "landeskliniken",
        "gemeindetag", "städtetag", "landkreistag",
    ]
    /// Heads that name a body after a place adjective as whole words ("die Beispieler Tafel", "die
    /// Musterstädter Philharmoniker"); not "Verein" or "Verband" alone ("der Beispieler Verein" is
    /// a club described by its town).
    static let placeAdjectiveBodyHeads: Set<String> = [
        "Tafel", "Philharmoniker", "Philharmonikern", "Symphoniker", "Sinfoniker", "Bank", "Brauerei",
    ]

    /// Either shape at token `i`.
    static func placeNamedBody(_ s: [Token], at i: Int, surnames: Set<String>, places: [Int: Int], text: ArticleText, lexicon: Lexicon,
                               words: GermanWords) -> Span? {
        placeAdjectiveBody(s, at: i, lexicon: lexicon, words: words)
            ?? institutionOfUnlistedTown(s, at: i, surnames: surnames, places: places, text: text, lexicon: lexicon, words: words)
    }

    /// "der Beispieler Mieterverein", "die Musterstädter Verkehrsbetriebe": at the adjective `i`, a
    /// place adjective (or an -er word no list knows but as a noun) and a head of the tables. Not after an
    /// indefinite article ("ein Beispieler Sportverein") nor a capitalised word other than an article
    /// (a longer name), not where a genitive or "für" goes on ("der Beispieler Kreisverband der …").
    static func placeAdjectiveBody(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i + 1 < s.count, GermanNamePatterns.endsWith(s[i].text, "er"), s[i].text.utf8.count >= 5 else { return nil }
        let head = s[i + 1].text
        guard head.utf8.count >= 4, GermanNamePatterns.isCapitalised(head) else { return nil }
        let lower = head.lowercased()
        guard placeAdjectiveBodyHeads.contains(head) || placeAdjectiveBodyKinds.contains(where: { GermanNamePatterns.endsWith(lower, $0) })
                || placeAdjectiveBodyEndings.contains(where: { lower.utf8.count > $0.utf8.count && GermanNamePatterns.endsWith(lower, $0) })
        else { return nil }
        let adjective = s[i].text
        guard adjective.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return nil }
        // A place adjective the place list derives, or an -er word no list holds but as a noun (the
        // noun list holds many as their people: "ein Beispieler"); no first name, no function word.
        guard lexicon.isPlaceAdjective(adjective)
                || words.listedClass(adjective) != .other && words.wordClass(adjective) != .other && !lexicon.firstNames.contains(adjective) else { return nil }
        if i > 0 {
            let before = s[i - 1].text
            if GermanNamePatterns.indefiniteArticles.contains(before) { return nil }
            if GermanNamePatterns.isCapitalised(before), !GermanNamePatterns.definiteArticles.contains(before) { return nil }
        }
        if i + 2 < s.count, ["der", "des", "für", "von", "zur", "zum"].contains(s[i + 2].text) { return nil }
        return Span(s[i].span.start, s[i + 1].span.end)
    }

    /// Heads of `institution` that more often name a body's kind before its own name than a body
    /// of a town ("die Nachrichtenagentur Quendel", "das Forschungsinstitut Velora", "die Behörde
    /// Muster"), with their genitives.
    static let apposedKindEndings: [String] = [
        "agentur", "agenturen", "institut", "instituts", "institutes", "behörde", "zentrum", "zentrums", "center", "centers",
        "studio", "studios", "zentrale", "anstalt", "akademie", "polizei", "ministerium", "ministeriums", "dachverband",
        "dachverbands", "dachverbandes",
    ]
    /// Kind nouns as whole words ("der Verein Quendel", "die Stiftung Velora": a name in apposition).
    static let apposedKindHeads: Set<String> = [
        "Verein", "Vereins", "Verband", "Verbands", "Verbandes", "Stiftung", "Amt", "Amts", "Amtes", "Museum", "Museums", "Theater",
        "Theaters", "Galerie", "Verwaltung", "Bühne", "Orchester", "Oper",
    ]

    /// Heads of companies and student services that name a body by its town or region, which
    /// `institution`'s table lacks ("Verkehrsbetriebe", "Wohnungsbaugesellschaft"; GermEval 2014
    /// marks "Terraingesellschaft Berlin-Südwest" whole). Their own name may follow them as an
    /// apposition ("die Baugesellschaft Quendel"), so only a place (listed or found) closes them.
    static let townCompanyEndings: [String] = [
        "betriebe", "gesellschaft", "genossenschaft", "studierendenwerk", "studierendenwerks", "studentenwerk", "studentenwerks",
    ]
    /// Compounds ending so that name no body ("Zivilgesellschaft", "Wiedervereinigung").
    static let notTownHeads: [String] = ["zivilgesellschaft", "stadtgesellschaft", "mehrheitsgesellschaft", "handwerksbetriebe", "landwirtschaftsbetriebe"]

    /// "das Amtsgericht Quarvelo hat …", "des Klinikums Musterau.", "das Kantonsspital Beispielstadt":
    /// an institution's head, then a word that no list holds and that ends its phrase; or a head of
    /// `townCompanyEndings` and a place (listed or found) that is no country (`institution` reads
    /// the other heads before a listed place).
    /// Not a club's prefix ("Real X"), not after an indefinite article or a lower-case adjective, not
    /// a surname of a person named in full, not a place's genitive.
    static func institutionOfUnlistedTown(_ s: [Token], at i: Int, surnames: Set<String>, places: [Int: Int], text: ArticleText,
                                          lexicon: Lexicon, words: GermanWords) -> Span? {
        // Asked of every capitalised token: the next token's capital and length before the head's endings.
        guard i + 1 < s.count, s[i].text.utf8.count >= 6, s[i + 1].text.utf8.count >= 3, GermanNamePatterns.isCapitalised(s[i + 1].text) else { return nil }
        let head = s[i].text
        let lower = head.lowercased()
        let company = townCompanyEndings.contains(where: { GermanNamePatterns.endsWith(lower, $0) }) && !notTownHeads.contains(where: { lower.hasSuffix($0) })
            && head.utf8.count > 8
        guard company || GermanNamePatterns.isInstitutionHead(head) && !GermanNamePatterns.clubPrefixes.contains(head)
                && !apposedKindHeads.contains(head) && !apposedKindEndings.contains(where: { GermanNamePatterns.endsWith(lower, $0) }) else { return nil }
        let town = s[i + 1]
        guard GermanNamePatterns.isCapitalised(town.text), !surnames.contains(town.text), !GermanNamePatterns.isPlaceGenitive(town.text, lexicon) else { return nil }
        var end = town.span.end
        if company, !lexicon.countries.contains(town.text), let placeEnd = placeEnd(s, at: i + 1, places: places, lexicon: lexicon) {
            end = placeEnd
        } else {
            guard !company else { return nil }
            guard !lexicon.isPlace(town.text), GermanPlaceFrames.isUnlistedName(town.span, town.text, text: text, lexicon: lexicon, words: words) else { return nil }
        }
        // "ein Klinikum …", "dieser staatlichen Fluggesellschaft …": a body described, not named.
        if i > 0, GermanNamePatterns.indefiniteArticles.contains(s[i - 1].text) || CommonNounUse.isAttributive(s[i - 1].text) { return nil }
        var k = i + 2
        while k < s.count, s[k].span.start < end { k += 1 }
        if k < s.count {
            let next = s[k].text
            if GermanNamePatterns.isCapitalised(next) || next == "-" || next == "der" || next == "des" { return nil }
        }
        // Capitalised adjectives before the head belong to the name ("Freiwillige Feuerwehr …"), not
        // at a sentence's start (as `institution` reads them).
        var start = i
        while start > 1, i - start < 2, GermanNamePatterns.isNameAdjective(s[start - 1].text),
              GermanNamePatterns.isAttributive(s[start - 1].text, words: words) { start -= 1 }
        return Span(s[start].span.start, end)
    }
}
