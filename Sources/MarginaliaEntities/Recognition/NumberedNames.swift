import MarginaliaText

/// A place's or a body's name and the Roman numeral after it are one name: a constituency
/// ("Wahlkreis Beispielstadt I"), a power plant's block, a court or prosecutor's office
/// ("Staatsanwaltschaft Beispielstadt II"), a benefit ("Arbeitslosengeld II"), a team
/// ("Beispielland I"). GermEval 2014 keeps the numeral inside the span. Persons keep their
/// regnal numbers by their own rules ("Elisabeth II."); a numeral that opens a compound
/// ("Hartz IV-Reform") or runs on into letters or digits stays outside.
enum NumberedNames {
    static let numerals: Set<String> = ["I", "II", "III", "IV"]

    static func apply(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result = mentions
        for (k, m) in mentions.enumerated() where m.type != .PER {
            // Every numeral of the table starts with "I": one comparison for most mentions.
            let e = m.span.end
            guard e + 1 < text.count, text[e + 1] == "I", text[e] == " ", NameContinuation.isLetter(text[e - 1]) else { continue }
            var end = e + 1
            while end < text.count, text[end] == "I" || text[end] == "V" { end += 1 }
            guard end == text.count || !(NameContinuation.isLetter(text[end]) || ScalarClass.isNumeric(text[end]) || text[end] == "-"),
                  numerals.contains(text[Span(e + 1, end)]),
                  k + 1 == mentions.count || mentions[k + 1].span.start >= end else { continue }
            let span = Span(m.span.start, end)
            result[k] = EntityMention(span: span, text: text[span], type: m.type, canonical: text[span], confidence: m.confidence)
        }
        return result
    }
}
