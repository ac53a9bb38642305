import MarginaliaText

/// Common-noun evidence for compounds (issue 16). The listed-noun filter in GermanNamePatterns
/// drops an unconfident one-word mention the word list holds as a common noun ("Kanzler"); most
/// false names in news are compounds the list cannot hold ("Wahlkommission", "Amtskollegen",
/// "Regierungsfraktion") or a name plus a noun ("UNO-Studie", "FDP-Bundestagsfraktion",
/// "CSU-Vorsitzende": GermEval's *part, no entity). Dropped here, when the tagger was unsure:
/// - a one-word compound whose head and modifier are both common nouns (GermanWords.head);
/// - a hyphenated word typed as a person whose last part is a common noun (as a place or
///   an organisation such a word is often a name: "Gaza-Streifen", "Bundes-Verfassungsgericht").
/// Kept: words written with an inner capital ("StadtGalerie"), places and their genitives, first
/// names, and any word the article names confidently elsewhere (itself, its genitive's base, or
/// the last word of a person's full name: "Kachelmann" keeps "Kachelmanns").
enum CompoundNounEvidence {
    /// Heads of compounds that name a street, a square or a site ("Beringstraße", "Nordplatz",
    /// "Saalbahnhof"): a place's name, however common its parts (GermEval tags them LOC).
    static let siteHeads = ["straße", "strasse", "platz", "allee", "gasse", "damm", "ufer", "bahnhof", "brücke", "weg", "ring", "markt"]

    static func filter(_ mentions: [EntityMention], lexicon: Lexicon, words: GermanWords = .shipped,
                       below threshold: Double = GermanNamePatterns.commonNounConfidence) -> [EntityMention] {
        // Few mentions are unconfident compounds: none, nothing to build.
        let candidates = mentions.indices.filter { mentions[$0].confidence < threshold && isCompoundNoun(mentions[$0], lexicon: lexicon, words: words) }
        guard !candidates.isEmpty else { return mentions }
        var confident = Set<String>()
        for m in mentions where m.confidence >= threshold {
            confident.insert(m.text)
            if m.type == .PER, let last = m.text.split(separator: " ").last { confident.insert(String(last)) }
        }
        let dropped = Set(candidates.filter { i in
            let m = mentions[i]
            let base = m.text.hasSuffix("s") ? String(m.text.dropLast()) : m.text
            return !confident.contains(m.text) && !confident.contains(base)
        })
        guard !dropped.isEmpty else { return mentions }
        return mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] }
    }

    static func isCompoundNoun(_ m: EntityMention, lexicon: Lexicon, words: GermanWords) -> Bool {
        let scalars = Array(m.text.unicodeScalars)
        guard scalars.count > GermanWords.minimumHead, !scalars.contains(" "),
              // All capitals ("NATO") or an inner capital ("StadtGalerie", "EinsFestival") mark a name.
              !scalars.dropFirst().contains(where: { ScalarClass.isUppercase($0) }) || scalars.contains("-") else { return false }
        guard !lexicon.isPlace(m.text), !GermanNamePatterns.isPlaceGenitive(m.text, lexicon),
              !lexicon.firstNames.contains(m.text) else { return false }
        if scalars.contains("-") {
            guard m.type == .PER, let last = m.text.split(separator: "-").last, last.count > 1 else { return false }
            // The last part a common noun, listed or a compound ending in one ("Bundesfraktion").
            return words.isCommonNoun(String(last))
        }
        // The listed word itself is the other filter's; here only what the head makes a noun.
        guard !words.isListedNoun(m.text), case .noun = words.wordClass(m.text) else { return false }
        let lower = m.text.lowercased()
        if siteHeads.contains(where: { lower.hasSuffix($0) }) { return false }
        return true
    }
}
