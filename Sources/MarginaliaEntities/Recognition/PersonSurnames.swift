import MarginaliaText

/// The surname of a person the article names in full is that person where it stands alone (issue
/// 16): after "Petra Beispiel" the interview's "Beispiel:" is the woman, not the French town of
/// that name, however often the tagger typed it a place. The document's votes (`DocumentTypes`)
/// weigh one full name against every place reading of the surname and lose to a repeated one; a
/// full name opened by a first name decides instead. Kept a place: the word after "in", "nach",
/// "aus", "bei" or a place-type noun ("in Beispiel", "die Ferieninsel Beispiel"), and a listed
/// place after "von" or "de" in the name ("Rainer von Monaco", "Palma de Mallorca"). Organisations stay:
/// a firm is often named after its founder ("die Firma Beispiel").
enum PersonSurnames {
    static let placeParticles: Set<String> = ["von", "de", "of", "da", "di", "del"]
    static let placePrepositions: Set<String> = ["in", "nach", "aus", "bei", "nahe", "im", "ins", "Richtung"]

    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords = .shipped) -> [EntityMention] {
        guard mentions.contains(where: { $0.type == .LOC }) else { return mentions }
        var surnames = Set<String>()
        for m in mentions where m.type == .PER && m.text.unicodeScalars.contains(" ") {
            let parts = m.text.split(separator: " ").map(String.init)
            guard parts.count >= 2, let last = parts.last, last.unicodeScalars.count > 2,
                  last.unicodeScalars.first.map(ScalarClass.isUppercase) == true,
                  let given = parts.first?.split(separator: "-").first, lexicon.firstNames.contains(String(given)) else { continue }
            if placeParticles.contains(parts[parts.count - 2]), lexicon.isPlace(last) || GermanPlaceFrames.tableNames.contains(last) { continue }
            surnames.insert(last)
        }
        guard !surnames.isEmpty else { return mentions }
        var result = mentions
        for k in result.indices where result[k].type == .LOC {
            let name = result[k].text
            guard surnames.contains(name) || name.hasSuffix("s") && surnames.contains(String(name.dropLast())) else { continue }
            if let before = NameContinuation.wordBefore(result[k].span.start, text).map({ text[$0] }),
               placePrepositions.contains(before) || GermanPlaceFrames.isFrameNoun(before, words: words, lexicon: lexicon) { continue }
            result[k].type = .PER
        }
        return result
    }
}
