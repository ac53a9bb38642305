import MarginaliaText

/// Organisations told once every other pass has typed the article's names:
/// - a person's affiliation in brackets right after the person ("Anna Beispiel (Grüne)",
///   "Jan Muster (Team Nordwind)", "Eva Probe (Beispielpartei, …)"): a party, a team, a body;
/// - an acronym the article types an organisation, found again where nothing marks it ("die
///   Beispielpartei (BP) … Die BP befindet sich …").
enum GermanLateOrganisations {
    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords) -> [EntityMention] {
        let result = bracketAffiliations(mentions, text: text, lexicon: lexicon, words: words)
        return repeatedNames(result, tokens: tokens, text: text, lexicon: lexicon, words: words)
    }

    /// The longest affiliation read in brackets, in code points.
    static let longestAffiliation = 40

    /// "Anna Beispiel (Grüne)", "Jan Muster (Team Nordwind, 3.)": a bracket right after a person
    /// that holds one to four capitalised words before ")" or ",". A name found there is retyped an
    /// organisation, unless it is a listed place (an athlete's country: "(Norwegen)") or a person;
    /// an unmarked one is added when no word of it is a common noun ("(Vorwahl)", "(Schwert
    /// Gottes)"; a noun of adjective declension such as "Grüne" may be a party), a first name
    /// ("(Frank)", a nickname) or a listed place.
    static func bracketAffiliations(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        var result = mentions
        var byStart: [Int: Int] = [:]
        for (k, m) in result.enumerated() { byStart[m.span.start] = k }
        var added: [EntityMention] = []
        for m in mentions where m.type == .PER {
            let open = m.span.end
            guard open + 3 < text.count, text[open] == " ", text[open + 1] == "(", ScalarClass.isUppercase(text[open + 2]) else { continue }
            var close = open + 2
            while close < text.count, close - open <= longestAffiliation, text[close] != ")", text[close] != ",", text[close] != "(",
                  text[close] != "\n" { close += 1 }
            guard close < text.count, text[close] == ")" || text[close] == "," else { continue }
            let span = Span(open + 2, close)
            let inside = text[span]
            guard let k = byStart[span.start] else {
                if isAffiliation(inside, lexicon: lexicon, words: words) && !GermanNamePatterns.overlapsAny(span, mentions) {
                    added.append(GermanNamePatterns.mention(span, .ORG, text))
                }
                continue
            }
            guard result[k].span == span, result[k].type == .MISC || result[k].type == .LOC && !lexicon.isPlace(inside) else { continue }
            result[k].type = .ORG
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.span < $1.span }
    }

    /// One to four words, each capitalised (a hyphenated part may be small: "Nordwind-hansa"), none a
    /// listed place, a frequent non-noun or an abbreviation ("(S.E.)", a legal form). One word alone is no common noun other than one of
    /// adjective declension ("Grüne" may be a party) and no first name; of several words, one at
    /// least is a word the noun list does not know ("Team Nordwind", not "Schwert Gottes").
    static func isAffiliation(_ s: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        let parts = s.split(separator: " ").map(String.init)
        guard (1...4).contains(parts.count), parts.count == 1 || !lexicon.isPlace(s) else { return false }
        var unknown = false
        for p in parts {
            guard p.unicodeScalars.count >= 2, GermanNamePatterns.isCapitalised(p), !lexicon.isPlace(p),
                  !p.unicodeScalars.contains(where: { ScalarClass.isNumeric($0) || $0 == "." }) else { return false }
            switch words.wordClass(p) {
            case .noun(let gender)?: if parts.count == 1 && gender != .mixed { return false }
            case .other?: return false
            case nil: unknown = true
            }
        }
        return parts.count == 1 ? !lexicon.firstNames.contains(s) : unknown
    }

    /// The acronyms the article types organisations, found again in it where no mention stands
    /// ("die Beispielpartei (BP) … Die BP befindet sich …"): the passes that typed them ran after
    /// the document's own evidence was counted. Capitals only (a small letter between them: "VfB"),
    /// two at least, the first letter one; not retyped where another pass typed them otherwise.
    static func repeatedNames(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                              words: GermanWords) -> [EntityMention] {
        var names = Set<String>()
        for m in mentions where m.type == .ORG && isAcronym(m.text) { names.insert(m.text) }
        guard !names.isEmpty else { return mentions }
        var added: [EntityMention] = []
        for sentence in tokens {
            for t in sentence where names.contains(t.text) && !GermanNamePatterns.overlapsAny(t.span, mentions) {
                added.append(GermanNamePatterns.mention(t.span, .ORG, text))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }

    /// "BP", "VfB", "ABCD": letters only, the first a capital, two capitals at least.
    static func isAcronym(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        var capitals = 0
        for c in s.unicodeScalars {
            if ScalarClass.isUppercase(c) { capitals += 1 } else if !ScalarClass.isLowercase(c) { return false }
        }
        return capitals >= 2
    }
}
