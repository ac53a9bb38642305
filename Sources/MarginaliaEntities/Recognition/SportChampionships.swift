import MarginaliaText

/// A championship named by its sport in one hyphenated word: "die Handball-Weltmeisterschaft",
/// "der Leichtathletik-Europameisterschaften", "die Fußball-Weltmeisterschaft der Frauen"
/// (recall16). The tagger finds a few and leaves most, each part a common noun. GermEval 2014
/// types such an event as its organisation ("Fußball-Weltmeisterschaft" B-ORG, as the Olympic
/// Games), so `type` is ORG; the bare "Weltmeisterschaft" and "WM" stay unmarked there, and so here.
/// Not after an indefinite article, a count or a bare preposition: "eine Fußball-Weltmeisterschaft",
/// "an Weltmeisterschaften" are any.
enum SportChampionships {
    static let type: EntityType = .ORG
    /// Last parts of the word, after its hyphen.
    static let heads: [String] = ["-Weltmeisterschaft", "-Weltmeisterschaften", "-Europameisterschaft", "-Europameisterschaften"]
    /// Who competes, after "der": part of the championship's name.
    static let fields: Set<String> = ["Frauen", "Herren", "Männer", "Damen", "Junioren", "Juniorinnen"]
    /// Words before the championship that make it any one of its kind.
    static let counting: Set<String> = [
        "ein", "eine", "einer", "einen", "einem", "eines", "kein", "keine", "keiner", "zwei", "drei", "vier", "zweier",
        "dreier", "mehrere", "mehreren", "beide", "beiden", "viele", "vielen", "alle", "allen",
        // A preposition right before it, with no article: championships in general ("an
        // Weltmeisterschaften teilnehmen").
        "an", "in", "bei", "für", "von", "mit", "zu", "auf", "nach", "aus", "über", "vor",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var found: [Span] = []
        for s in tokens {
            for i in s.indices {
                // Asked of every token: the last byte ("t" or "n") and the length first.
                guard let last = s[i].text.utf8.last, last == UInt8(ascii: "t") || last == UInt8(ascii: "n"), s[i].text.utf8.count >= 20,
                      GermanNamePatterns.isCapitalised(s[i].text), heads.contains(where: { s[i].text.hasSuffix($0) }),
                      !(i > 0 && counting.contains(s[i - 1].text.lowercased())) else { continue }
                var end = i
                if i + 2 < s.count, s[i + 1].text == "der", fields.contains(s[i + 2].text) { end = i + 2 }
                // "der Juniorinnen und Junioren": both fields.
                if end == i + 2, end + 2 < s.count, s[end + 1].text == "und", fields.contains(s[end + 2].text) { end += 2 }
                found.append(Span(s[i].span.start, s[end].span.end))
            }
        }
        guard !found.isEmpty else { return mentions }
        // A name crossing a span's edge is left alone; one a span holds exactly is retyped; names
        // inside it give way (the product passes' placing).
        return MiscKinds.placing(found, as: type, in: mentions, text: text).mentions
    }
}
