import MarginaliaText

/// A country's or region's name alone is a place: the tagger types "Sachsen-Anhalt" in "im Landtag
/// von Sachsen-Anhalt" as an organisation, led by the body before it. In GermEval's training and
/// dev sentences the names of `GermanPlaceNames` standing alone are places 573 times and
/// organisations 3 times (a city state's football club), so the organisation reading is dropped.
/// A republic's name typed as a body is a place too ("Demokratische Republik Kongo").
extension GermanNamePatterns {
    static let countriesAndRegions: Set<String> = Set(GermanPlaceNames.countries + GermanPlaceNames.regions)
    static let landscapes: Set<String> = Set(GermanPlaceNames.landscapes + GermanPlaceNames.administrativeRegions)

    /// "mit den Bayern", "Trainer der Bayern": after an article a state's name may be its people or
    /// its football club, which stay as the tagger typed them.
    static func typeRegionsAsPlaces(_ mentions: inout [EntityMention], text: ArticleText) {
        for k in mentions.indices where mentions[k].type == .ORG && countriesAndRegions.contains(mentions[k].text) {
            guard !followsArticle(mentions[k].span.start, text) else { continue }
            mentions[k].type = .LOC
        }
        // Islands, ranges, seas and landscapes of the hand-written table are places whatever the
        // tagger typed ("an die Adria" as a body).
        // The table decides the type, so the tagger's doubt about it is not shown.
        for k in mentions.indices where mentions[k].type != .LOC && landscapes.contains(mentions[k].text) {
            mentions[k].type = .LOC
            mentions[k].confidence = max(mentions[k].confidence, patternConfidence)
        }
    }

    /// Is the word before `start` (across one space) an article?
    private static func followsArticle(_ start: Int, _ text: ArticleText) -> Bool {
        var k = start - 1
        guard k > 0, text[k] == " " else { return false }
        while k > 0, text[k - 1] != " " { k -= 1 }
        return ["der", "die", "den", "dem", "des"].contains(text[Span(k, start - 1)].lowercased())
    }
}

extension GermanNamePatterns {
    /// "Demokratische Republik Kongo", "Republik Sacha": a state's name the tagger typed as a body.
    /// Capitalised adjectives, "Republik", and at most one more capitalised word are a place.
    static func typeRepublicsAsPlaces(_ mentions: inout [EntityMention]) {
        for k in mentions.indices where mentions[k].type == .ORG && mentions[k].text.utf8.contains(0x20) {
            let parts = mentions[k].text.split(separator: " ")
            guard parts.count <= 5, let r = parts.firstIndex(of: "Republik"), parts.count - r <= 2,
                  parts[..<r].allSatisfy({ isNameAdjective(String($0)) }),
                  parts[(r + 1)...].allSatisfy({ isCapitalised(String($0)) && !$0.hasSuffix("s") }) else { continue }
            mentions[k].type = .LOC
        }
    }
}
