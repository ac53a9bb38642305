import MarginaliaText

/// Types told by the words around a German mention, not by the name itself (issue 16). The
/// tagger knows German names; a foreign name in quotation marks or a team's name it types by
/// guesswork. Context that fixes the kind, GermEval conventions:
/// - a name of several words ending in an organisation's head ("… Hospital", "… Democratic
///   Front", "… Universität") is an organisation, not a work or a place;
/// - a bracketed name right after a person ("Oscar Pereiro (Phonak)", "(CDU)") is the person's
///   team or party, not a place, unless the place list knows it;
/// - a listed place and a number is a project or an event, not the place ("Stuttgart 21"): MISC. Clubs ("Hannover 96") are organisations
///   by GermEval: typed MISC here they stay wrong, as they were as places. A first name plus an
///   unknown surname typed as a body was tried and dropped: on WikiNews it made the place "San
///   Felice" a person and fixed nothing.
/// - a MISC name opened by a body's head ("Gewerkschaft …", "Confédération …") is an organisation.
/// And a word of capitals right after "Uhr" ("19:30 Uhr MESZ", "Uhr (UTC)") is a time zone, no
/// organisation, and a lone capital letter after "Gruppe" ("in der Gruppe B") a tournament's
/// group: both dropped.
enum ContextTypes {
    /// Last words that make a name an organisation: the English heads the name patterns close a
    /// name with, and German heads of bodies (the tagger finds those names, it may mistype them).
    static let organisationHeads: Set<String> = GermanNamePatterns.englishOrganisationHeads.union([
        "Klinik", "Klinikum", "Krankenhaus", "Universität", "Institut", "Partei", "Bank", "Group", "Ministerium",
        "Stiftung", "Gesellschaft",
        // English heads the name patterns do not close a name with, as they also end other phrases
        // ("Authority" in a title); at the end of a name the tagger found they name a body.
        "Institution", "Authority", "Bureau", "Board", "Fund", "Trust",
    ])

    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon) -> [EntityMention] {
        guard !mentions.isEmpty else { return mentions }
        var result = mentions.sorted { $0.span.start < $1.span.start }
        var endingAt: [Int: Int] = [:]
        for (k, m) in result.enumerated() { endingAt[m.span.end] = k }
        for k in result.indices {
            let m = result[k]
            if m.type == .MISC || m.type == .LOC, let last = m.text.split(separator: " ").last, last.count < m.text.count,
               organisationHeads.contains(String(last)), !lexicon.isPlace(m.text) {
                result[k].type = .ORG
            } else if m.type == .LOC, isBracketed(m.span, text), m.span.start >= 3, text[m.span.start - 2] == " ",
                      let p = endingAt[m.span.start - 2], result[p].type == .PER, !lexicon.isPlace(m.text) {
                result[k].type = .ORG
            }
            if m.type == .MISC, let body = openedByBodyHead(m, text) {
                result[k] = GermanNamePatterns.mention(body, .ORG, text)
                result[k].confidence = m.confidence
                continue
            }
            let parts = m.text.split(separator: " ")
            if parts.count == 2, m.type == .LOC, parts[1].allSatisfy(\.isNumber), lexicon.isPlace(String(parts[0])) {
                result[k].type = .MISC
            } else if m.type == .LOC && isPlaceNamedTeam(parts, lexicon) || m.type != .ORG && parts.count >= 2 && parts[0] == "Radio" {
                result[k].type = .ORG
            }
        }
        result.removeAll { isTimeZone($0, in: text) || isGroupLetter($0, in: text) }
        return roleOpenedNames(result, text: text, lexicon: lexicon)
    }

    /// "Tarnitz Falcons", "Port Selm 76ers": a listed place and one word in
    /// the English plural that no list holds names a team, not the place (GermEval: ORG). Not a
    /// place's genitive ("Port Selms") nor a place of such words ("Sioux Falls" is listed).
    static func isPlaceNamedTeam(_ parts: [Substring], _ lexicon: Lexicon) -> Bool {
        guard parts.count >= 2, let last = parts.last else { return false }
        let s = Array(last.unicodeScalars)
        guard s.count >= 4, s.last == "s", ScalarClass.isUppercase(s[0]) || ScalarClass.isNumeric(s[0]),
              s.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || ScalarClass.isNumeric($0) }) else { return false }
        let place = parts.dropLast().joined(separator: " ")
        return lexicon.isPlace(place) && !lexicon.isPlace(parts.joined(separator: " ")) && !lexicon.isPlace(String(last))
            && !lexicon.isPlace(String(last.dropLast())) && !lexicon.isPlace(place + " " + last.dropLast())
    }

    /// Heads that open a body's name, German and foreign ("Gewerkschaft Deutscher …",
    /// "Confédération Européenne de …", "Partij voor de …"): general nouns of kinds of body.
    static let openingBodyHeads: Set<String> = [
        "Gewerkschaft", "Partei", "Verband", "Bundesverband", "Verein", "Bündnis", "Stiftung", "Vereinigung",
        "Confédération", "Fédération", "Federación", "Federazione", "Confederación", "Partij", "Partido", "Partito",
        "Parti", "Unión", "Unione", "Associazione", "Asociación", "Stichting", "Vereniging",
    ]
    static let leadingArticles: Set<String> = ["Die", "Der", "Das", "die", "der", "das"]

    /// "Die Gewerkschaft Deutscher Lokomotivführer", "Confédération Européenne de Pétanque" typed
    /// MISC: a name of two words or more whose first word (after an article, which stays outside)
    /// is a body's head and a later one capitalised names the body. The span without the article.
    static func openedByBodyHead(_ m: EntityMention, _ text: ArticleText) -> Span? {
        let parts = m.text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        let skip = leadingArticles.contains(String(parts[0])) ? 1 : 0
        guard parts.count - skip >= 2, openingBodyHeads.contains(String(parts[skip])),
              parts.dropFirst(skip + 1).contains(where: { $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }) else { return nil }
        let start = m.span.start + (skip == 1 ? parts[0].unicodeScalars.count + 1 : 0)
        return Span(start, m.span.end)
    }

    static func isTimeZone(_ m: EntityMention, in text: ArticleText) -> Bool {
        guard m.text.unicodeScalars.count <= 5, m.text.unicodeScalars.allSatisfy(ScalarClass.isUppercase) else { return false }
        return precedes("Uhr ", m.span.start, text) || precedes("Uhr (", m.span.start, text)
    }

    /// "in der Gruppe B", "Staffel C": a tournament's group is named by a letter, no entity.
    static func isGroupLetter(_ m: EntityMention, in text: ArticleText) -> Bool {
        guard m.text.unicodeScalars.count == 1, m.text.unicodeScalars.allSatisfy(ScalarClass.isUppercase) else { return false }
        return ["Gruppe ", "Staffel ", "Pool ", "Kategorie "].contains { precedes($0, m.span.start, text) }
    }

    /// Is `span` enclosed by round brackets without spaces: "(Phonak)"?
    static func isBracketed(_ span: Span, _ text: ArticleText) -> Bool {
        span.start > 0 && span.end < text.count && text[span.start - 1] == "(" && text[span.end] == ")"
    }

    /// Does `word` stand right before `start`, not as the end of a longer word?
    static func precedes(_ word: String, _ start: Int, _ text: ArticleText) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard start >= scalars.count else { return false }
        for (i, c) in scalars.enumerated() where text[start - scalars.count + i] != c { return false }
        let before = start - scalars.count - 1
        return before < 0 || !(ScalarClass.isUppercase(text[before]) || ScalarClass.isLowercase(text[before]))
    }
}
