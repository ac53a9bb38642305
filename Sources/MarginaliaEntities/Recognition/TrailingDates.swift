import MarginaliaText

/// A name of several words that ran on into a date after it: "die Staatsanwaltschaft Beispielstadt
/// [Mitte] März 2006", "Beispielzeitung [Freitag], 10. Juni". The last word goes when it is a
/// weekday before a comma or a digit, or "Anfang", "Mitte" or "Ende" before a month's name.
/// Persons keep it ("Anna Montag": a surname), and so does a title that ends in a weekday
/// ("Welt am Sonntag").
enum TrailingDates {
    static let weekdays: Set<String> = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"]
    static let parts: Set<String> = ["Anfang", "Mitte", "Ende"]
    static let months: Set<String> = [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]

    static func apply(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result = mentions
        for (k, m) in mentions.enumerated() where m.type != .PER {
            // Most mentions are one word: told by a byte before anything is split.
            guard let space = m.text.utf8.lastIndex(of: 0x20) else { continue }
            let last = String(m.text[m.text.index(after: space)...])
            guard weekdays.contains(last) || parts.contains(last) else { continue }
            let cut = m.span.end - last.unicodeScalars.count - 1
            if weekdays.contains(last) {
                guard m.span.end < text.count, text[m.span.end] == "," || m.span.end + 1 < text.count && text[m.span.end] == " "
                        && ScalarClass.isNumeric(text[m.span.end + 1]) else { continue }
            } else {
                guard let month = NameContinuation.wordAfter(m.span.end, text), months.contains(text[month]) else { continue }
            }
            let span = Span(m.span.start, cut)
            result[k] = EntityMention(span: span, text: text[span], type: m.type, canonical: text[span], confidence: m.confidence)
        }
        return result
    }
}
