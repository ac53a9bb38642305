import MarginaliaText

/// Organisation names German news takes over from other languages, which the tagger (trained on
/// German sentences) cuts or types as works (issue 16):
/// - English names closed by an English head: "Discovery Channel", "Black Lion Hospital",
///   "National Rifle Association";
/// - sports teams named "Team" and a sponsor: "Team Sky", "Team CSC".
/// Word shapes only, no particular body's name.
extension GermanNamePatterns {
    /// English words that close an organisation's name. German words that are also English
    /// ("Bank", "Union", "Post") are left to the tagger.
    static let englishOrganisationHeads: Set<String> = [
        "Hospital", "Channel", "Exchange", "Front", "Movement", "Alliance", "Party", "Council", "Committee", "Corporation",
        "Company", "Airlines", "Airways", "Foundation", "Association", "Institute", "University", "College", "Agency",
        "Network", "Times", "News", "Journal", "Herald", "Tribune", "Records", "Studios", "Pictures", "Entertainment",
        "Motors", "Department", "Ministry", "Office", "Commission", "Federation", "Organization", "Service",
    ]

    /// English words that close a firm's name but also end other phrases ("Hot Air", "Stainless
    /// Steel"): they only retype a name already found (`GermanOrganisationEvidence`), never open a
    /// new span as `englishOrganisationHeads` do.
    static let englishFirmHeads: Set<String> = ["Air", "Holdings", "Group", "Steel", "Associates", "Partners", "Industries", "Technologies"]

    /// English words that close a place's name: streets, markets, islands, beaches, parks,
    /// airports, stations, arenas, falls ("Baker Street", "Kangaroo Island", "Bondi Beach"). German news often keeps such
    /// names in English, and the tagger cuts them to the first word or the head alone.
    static let englishPlaceHeads: Set<String> = [
        "Market", "Street", "Road", "Avenue", "Lane", "Square", "Boulevard", "Island", "Islands", "Beach", "Bay",
        "Harbour", "Harbor", "Park", "Gardens", "Airport", "Stadium", "Bridge", "County", "Valley", "Creek", "Springs",
        "Hill", "Heights", "Station", "Arena", "Tower", "Village", "Falls", "Canyon", "Mountains", "Reef",
    ]

    /// "Discovery Channel", "New Yorker Mercantile Exchange", "Ethiopian People's Revolutionary
    /// Democratic Front": one to five capitalised words that are no German nouns (at a sentence's
    /// start no frequent German word either, nor anywhere a capitalised preposition such as "In"),
    /// then an English head. An article or a noun before the head ends the name ("an der Front",
    /// "im Hospital"), a compound noun too ("der US-Fluggesellschaft Northwest Airlines").
    static func englishHeadedName(_ s: [Token], headAt i: Int, words: GermanWords,
                                  heads: Set<String> = englishOrganisationHeads) -> Span? {
        guard i > 0, isCapitalised(s[i].text), heads.contains(s[i].text) else { return nil }
        var start = i
        while start > 0, i - start < 6 {
            let w = s[start - 1].text
            guard isCapitalised(w), w.unicodeScalars.count >= 2, w.unicodeScalars.contains(where: ScalarClass.isLowercase),
                  !isGermanNoun(w, words), !articleWords.contains(w), !determinerAdjectives.contains(w),
                  !GermanPlaceFrames.openingFrameWords.contains(w), start - 1 > 0 || words.listedClass(w) == nil else { break }
            start -= 1
        }
        // The name starts with a word, never with a possessive.
        while start < i, !isCapitalised(s[start].text) { start += 1 }
        guard start < i else { return nil }
        return Span(s[start].span.start, s[i].span.end)
    }

    /// "Baker Street", "Kangaroo Island", "der Flughafen Ohare Airport": an English place head
    /// closing capitalised words that are no German nouns, found as `englishHeadedName` finds an
    /// organisation ("im Park" stays). A name that goes on after the head is no place's name
    /// ("Baker Street Irregulars", "Google Street View"); a German place adjective before it is
    /// no part of it ("die Londoner Baker Street", "die New Yorker Ashgrove Station").
    static func englishPlaceName(_ s: [Token], headAt i: Int, words: GermanWords, lexicon: Lexicon) -> Span? {
        guard englishPlaceHeads.contains(s[i].text) else { return nil }
        if i + 1 < s.count, isCapitalised(s[i + 1].text), !isGermanNoun(s[i + 1].text, words) { return nil }
        guard let span = englishHeadedName(s, headAt: i, words: words, heads: englishPlaceHeads) else { return nil }
        // The adjective opens the run: one word, or two ("New Yorker"); inside, an English word in
        // -er is no adjective ("Silver River Bay").
        var first = i
        while first > 0, s[first - 1].span.start >= span.start { first -= 1 }
        var name = first
        if lexicon.isPlaceAdjective(s[first].text) { name = first + 1 }
        else if first + 1 < i, lexicon.isPlaceAdjective(s[first].text + " " + s[first + 1].text) { name = first + 2 }
        return name < i ? Span(s[name].span.start, span.end) : nil
    }

    /// A common noun, also as a hyphenated compound or in the genitive ("Kabel-Nachrichtensender",
    /// "des Schiffseigners").
    static func isGermanNoun(_ w: String, _ words: GermanWords) -> Bool {
        if words.isCommonNoun(w) { return true }
        if let last = w.split(separator: "-").last, last.count < w.count, words.isCommonNoun(String(last)) { return true }
        return w.hasSuffix("s") && words.isCommonNoun(String(w.dropLast()))
    }

    /// "Team CSC", "Team Sky": "Team" before an acronym or an organisation the tagger found.
    static func teamName(_ s: [Token], at i: Int, organisations: [Int: Int]) -> Span? {
        guard i + 1 < s.count, s[i].text == "Team" else { return nil }
        let next = s[i + 1]
        let isAcronym = next.text.unicodeScalars.count >= 2 && next.text.unicodeScalars.allSatisfy(ScalarClass.isUppercase)
        guard isAcronym || organisations[next.span.start] != nil else { return nil }
        var end = i + 1
        if let o = organisations[next.span.start] { while end + 1 < s.count, s[end + 1].span.end <= o { end += 1 } }
        return Span(s[i].span.start, s[end].span.end)
    }
}
