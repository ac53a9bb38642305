import MarginaliaText

/// Organs of international and national bodies (round 15), read once every other pass has typed
/// the article's names:
/// - one hyphenated word of an alliance's or union's acronym and the established German name of
///   one of its organs ("der UN-Sicherheitsrat", "die EU-Kommission", "des US-Kongresses", "das
///   UN-Kriegsverbrechertribunal für Beispielland"): the name of one body, not a description as
///   "US-Botschaft" or "EU-Außenminister" are. The tagger, trained on German sentences where
///   such compounds are rare, misses them or types a place. The WikiNews golds mark such a
///   compound one organisation; GermEval 2014 marks it a part of a name (ORGpart, LOCpart), so
///   this costs a few predictions on its dev split;
/// - a body's organ followed by the body in the genitive ("der Sicherheitsrat der Vereinten
///   Nationen", "der Finanzausschuss des Beispieltages", "das Außenministerium der Vereinigten
///   Staaten"): the organ's name is the whole phrase, where the tagger marks only the body (the
///   WikiNews golds take such organs whole).
/// Word shapes, acronyms of the alliances and heads of organs, no particular organ's name.
enum GermanOrganisationOrgans {
    /// Acronyms that open an organ's compound name.
    static let alliancePrefixes: Set<String> = ["UN", "UNO", "Uno", "EU", "US", "NATO", "Nato", "AU"]
    /// Organs named by such a compound's second part, in their nominative and genitive forms.
    static let prefixedOrganHeads: Set<String> = {
        let masculine = ["Sicherheitsrat", "Menschenrechtsrat", "Ministerrat", "Kongress", "Senat", "Parlament", "Repräsentantenhaus",
                         "Tribunal", "Kriegsverbrechertribunal", "Flüchtlingshilfswerk", "Flüchtlingswerk", "Kinderhilfswerk"]
        let feminine = ["Kommission", "Menschenrechtskommission", "Generalversammlung", "Vollversammlung", "Atomenergiebehörde"]
        var forms = Set(feminine)
        for w in masculine {
            forms.insert(w)
            // "Kongresses", "Repräsentantenhauses": a final s takes "es".
            if w.hasSuffix("s") { forms.insert(w + "es") } else { forms.insert(w + "s"); forms.insert(w + "es") }
        }
        return forms
    }()
    /// Heads of courts and tribunals, whose name may go on with what they judge ("… für Beispielland").
    static let tribunalEndings: [String] = ["tribunal", "Tribunal", "tribunals", "Tribunals"]

