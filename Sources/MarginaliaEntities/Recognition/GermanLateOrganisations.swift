import MarginaliaText

/// Organisations told once every other pass has typed the article's names:
/// - a person's affiliation in brackets right after the person ("Anna Beispiel (Grüne)",
///   "Jan Muster (Team Nordwind)", "Eva Probe (Beispielpartei, …)"): a party, a team, a body;
/// - a quoted name right before an organisation's acronym in brackets ("die „Liga für Beispiel und
///   Muster“ (LBM)"): the long form, which the tagger reads as a title or not at all;
/// - a club of several words in a result line beside a club ("Beispiel Nordstadt - FC Muster 3:1");
/// - an acronym the article types an organisation, found again where nothing marks it ("die
///   Beispielpartei (BP) … Die BP befindet sich …");
/// - a capitalised article inside a sentence before an organisation, which opens its name
///   (`GermanOrganisationArticles`);
/// - names of a few shapes the tagger cuts to their place or misses (`GermanOrganisationShapes`);
/// - organs of international and national bodies (`GermanOrganisationOrgans`);
/// - names whose head is a coordination with a truncated compound (`GermanCoordinatedNames`).
enum GermanLateOrganisations {
    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords) -> [EntityMention] {
        var result = bracketAffiliations(mentions, text: text, lexicon: lexicon, words: words)
        scoreLines(&result, text: text)
        result = quotedLongForms(result, text: text)
        result = GermanAdjectiveBodies.apply(result, tokens: tokens, text: text, words: words)
        result = GermanOrganisationArticles.apply(result, text: text)
        result = GermanOrganisationShapes.apply(result, tokens: tokens, text: text, lexicon: lexicon, words: words)
        result = GermanOrganisationOrgans.apply(result, tokens: tokens, text: text, lexicon: lexicon)
        result = GermanCoordinatedNames.apply(result, tokens: tokens, text: text, lexicon: lexicon, words: words)
        return repeatedAcronyms(result, tokens: tokens, text: text)
    }

    /// The longest affiliation read in brackets, in code points.
    static let longestAffiliation = 40

    /// "Anna Beispiel (Grüne)", "Jan Muster (Team Nordwind, 3.)": a bracket right after a person,
    /// read up to ")" or ",". A work or an unlisted place found there exactly is retyped an
    /// organisation (a listed place stays: an athlete's country, "(Norwegen)"; a person stays); where
    /// nothing is marked, words that pass `isAffiliation` are added.
    static func bracketAffiliations(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        var result = mentions
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
            // Rare (a bracket after a person): the mention there looked up by a scan.
            guard let k = result.firstIndex(where: { $0.span.start == span.start }) else {
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
    /// listed place, a frequent non-noun, a number or an abbreviation ("(S.E.)", a legal form). One
    /// word alone is no common noun other than one of adjective declension ("Grüne" may be a party;
    /// not "(Vorwahl)") and no first name ("(Frank)", a nickname); of several words, one at least is
    /// a word the noun list does not know ("Team Nordwind", not "Schild Gottes").
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

    /// The longest quoted long form read before an acronym, in code points.
    static let longestQuotedName = 100

    /// „Liga für Beispiel und Muster“ (LBM), ''Beispiel Democratic Forces'' (BDF): a name in quotation
    /// marks right before an organisation's acronym in brackets is that organisation's long form.
    /// The quoted words start with a capital and stay on one line; mentions inside them (a part the
    /// tagger found: "Beispiel Democratic Forces" of "United Beispiel Democratic Forces") give way to
    /// the whole, a mention reaching out of the quotes leaves them alone.
    static func quotedLongForms(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result = mentions
        var added: [EntityMention] = []
        for m in mentions where m.type == .ORG && m.span.start >= 6 && text[m.span.start - 1] == "(" && isAcronym(m.text)
            && m.span.end < text.count && text[m.span.end] == ")" && text[m.span.start - 2] == " " {
            // The closing mark (one or two scalars: '' closes as two apostrophes), then its opening one.
            var end = m.span.start - 2
            let close = text[end - 1]
            guard GermanNamePatterns.closingQuotes.contains(close) else { continue }
            end -= 1
            let doubled = close == "'" && text[end - 1] == "'"
            if doubled { end -= 1 }
            var open = end - 1
            while open > 0, end - open <= longestQuotedName, text[open] != "\n", !isOpeningQuote(text[open], before: text[open + 1]) { open -= 1 }
            guard open > 0, end - open <= longestQuotedName, text[open] != "\n" else { continue }
            let start = open + 1
            guard start < end, ScalarClass.isUppercase(text[start]), !doubled || text[open - 1] == "'" else { continue }
            let span = Span(start, end)
            // Mentions inside the quotes are parts of the long form; one reaching out of them is left.
            let inside = result.filter { $0.span.start < span.end && $0.span.end > span.start }
            guard inside.allSatisfy({ $0.span.start >= span.start && $0.span.end <= span.end }) else { continue }
            if inside.count == 1, inside[0].span == span, let k = result.firstIndex(where: { $0.span == span }) {
                result[k].type = .ORG
                continue
            }
            result.removeAll { $0.span.start >= span.start && $0.span.end <= span.end }
            added.append(GermanNamePatterns.mention(span, .ORG, text))
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.span < $1.span }
    }

    /// An opening quotation mark: „ » “ " or ', the name's first letter right after it.
    static func isOpeningQuote(_ c: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
        (c == "„" || c == "»" || c == "“" || c == "\"" || c == "'" || c == "«") && ScalarClass.isUppercase(next)
    }

    /// "Beispiel Nordstadt - FC Muster 3:1", "FC Muster – Sporting Beispiel: 0:2": two names joined
    /// by a dash and followed by a score are two teams. Where one is an organisation, the other of
    /// two words or more is one too (a club named with its town, typed a place or a person). One
    /// word alone stays: a country's team is the country ("Kervia - Tarnitz 1:0").
    static func scoreLines(_ mentions: inout [EntityMention], text: ArticleText) {
        guard mentions.count >= 2 else { return }
        for k in 0..<(mentions.count - 1) {
            let a = mentions[k], b = mentions[k + 1]
            guard a.type == .ORG || b.type == .ORG, a.type != b.type, isDash(from: a.span.end, to: b.span.start, text),
                  isScore(after: b.span.end, text) else { continue }
            let other = a.type == .ORG ? k + 1 : k
            if mentions[other].text.utf8.contains(0x20) { mentions[other].type = .ORG }
        }
    }

    /// Only spaces and one dash ("-" or "–") between `from` and `to`, a space on each side of it.
    static func isDash(from: Int, to: Int, _ text: ArticleText) -> Bool {
        guard to - from >= 3, to - from <= 5, text[from] == " ", text[to - 1] == " " else { return false }
        var dashes = 0
        for p in from..<to where text[p] != " " {
            guard text[p] == "-" || text[p] == "–" else { return false }
            dashes += 1
        }
        return dashes == 1
    }

    /// A score after `p`: spaces, perhaps a colon, then digits, ":" and digits ("3:1", ": 1 : 0").
    static func isScore(after p: Int, _ text: ArticleText) -> Bool {
        var q = p
        func skipSpaces() { while q < text.count, text[q] == " " { q += 1 } }
        if q < text.count, text[q] == ":" { q += 1 }
        skipSpaces()
        let digitsStart = q
        while q < text.count, ScalarClass.isNumeric(text[q]) { q += 1 }
        guard q > digitsStart, q - digitsStart <= 3 else { return false }
        skipSpaces()
        guard q < text.count, text[q] == ":" else { return false }
        q += 1
        skipSpaces()
        return q < text.count && ScalarClass.isNumeric(text[q])
    }

    /// The acronyms the article types organisations, found again in it where no mention stands
    /// ("die Beispielpartei (BP) … Die BP befindet sich …"): the passes that typed them ran after
    /// the document's own evidence was counted. Capitals only (a small letter between them: "VfB"),
    /// two at least, the first letter one; not retyped where another pass typed them otherwise.
    static func repeatedAcronyms(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var names = Set<String>()
        for m in mentions where m.type == .ORG && isAcronym(m.text) { names.insert(m.text) }
        guard !names.isEmpty else { return mentions }
        // The recurrence finder of the organisations named by an apposition; an acronym stands
        // before a capitalised word too ("die BP Beispielstadt").
        let added = GermanNamePatterns.recurrences(of: names, in: tokens, wholeOnly: false)
            .filter { !GermanNamePatterns.overlapsAny($0, mentions) }.map { GermanNamePatterns.mention($0, .ORG, text) }
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
