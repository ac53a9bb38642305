import MarginaliaText

/// "Departement für auswärtige Angelegenheiten (EDA)", "Bewegung für Demokratischen Wandel (MDC)":
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
            var q = p + 2
            while q < text.count, q - (p + 2) <= 8, ScalarClass.isUppercase(text[q]) { q += 1 }
            guard q - (p + 2) >= 2, q < text.count, text[q] == ")" else { continue }
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
}
