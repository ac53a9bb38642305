import MarginaliaText

/// "Departement für auswärtige Angelegenheiten (EDA)", "Bewegung für Demokratischen Wandel (MDC)",
/// "Gewerkschaft der Beispielführer (GdB)":
/// an acronym in brackets right after an organisation's name is that organisation too (issue 16).
/// The tagger reads such letters without context and types some as places or persons.
extension GermanNamePatterns {
    /// Closing quotes that may stand between a name and its bracket (`„Name“ (ABC)`).
    static let closingQuotes: Set<Unicode.Scalar> = ["“", "”", "\"", "'", "’", "«", "»"]

    /// `mentions` (in text order) with every acronym in brackets after an organisation typed as
    /// one; an acronym found nowhere is added.
    static func bracketAcronyms(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result = mentions
        var byStart: [Int: Int] = [:]
        for (k, m) in result.enumerated() { byStart[m.span.start] = k }
        var added: [EntityMention] = []
        for m in mentions where m.type == .ORG {
            var p = m.span.end
            while p < text.count, p - m.span.end < 2, closingQuotes.contains(text[p]) { p += 1 }
            guard p + 2 < text.count, text[p] == " ", text[p + 1] == "(" else { continue }
            // Capitals, perhaps with small letters between them ("VfB", "DaK"): two capitals at least,
            // the first letter one.
            var q = p + 2
            var capitals = 0
            while q < text.count, q - (p + 2) <= 8, ScalarClass.isUppercase(text[q]) || q > p + 2 && ScalarClass.isLowercase(text[q]) {
                if ScalarClass.isUppercase(text[q]) { capitals += 1 }
                q += 1
            }
            if capitals == 0 { q = smallAcronymEnd(after: m, at: p + 2, text: text) ?? q }
            guard capitals >= 2 || capitals == 0 && q > p + 3, q < text.count, text[q] == ")" else { continue }
            let span = Span(p + 2, q)
            if let k = byStart[span.start] {
                if result[k].span == span { result[k].type = .ORG }
            } else if !overlapsAny(span, mentions) {
                added.append(mention(span, .ORG, text))
            }
        }
        guard !added.isEmpty else { return result }
        result += added
        result.sort { $0.span < $1.span }
        return result
    }

    /// "Deutsche Beispielbund (dbb)", "Beispielkonferenz der Musterschulen (bkm)": an acronym in
    /// small letters right after the name it spells: two to six letters before ")", the first one a
    /// word's first letter in the name, the others found in order after it. The end of the letters, or nil.
    static func smallAcronymEnd(after m: EntityMention, at start: Int, text: ArticleText) -> Int? {
        var q = start
        while q < text.count, q - start <= 6, ScalarClass.isLowercase(text[q]) { q += 1 }
        guard (2...6).contains(q - start), q < text.count, text[q] == ")" else { return nil }
        let letters = (start..<q).map { text[$0] }
        let name = Array(m.text.lowercased().unicodeScalars)
        // Each word's first letter may open the spelling.
        for (n, c) in name.enumerated() where c == letters[0] && (n == 0 || name[n - 1] == " " || name[n - 1] == "-") {
            var a = 1, r = n + 1
            while a < letters.count, r < name.count {
                if name[r] == letters[a] { a += 1 }
                r += 1
            }
            if a == letters.count { return q }
        }
        return nil
    }
}

/// "Weltgesundheitsorganisation (WHO)", "Schutzgemeinschaft der Kapitalanleger (SdK)",
/// "Rhein-Main-Verkehrsverbund (RMV)": the name an organisation's acronym in brackets spells out
/// is that organisation too (issue 16). The tagger finds the acronym and often misses the long
/// name, a compound common noun or a phrase of nouns. The name is told by its initials: each
/// capitalised word (each part of a hyphenated one) gives its first letter and may give later
/// letters of its own in order ("Verfassungsgerichtshof" for "VfGH"); "der", "für", "und", "of" …
/// may give theirs ("SdK"). Where nothing spells the acronym, nothing is marked.
extension GermanNamePatterns {
    /// Small words inside a long name.
    static let acronymConnectors: Set<String> = [
        "der", "des", "die", "für", "und", "von", "zur", "zum", "im", "in", "&", "of", "for", "and", "the", "de", "du", "la", "le", "et", "del",
    ]

