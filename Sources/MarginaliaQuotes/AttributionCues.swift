/// Where the speech cues of a sentence are, over paragraph units.
enum AttributionCues {
    /// A cue right after the quote: „…“, sagte X / „…“, so X / “…,” he said / “…” said X.
    /// Returns the unit index of the cue word.
    static func cueAfter(_ units: [Unit], after u: Int, language: CueLanguage) -> Int? {
        var k = u + 1
        var sawComma = false
        if k < units.count, units[k].text == "," { sawComma = true; k += 1 }
        var wordsSeen = 0
        while k < units.count, wordsSeen < 5 {
            let unit = units[k]
            if unit.quoteIndex != nil { return nil }
            if !unit.isWord {
                // „…“ – so beschrieb X die Lage: a dash may stand for the comma.
                if ["(", ")", "-", "–", "—"].contains(unit.text) { k += 1; continue }
                return nil
            }
            if isCue(unit.lower, language: language) { return k }
            if wordsSeen == 0, sawComma, unit.lower == "so", language != .english { return k }
            // „….“ so das Fazit des Vereins: "so" and a noun phrase attribute without a comma too.
            if wordsSeen == 0, unit.lower == "so", language != .english, k + 1 < units.count, units[k + 1].isWord,
               units[k + 1].isCapitalised || SpeechCueLexicon.germanDeterminers.contains(units[k + 1].lower) { return k }
            // German: „…“, Trainer Löw bezeichnete … — a noun phrase right after the comma opens a
            // new main clause (verb second) with its own subject; an attribution puts the verb first.
            if wordsSeen == 0, sawComma, language == .german, unit.isCapitalised,
               !SpeechCueLexicon.functionWords.contains(unit.lower), !SpeechCueLexicon.pronouns.contains(unit.lower) { return nil }
            // German: „…“, strich Romney heraus — right after the comma, any finite verb is the
            // speech verb, the quote being its object.
            if wordsSeen == 0, sawComma, language == .german, !unit.isCapitalised, isLikelyVerb(unit.lower) { return k }
            wordsSeen += 1
            k += 1
        }
        return nil
    }

    /// A lower-case word that is not a function word, determiner, pronoun or adverb we know.
    static func isLikelyVerb(_ lower: String) -> Bool {
        !SpeechCueLexicon.functionWords.contains(lower) && !SpeechCueLexicon.germanDeterminers.contains(lower)
            && !SpeechCueLexicon.pronouns.contains(lower) && !SpeakerFinder.skippable.contains(lower)
            && !["es", "man", "wir", "ich", "sich"].contains(lower)
    }

    static func cueFollows(_ units: [Unit], after u: Int, language: CueLanguage) -> Bool {
        cueAfter(units, after: u, language: language) != nil
    }

    /// Any speech verb or source marker in `range` outside unit `u`.
    static func hasCue(_ units: [Unit], in range: Range<Int>, excluding u: Int, language: CueLanguage) -> Bool {
        for k in range where k != u && units[k].isWord {
            if isCue(units[k].lower, language: language) || isSourceMarker(units, at: k, language: language) { return true }
        }
        return false
    }

    static func isCue(_ lower: String, language: CueLanguage) -> Bool {
        SpeechCueLexicon.isCueVerb(lower, language: language)
    }

    /// "Es war von einem „…“ die Rede", "ist vom „…“ die Rede": "von X die Rede sein" says that
    /// someone spoke of X. The noun "Rede" after "die", with "von"/"vom" and a form of "sein"
    /// earlier in the sentence.
    static func isTalkOfFrame(_ units: [Unit], at k: Int, sentence: Range<Int>) -> Bool {
        guard units[k].lower == "rede", k > sentence.lowerBound, units[k - 1].lower == "die" else { return false }
        let before = sentence.lowerBound..<(k - 1)
        return before.contains { ["von", "vom"].contains(units[$0].lower) }
            && before.contains { ["ist", "war", "sei", "wäre", "sind", "waren", "seien", "wären", "gewesen"].contains(units[$0].lower) }
    }

    /// laut / gemäß / zufolge / nach Angaben / according to / wie X sagte.
    static func isSourceMarker(_ units: [Unit], at k: Int, language: CueLanguage) -> Bool {
        let w = units[k].lower
        if language != .english {
            if SpeechCueLexicon.germanSourcePrepositions.contains(w) { return true }
            if SpeechCueLexicon.sourceNouns.contains(w), k > 0, units[k - 1].lower == "nach" { return true }
            if w == "nach", k > 0, SpeechCueLexicon.sourceNouns.contains(units[k - 1].lower) { return true }
            // ", so Gall, „…“": a source between commas.
            if w == "so", k > 0, units[k - 1].text == ",", k + 1 < units.count, units[k + 1].isWord,
               units[k + 1].isCapitalised || SpeechCueLexicon.germanDeterminers.contains(units[k + 1].lower) { return true }
        }
        if language != .german, w == "according", k + 1 < units.count, units[k + 1].lower == "to" { return true }
        return false
    }
}
