import MarginaliaText

/// English entities from capitalisation, gazetteers, cue words and document evidence. No English
/// training data is available under a usable licence, so this is rules, not a model.
/// Pass 1 finds capitalised phrases; pass 2 types them, letting confident mentions (a full name
/// with a known first name, a gazetteer place) decide the type of the same word elsewhere.
public struct EnglishRecognizer: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    struct Unit { var span: Span; var text: String }
    struct Candidate {
        var units: [Unit]
        var type: EntityType?
        var confidence: Double
        var sentenceInitial: Bool
        var before: String?   // lowercase word before the phrase
        var after: String?    // word after the phrase
        var titled: Bool      // preceded by a person title
    }

    /// - Parameter headings: heading spans; in a title-case heading capitals say nothing, so a
    ///   phrase there counts only if the body also names it or the gazetteers know it.
    public func recognize(_ text: ArticleText, sentences: [Span], headings: [Span] = []) -> [EntityMention] {
        let tokenised = sentences.map { units(Tokenizer.tokenize(text, in: $0), text) }
        let isHeading = sentences.map { s in headings.contains { $0.contains(s) } }
        // Words seen capitalised away from a sentence start: evidence that they are names.
        var capitalisedInside = Set<String>()
        for (k, s) in tokenised.enumerated() where !isHeading[k] {
            for (i, u) in s.enumerated() where i > 0 && isCapitalised(u.text) && !isOpeningQuote(s[i - 1].text) {
                capitalisedInside.insert(u.text)
            }
        }
        var candidates: [Candidate] = []
        var headingCandidates: [Candidate] = []
        for (k, s) in tokenised.enumerated() {
            if isHeading[k] { headingCandidates += phrases(in: s, capitalisedInside: capitalisedInside) }
            else { candidates += phrases(in: s, capitalisedInside: capitalisedInside) }
        }
        let bodyPhrases = Set(candidates.map(phrase))
        // In a heading, keep the longest stretches of a capitalised run that the body names too
        // or the gazetteers know ("Port Strike Enters Second Week In Rotterdam" -> "Rotterdam").
        func attested(_ units: ArraySlice<Unit>) -> Bool {
            bodyPhrases.contains(units.map(\.text).joined(separator: " "))
                || units.allSatisfy { isKnown($0.text) && !lexicon.firstNames.contains($0.text) }
        }
        for c in headingCandidates {
            var i = 0
            while i < c.units.count {
                var j = c.units.count
                while j > i, !attested(c.units[i..<j]) { j -= 1 }
                if j == i { i += 1; continue }
                var part = c
                part.units = Array(c.units[i..<j])
                candidates.append(part)
                i = j
            }
        }
        candidates.sort { $0.units[0].span < $1.units[0].span }
        for i in candidates.indices { candidates[i].type = typeFromOwnEvidence(candidates[i]) }
        // Document evidence: a typed phrase types the same phrase, and a person's surname, elsewhere.
        var known: [String: EntityType] = [:]
        for c in candidates { if let t = c.type { known[phrase(c), default: t] = known[phrase(c)] ?? t } }
        for c in candidates where c.type == .PER && c.units.count > 1 {
            let last = c.units.last!.text
            if known[last] == nil { known[last] = .PER }
        }
        var mentions: [EntityMention] = []
        for var c in candidates {
            if c.type == nil { c.type = known[phrase(c)] ?? fallbackType(c) }
            guard let type = c.type else { continue }
            let span = Span(c.units.first!.span.start, c.units.last!.span.end)
            let surface = text[span]
            mentions.append(EntityMention(span: span, text: surface, type: type, canonical: surface, confidence: c.confidence))
        }
        return mentions
    }

    // MARK: pass 1

    /// Tokens with abbreviations re-joined ("U" "." "S" "." -> "U.S."; "St" "." -> "St.").
    func units(_ tokens: [Token], _ text: ArticleText) -> [Unit] {
        var out: [Unit] = []
        var i = 0
        while i < tokens.count {
            var end = i
            // Runs like U . S . (single capitals each followed by an adjacent dot).
            while end + 1 < tokens.count, tokens[end].text.count == 1, isCapitalised(tokens[end].text),
                  tokens[end + 1].text == ".", tokens[end + 1].span.start == tokens[end].span.end,
                  end == i || tokens[end].span.start == tokens[end - 1].span.end {
                end += 2
            }
            if end > i + 2 {
                out.append(Unit(span: Span(tokens[i].span.start, tokens[end - 1].span.end), text: text[Span(tokens[i].span.start, tokens[end - 1].span.end)]))
                i = end
                continue
            }
            if i + 1 < tokens.count, tokens[i + 1].text == ".", tokens[i + 1].span.start == tokens[i].span.end,
               ["St", "Mt", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Prof", "Inc", "Corp", "Ltd"].contains(tokens[i].text) {
                out.append(Unit(span: Span(tokens[i].span.start, tokens[i + 1].span.end), text: tokens[i].text + "."))
                i += 2
                continue
            }
            out.append(Unit(span: tokens[i].span, text: tokens[i].text))
            i += 1
        }
        return out
    }

    func phrases(in s: [Unit], capitalisedInside: Set<String>) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while i < s.count {
            guard isCapitalised(s[i].text) else { i += 1; continue }
            var j = i + 1
            while j < s.count {
                if isCapitalised(s[j].text) { j += 1; continue }
                if EnglishCues.connectors.contains(s[j].text), j + 1 < s.count, isCapitalised(s[j + 1].text),
                   !(s[j].text == "and" && !EnglishCues.organisationHeads.contains(s[j + 1].text) && !s[(j + 1)...].prefix(3).contains { EnglishCues.organisationHeads.contains($0.text) }) {
                    j += 2; continue
                }
                break
            }
            var units = Array(s[i..<j])
            let start = i
            i = j
            let initial = start == 0 || isOpeningQuote(s[start - 1].text)
            var titled = start > 0 && isPersonTitle(s[start - 1].text)
            // Strip possessive endings: "Britain's" -> "Britain".
            if let last = units.last, let cut = possessiveCut(last.text) {
                units[units.count - 1] = Unit(span: Span(last.span.start, last.span.start + cut), text: String(last.text.unicodeScalars.prefix(cut)))
            }
            // Leading words that are not part of names ("The", "Chancellor", "Senator").
            while let first = units.first, units.count > 1,
                  EnglishCues.notNames.contains(first.text) || isPersonTitle(first.text) {
                if isPersonTitle(first.text) { titled = true }
                units.removeFirst()
            }
            while let last = units.last, EnglishCues.connectors.contains(last.text) || EnglishCues.notNames.contains(last.text) {
                units.removeLast()
            }
            guard !units.isEmpty else { continue }
            if units.count == 1 {
                let w = units[0].text
                if EnglishCues.notNames.contains(w) || isPersonTitle(w) { continue }
                let firstIsStart = units[0].span.start == s[start].span.start
                if initial && firstIsStart && !isKnown(w) && !capitalisedInside.contains(w) { continue }
            }
            let before = start > 0 ? s[start - 1].text : nil
            let afterIndex = s.firstIndex { $0.span.start >= units.last!.span.end }
            let after = afterIndex.map { s[$0].text }
            result.append(Candidate(units: units, type: nil, confidence: 0.6, sentenceInitial: initial,
                                    before: before, after: after, titled: titled))
        }
        return result
    }

    // MARK: pass 2

    func typeFromOwnEvidence(_ c: Candidate) -> EntityType? {
        let words = c.units.map(\.text)
        let name = words.joined(separator: " ")
        if let entry = AliasTable.index[name] { return AliasTable.entries[entry].type }
        if words.count == 1, EnglishCues.demonyms.contains(name) { return .MISC }
        if EnglishCues.organisationHeads.contains(words.last!) && words.count > 1 { return .ORG }
        if words.count > 1, EnglishCues.organisationStarts.contains(words[0]) { return .ORG }
        if words.contains("of"), EnglishCues.organisationHeads.contains(words[0]) { return .ORG }
        if lexicon.isPlace(name) { return .LOC }
        if words.count > 1, EnglishCues.placeStarts.contains(words[0]) || EnglishCues.placeHeads.contains(words.last!) { return .LOC }
        if c.titled { return .PER }
        if (2...3).contains(words.count), lexicon.firstNames.contains(words[0]) { return .PER }
        if isAcronym(name) { return .ORG }
        // An acronym leading a name is an organisation's ("NHS Lothian", "BBC Scotland").
        if words.count > 1, isAcronym(words[0]), !c.titled { return .ORG }
        return nil
    }

    func fallbackType(_ c: Candidate) -> EntityType? {
        let words = c.units.map(\.text)
        if let after = c.after, SpeechVerbs.englishFinite.contains(after), words.count <= 3 { return .PER }
        if let before = c.before, SpeechVerbs.englishFinite.contains(before), words.count <= 3 { return .PER }
        if let before = c.before, EnglishCues.placePrepositions.contains(before), words.count == 1 { return .LOC }
        if words.count == 2 { return .PER }
        return .ORG
    }

    // MARK: helpers

    func phrase(_ c: Candidate) -> String { c.units.map(\.text).joined(separator: " ") }

    func isKnown(_ w: String) -> Bool {
        lexicon.isPlace(w) || lexicon.firstNames.contains(w) || AliasTable.index[w] != nil || EnglishCues.demonyms.contains(w) || isAcronym(w)
    }

    func isPersonTitle(_ w: String) -> Bool { NameCues.personTitles.contains(w) || EnglishCues.personTitles.contains(w) }

    func isCapitalised(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    func isAcronym(_ w: String) -> Bool {
        let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    func isOpeningQuote(_ w: String) -> Bool { ["\"", "“", "‘", "'", "(", "„", "«", "»"].contains(w) }

    /// Scalar length of the name without a possessive ending, if it has one.
    func possessiveCut(_ w: String) -> Int? {
        let scalars = Array(w.unicodeScalars)
        guard scalars.count > 3, scalars.last == "s", scalars[scalars.count - 2] == "'" || scalars[scalars.count - 2] == "’" else { return nil }
        return scalars.count - 2
    }
}
