import MarginaliaText

/// Place names opened by a geographic word of their own language: "Cape Canaveral", "Kap Verde",
/// "Lake Placid", "Fort Worth", "San Remo", "Bad Homburg", "New Jersey", "West Kingston". The tagger, trained on
/// German sentences, cuts the opener off ("Cape [Canaveral]") or reads opener and name as a
/// person's first and last name ("[PER Kap Verde]"). Such a word before a place the tagger found
/// is part of it, and a person's name opened by one is a place. Words of kinds of places, no
/// particular place.
extension GermanPlaceFrames {
    /// Words that open a place's name in English, Romance languages and German.
    static let placeOpeners: Set<String> = [
        "Cape", "Kap", "Lake", "Lago", "Fort", "Mount", "Port", "Puerto", "Porto", "Cabo", "Isla", "Sankt", "San",
        "Santa", "Saint", "Bad", "New", "West", "East", "North", "South",
    ]
    /// Openers that also open names of people, bands or clubs ("Santa Claus", "Saint Laurent", "New Order",
    /// "Bad Religion", "West Ham"): they join a place, but make no place of a person.
    static let personalOpeners: Set<String> = ["Santa", "Saint", "Bad", "New", "West", "East", "North", "South"]

    /// Joins an opener to the place after it and retypes a person opened by one (mentions sorted).
    static func joinPlaceOpeners(_ mentions: inout [EntityMention], text: ArticleText) {
        for k in mentions.indices {
            let m = mentions[k]
            if m.type == .PER, !m.text.contains(" "), let opener = openerBefore(m.span.start, text),
               !personalOpeners.contains(text[opener]), k == 0 || mentions[k - 1].span.end <= opener.start {
                // "Sankt [PER Tembari]": the tagger read the name after the opener as a person.
                let span = Span(opener.start, m.span.end)
                mentions[k] = EntityMention(span: span, text: text[span], type: .LOC, canonical: text[span], confidence: m.confidence)
            } else if m.type == .PER {
                guard let space = m.text.firstIndex(of: " "), let next = m.text[m.text.index(after: space)...].unicodeScalars.first,
                      ScalarClass.isUppercase(next) else { continue }
                let first = String(m.text[..<space])
                if placeOpeners.contains(first), !personalOpeners.contains(first) { mentions[k].type = .LOC }
            } else if m.type == .LOC, let opener = openerBefore(m.span.start, text),
                      k == 0 || mentions[k - 1].span.end <= opener.start {
                let span = Span(opener.start, m.span.end)
                let surface = text[span]
                mentions[k] = EntityMention(span: span, text: surface, type: .LOC, canonical: surface, confidence: m.confidence)
            }
        }
    }

    /// The opener right before `start`, one space between: a capitalised word of `placeOpeners`.
    static func openerBefore(_ start: Int, _ text: ArticleText) -> Span? {
        guard start >= 4, text[start - 1] == " " else { return nil }
        var k = start - 1
        while k > 0, start - 1 - k < 6, ScalarClass.isLowercase(text[k - 1]) || ScalarClass.isUppercase(text[k - 1]) { k -= 1 }
        guard ScalarClass.isUppercase(text[k]), k == 0 || !PlaceWordScanner.isWordScalar(text[k - 1]) else { return nil }
        let word = Span(k, start - 1)
        return placeOpeners.contains(text[word]) ? word : nil
    }
}
