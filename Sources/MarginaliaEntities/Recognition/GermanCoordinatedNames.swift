import MarginaliaText

/// Names whose head is a coordination with a truncated compound ("Industrie- und Handelskammer
/// Beispielstadt", "Bayerischer Städte- und Gemeindetag", "Gesellschaft für Muster- und
/// Beispielrechte"): the tagger takes the words after "und" alone, or stops at the hyphen. The
/// truncated part ("Industrie-") and the adjective before it belong to the name, and a name that
/// ends at the hyphen goes on to the noun after "und". Likewise a body's purposes listed after
/// "für" ("Landesamt für Wald, Moor und Heide"), where the tagger stops at the first comma. Word
/// shapes and the body heads of `GermanNamePatterns.isBodyHead`, no body's name.
enum GermanCoordinatedNames {
    static let conjunctions: Set<String> = ["und", "oder", "&"]

    /// A truncated first part of a compound: capitalised, three letters or more before the hyphen.
    static func isTruncated(_ w: String) -> Bool {
        w.utf8.count >= 4 && w.utf8.last == UInt8(ascii: "-") && GermanNamePatterns.isCapitalised(w)
            && !w.dropLast().contains("-")
    }

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords) -> [EntityMention] {
        var result = mentions
        var changed = false
        for s in tokens where s.count > 2 {
            // Most sentences hold no truncated part and no "für" list: one pass over their tokens.
            guard s.contains(where: { $0.text.utf8.last == UInt8(ascii: "-") || $0.text == "für" }) else { continue }
            let from = s[0].span.start, to = s[s.count - 1].span.end
            var tokenAt: [Int: Int] = [:]
            var tokenEnding: [Int: Int] = [:]
            for (i, t) in s.enumerated() { tokenAt[t.span.start] = i; tokenEnding[t.span.end] = i }
            for k in result.indices where result[k].type == .ORG && result[k].span.start >= from && result[k].span.end <= to {
                let m = result[k]
                guard let first = tokenAt[m.span.start], let last = tokenEnding[m.span.end] else { continue }
                var start = m.span.start, end = m.span.end
                // "Industrie- und [Handelskammer Beispielstadt]": the truncated part and an adjective before it.
                if first >= 2, conjunctions.contains(s[first - 1].text), isTruncated(s[first - 2].text) {
                    var open = first - 2
                    if open >= 1, isNameAdjective(s[open - 1].text, lexicon: lexicon, words: words) { open -= 1 }
                    start = s[open].span.start
                }
                // "[Landesamt für Umwelt], Bergbau und Naturschutz", "[Landesamt] für Umwelt, Bergbau und
                // Naturschutz": the purpose goes on to the last noun of its list.
                // A list that holds a name of its own ("für Europa, Asien und Afrika") is left alone.
                if let listEnd = purposeListEnd(s, first: first, last: last),
                   !result.contains(where: { $0.span.start >= m.span.end && $0.span.start < s[listEnd].span.end }) {
                    end = s[listEnd].span.end
                }
                // "[Gesellschaft für Muster-] und Beispielrechte": up to the noun after "und" (a name of one
                // word, "Volks-", is the tagger reading a part of a phrase).
                if last > first, isTruncated(s[last].text), let noun = nounAfterConjunction(s, at: last + 1) {
                    end = s[noun].span.end
                }
                guard start != m.span.start || end != m.span.end else { continue }
                let span = Span(start, end)
                // A name crossing the new edges is left alone.
                if result.contains(where: { $0.span.overlaps(span) && ($0.span.start < span.start || $0.span.end > span.end) }) { continue }
                result[k].span = span
                result[k].text = text[span]
                result[k].canonical = result[k].text
                changed = true
            }
            // "die Bayerische Städte- und Gemeindetag", found nowhere: an adjective, the truncated part
            // and a body's head.
            var i = 1
            while i + 2 < s.count {
                defer { i += 1 }
                guard isTruncated(s[i].text), conjunctions.contains(s[i + 1].text), isHead(s[i + 2].text),
                      isNameAdjective(s[i - 1].text, lexicon: lexicon, words: words) else { continue }
                let span = Span(s[i - 1].span.start, s[i + 2].span.end)
                guard !GermanNamePatterns.overlapsAny(span, result) else { continue }
                result.append(GermanNamePatterns.mention(span, .ORG, text))
                changed = true
            }
        }
        guard changed else { return mentions }
        // Names now inside a widened one give way.
        let organisations = result.filter { $0.type == .ORG }
        result = result.filter { m in
            !organisations.contains { $0.span != m.span && $0.span.start <= m.span.start && m.span.end <= $0.span.end }
        }
        result.sort { $0.span < $1.span }
        return result
    }

    /// A body's head noun: `isBodyHead`, `isInstitutionHead`, or a diet of towns or districts
    /// ("Gemeindetag", "Landkreistages").
    static func isHead(_ w: String) -> Bool {
        GermanNamePatterns.isBodyHead(w) || GermanNamePatterns.isInstitutionHead(w)
            || ["tag", "tags", "tages"].contains { GermanNamePatterns.endsWith(w, $0) } && w.unicodeScalars.count >= 8
    }

    /// The last token of a list of purposes after an organisation that ends at token `last`: the
    /// organisation ends with "für" and a noun, or at a purpose's head ("Landesamt") before "für"
    /// and a noun; then ", Noun" once to three times and "und Noun" (a noun may be a coordination
    /// with a truncated part, "Küsten- und Naturschutz"), the list closed by no further noun. Nil
    /// where no comma list follows.
    static func purposeListEnd(_ s: [Token], first: Int, last: Int) -> Int? {
        var j: Int
        if (first..<last).contains(where: { s[$0].text == "für" }) {
            j = last
        } else if GermanNamePatterns.isPurposeHead(s[last].text), last + 2 < s.count, s[last + 1].text == "für", isListNoun(s[last + 2].text) {
            j = last + 2
        } else {
            return nil
        }
        guard isListNoun(s[j].text) else { return nil }
        var commas = 0
        while j + 2 < s.count, s[j + 1].text == ",", commas < 3, let n = listItem(s, at: j + 2) {
            commas += 1
            j = n
        }
        guard commas >= 1, j + 2 < s.count, s[j + 1].text == "und", let n = listItem(s, at: j + 2) else { return nil }
        if n + 1 < s.count, GermanNamePatterns.isCapitalised(s[n + 1].text) || ["der", "des"].contains(s[n + 1].text) { return nil }
        return n
    }

    /// A noun of a list at token `i` ("Bergbau", or "Küsten- und Naturschutz"): the index of its last token.
    static func listItem(_ s: [Token], at i: Int) -> Int? {
        if isTruncated(s[i].text), i + 2 < s.count, s[i + 1].text == "und", isListNoun(s[i + 2].text) { return i + 2 }
        return isListNoun(s[i].text) ? i : nil
    }

    /// A capitalised noun of three letters or more with small letters after the first ("Umwelt").
    static func isListNoun(_ w: String) -> Bool {
        GermanNamePatterns.isCapitalised(w) && w.unicodeScalars.count >= 3 && !w.hasSuffix("-")
            && w.unicodeScalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" })
    }

    /// The capitalised noun after "und" at token `i`, over up to two small adjectives ("und
    /// mechanische Beispielrechte"): its index, or nil.
    static func nounAfterConjunction(_ s: [Token], at i: Int) -> Int? {
        guard i + 1 < s.count, conjunctions.contains(s[i].text) else { return nil }
        var j = i + 1
        while j < s.count, j - i <= 2, let f = s[j].text.unicodeScalars.first, ScalarClass.isLowercase(f),
              ["e", "en", "er", "es", "em"].contains(where: { s[j].text.hasSuffix($0) }) { j += 1 }
        guard j < s.count, GermanNamePatterns.isCapitalised(s[j].text), s[j].text.unicodeScalars.count >= 3,
              s[j].text.unicodeScalars.dropFirst().contains(where: ScalarClass.isLowercase) else { return nil }
        return j
    }

    /// A capitalised adjective that opens a body's name ("Bayerische", "Deutschen", "Südwestfälische",
    /// "Kölner"): an adjective's ending or a place's adjective, not the first word of a sentence's
    /// article.
    static func isNameAdjective(_ w: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard GermanNamePatterns.isCapitalised(w), w.unicodeScalars.count >= 4,
              !GermanNamePatterns.definiteArticles.contains(w), !GermanNamePatterns.indefiniteArticles.contains(w) else { return false }
        return lexicon.isPlaceAdjective(w) || GermanNamePatterns.adjectiveEndings.contains { GermanNamePatterns.endsWith(w, $0) }
    }
}