    /// `mentions` (in text order) with the names before organisations' acronyms in brackets added.
    static func acronymExpansions(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var organisationAt: [Int: Int] = [:]
        for m in mentions where m.type == .ORG && m.text.utf8.count <= 8 { organisationAt[m.span.start] = m.span.end }
        var added: [EntityMention] = []
        for s in tokens {
            var b = 1
            while b + 2 < s.count {
                defer { b += 1 }
                // Asked of every token: one byte compared first.
                guard s[b].text.utf8.first == UInt8(ascii: "("), s[b].text.utf8.count == 1, s[b + 2].text == ")" else { continue }
                let acronym = s[b + 1].text
                guard organisationAt[s[b + 1].span.start] == s[b + 1].span.end || knownOrganisationWords.contains(acronym),
                      isAcronym(acronym), let start = spelledName(s, before: b, acronym: acronym) else { continue }
                // "Müllverbrennungsanlage (MVA) Beispielstadt", "Sonderkommission (SOKO) „Beispiel“": the
                // acronym opens the name of one such body; the noun before names the kind.
                if b + 3 < s.count, isCapitalised(s[b + 3].text) || openingMarks.contains(s[b + 3].text) { continue }
                let span = Span(s[start].span.start, s[b - 1].span.end)
                // A name crossing the span's edges is left alone; names inside it give way.
                if mentions.contains(where: { $0.span.overlaps(span) && ($0.span.start < span.start || $0.span.end > span.end) }) { continue }
                if mentions.contains(where: { $0.span == span && $0.type == .ORG }) { continue }
                added.append(mention(span, .ORG, text))
            }
        }
        guard !added.isEmpty else { return mentions }
        var result = mentions.filter { !overlapsAny($0.span, added) }
        result += added
        result.sort { $0.span < $1.span }
        return result
    }

    /// Two to eight letters, the first a capital, at least two capitals: "WHO", "SdK", "VfGH".
    static func isAcronym(_ w: String) -> Bool {
        let scalars = w.unicodeScalars
        guard (2...8).contains(scalars.count), let first = scalars.first, ScalarClass.isUppercase(first),
              scalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) }) else { return false }
        return scalars.filter(ScalarClass.isUppercase).count >= 2
    }

    /// The first token of the longest name ending before token `b` that spells `acronym`: capitalised
    /// words and connectors, at most eight tokens, opened by a capitalised word that is no article,
    /// and not after an indefinite article ("einer europäischen Nichtregierungsorganisation (NGO)").
    static func spelledName(_ s: [Token], before b: Int, acronym: String) -> Int? {
        let letters = Array(acronym.lowercased().unicodeScalars)
        var best: Int? = nil
        var k = b - 1
        while k >= 0, b - k <= 8 {
            let w = s[k].text
            let capital = isCapitalised(w) && !titleArticles.contains(w) && !definiteArticles.contains(w) && !indefiniteArticles.contains(w)
            guard capital || acronymConnectors.contains(w) else { break }
            if capital, spells(Array(s[k..<b].map(\.text)), letters) { best = k }
            k -= 1
        }
        guard let start = best else { return nil }
        var p = start - 1
        while p >= 0, !isCapitalised(s[p].text), ["e", "en", "er", "es", "em"].contains(where: { s[p].text.hasSuffix($0) }),
              !indefiniteArticles.contains(s[p].text) { p -= 1 }
        if p >= 0, indefiniteArticles.contains(s[p].text) { return nil }
        return start
    }

    /// Do `words` spell `letters` (lower case)? Every capitalised word or part gives its first letter
    /// and perhaps later letters of its own, in order; a connector gives its first letter or none.
    static func spells(_ words: [String], _ letters: [Unicode.Scalar]) -> Bool {
        var parts: [(letters: [Unicode.Scalar], connector: Bool)] = []
        for w in words {
            if acronymConnectors.contains(w) { parts.append((Array(w.lowercased().unicodeScalars), true)); continue }
            for part in w.split(separator: "-") where !part.isEmpty {
                guard let first = part.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
                parts.append((Array(part.lowercased().unicodeScalars), false))
            }
        }
        func match(_ p: Int, _ a: Int) -> Bool {
            if p == parts.count { return a == letters.count }
            let part = parts[p]
            if part.connector, match(p + 1, a) { return true }
            guard a < letters.count, part.letters.first == letters[a] else { return false }
            // The part's first letter, then perhaps further letters found in order inside it.
            var a2 = a + 1, q = 1
            if match(p + 1, a2) { return true }
            while a2 < letters.count, !part.connector {
                while q < part.letters.count, part.letters[q] != letters[a2] { q += 1 }
                guard q < part.letters.count else { return false }
                q += 1; a2 += 1
                if match(p + 1, a2) { return true }
            }
            return false
        }
        return match(0, 0)
    }
}
