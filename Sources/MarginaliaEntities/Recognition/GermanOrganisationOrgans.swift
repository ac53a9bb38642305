import MarginaliaText

/// Organs of international and national bodies named by their head and the body in the genitive
/// (round 15): "der Sicherheitsrat der Vereinten Nationen", "der Finanzausschuss des Beispieltages",
/// "das Außenministerium der Vereinigten Staaten". The tagger marks only the body; the organ's
/// name is the whole phrase (the WikiNews golds take such organs whole). Read once every other
/// pass has typed the article's names. Heads of organs, no particular organ's name.
enum GermanOrganisationOrgans {
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
        var byStart: [Int: EntityMention] = [:]
        var byEnd: [Int: EntityMention] = [:]
        for m in mentions {
            byStart[m.span.start] = m
            byEnd[m.span.end] = m
        }
        return GermanOrganisationShapes.addingNames(mentions, tokens: tokens, text: text) { s, i in
            organOfBody(s, at: i, byStart: byStart, byEnd: byEnd, lexicon: lexicon)
        }
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