    /// Organs of a body that a genitive names ("Sicherheitsrat der …", "Generalversammlung der …").
    static let organHeads: Set<String> = {
        let masculine = ["Sicherheitsrat", "Weltsicherheitsrat", "Gouverneursrat", "Menschenrechtsrat", "Ministerrat", "Exekutivrat"]
        var forms: Set<String> = ["Generalversammlung", "Vollversammlung", "Exekutivkomitee", "Exekutivkomitees", "Zentralkomitee",
                                  "Zentralkomitees"]
        for w in masculine { forms.formUnion([w, w + "s", w + "es"]) }
        return forms
    }()
    /// Endings of organs that a genitive names: committees and ministries.
    static let organEndings: [String] = ["ausschuss", "ausschusses", "Ausschuss", "Ausschusses", "ministerium", "ministeriums", "Ministerium", "Ministeriums"]
    /// Endings of organs that a country in the genitive names ("das Außenministerium der Vereinigten
    /// Staaten", "das Auswärtige Amt der Bundesrepublik").
    static let countryOrganEndings: [String] = ["ministerium", "ministeriums", "Ministerium", "Ministeriums", "Amt", "Amtes", "Amts"]
    /// Articles and merged prepositions before an organ's name.
    static let organArticles: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "im", "vom", "beim", "zum", "zur", "am", "ins", "Im", "Vom", "Beim",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon) -> [EntityMention] {
        let prefixed = GermanOrganisationShapes.addingNames(mentions, tokens: tokens, text: text) { s, i in
            prefixedOrgan(s, at: i, mentions: mentions)
        }
        var byStart: [Int: EntityMention] = [:]
        var byEnd: [Int: EntityMention] = [:]
        for m in prefixed {
            byStart[m.span.start] = m
            byEnd[m.span.end] = m
        }
        return GermanOrganisationShapes.addingNames(prefixed, tokens: tokens, text: text) { s, i in
            organOfBody(s, at: i, byStart: byStart, byEnd: byEnd, lexicon: lexicon)
        }
    }

    /// "UN-Sicherheitsrat", "EU-Kommission", "US-Kongresses": an alliance's acronym, a hyphen and an
    /// organ's head as one token; a tribunal's with "für" and a place or a capitalised word after it.
    static func prefixedOrgan(_ s: [Token], at i: Int, mentions: [EntityMention]) -> Span? {
        let w = s[i].text
        // Asked of every token: an ASCII capital first and a hyphen at byte 2 to 4 before any split.
        guard let lead = w.utf8.first, lead >= 65 && lead <= 90, w.utf8.count >= 8 else { return nil }
        let bytes = Array(w.utf8.prefix(5))
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), dash >= 2 else { return nil }
        let prefix = String(decoding: bytes[..<dash], as: UTF8.self)
        guard alliancePrefixes.contains(prefix) else { return nil }
        let head = String(w.utf8.dropFirst(dash + 1))!
        guard prefixedOrganHeads.contains(head) else { return nil }
        var end = s[i].span.end
        if tribunalEndings.contains(where: { GermanNamePatterns.endsWith(head, $0) }), i + 2 < s.count, s[i + 1].text == "für" {
            let next = s[i + 2]
            if let place = mentions.first(where: { $0.span.start == next.span.start && $0.type == .LOC }) {
                end = place.span.end
            } else if GermanNamePatterns.isCapitalised(next.text), next.text.contains("-") {
                // "für Ex-Beispielland": a hyphenated place the list lacks.
                end = next.span.end
            }
        }
        return Span(s[i].span.start, end)
    }

    /// "der Sicherheitsrat der Vereinten Nationen", "des Finanzausschusses des Beispieltages", "das
    /// Außenministerium der Vereinigten Staaten", "das Auswärtige Amt der Bundesrepublik": an
    /// organ's head after an article (or the end of an organisation already found), "der" or "des",
    /// and an organisation found there (for a ministry or an office also a place). Not after a
    /// lower-case adjective ("ein weiterer Ausschuss des …" describes).
    static func organOfBody(_ s: [Token], at i: Int, byStart: [Int: EntityMention], byEnd: [Int: EntityMention], lexicon: Lexicon) -> Span? {
        guard i > 0, i + 2 < s.count, s[i + 1].text == "der" || s[i + 1].text == "des" else { return nil }
        let w = s[i].text
        let ownHead = organHeads.contains(w) || organEndings.contains { GermanNamePatterns.endsWith(w, $0) }
        let countryHead = countryOrganEndings.contains { GermanNamePatterns.endsWith(w, $0) }
        guard ownHead || countryHead, let body = byStart[s[i + 2].span.start] else { return nil }
        let namedOrgan = byEnd[s[i].span.end]
        switch body.type {
        case .ORG: guard ownHead else { return nil }
        // "Amt" alone names an office only as the end of a name already found ("das Auswärtige Amt").
        case .LOC: guard countryHead, isMinistry(w) || namedOrgan?.type == .ORG else { return nil }
        default: return nil
        }
        var start = s[i].span.start
        if let organ = namedOrgan {
            guard organ.type == .ORG else { return nil }
            start = organ.span.start
        } else {
            guard organArticles.contains(s[i - 1].text) else { return nil }
        }
        return Span(start, body.span.end)
    }

    static func isMinistry(_ w: String) -> Bool {
        GermanNamePatterns.endsWith(w, "ministerium") || GermanNamePatterns.endsWith(w, "ministeriums")
            || GermanNamePatterns.endsWith(w, "Ministerium") || GermanNamePatterns.endsWith(w, "Ministeriums")
    }
}
