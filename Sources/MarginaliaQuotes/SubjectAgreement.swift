import MarginaliaText
import MarginaliaEntities

/// Subject-verb agreement for verb-second clauses: "Die tibetischen Mönche, die demonstriert
/// hatten, beschrieb die Agentur als „…“" — a plural first constituent cannot be the subject of a
/// singular finite verb, so it is the object, and the noun phrase after the verb is the subject.
/// Number comes from the noun list (derived from german-nouns) and the verb's ending.
extension SpeakerFinder {
    /// The finite verb of a main clause whose first constituent is `prefield`: the first verb
    /// candidate after it, or, when a relative clause closes the constituent ("Die Mönche, die
    /// … hatten, beschrieb"), the verb right after that clause's comma.
    func finiteVerb(after prefield: Range<Int>, before v: Int) -> Int {
        let end = prefield.upperBound
        if end + 1 < v, units[end].text == ",", SpeakerFinder.relativePronouns.contains(units[end + 1].lower), units[v - 1].text == "," {
            return v
        }
        var f = end
        // A year or number after the prefield ("Im Mai 2019 hatte …") is no verb.
        while f < v, !isFiniteVerbCandidate(f) || isNumber(f) { f += 1 }
        return f
    }

    /// "Die Mönche …" + singular verb + a singular noun phrase after it: that phrase.
    func agreeingSubject(prefield: Range<Int>, verb f: Int, after j: Int, limit: Int) -> Range<Int>? {
        guard f < units.count, isPlural(prefield), isSingularVerb(f), j < limit,
              let np = forwardNP(from: j, limit: limit), np.lowerBound == j,
              !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower), !isPlural(np), headCanSpeak(np) else { return nil }
        return np
    }

    /// A noun phrase whose head noun is plural by the word list, after "die"/"diese" or no article.
    /// A form the list holds as both singular and plural ("Piloten", "Mönche": a singular's
    /// oblique case) is plural after "die", which takes no masculine or neuter singular.
    func isPlural(_ np: Range<Int>) -> Bool {
        guard let head = np.first(where: { units[$0].isWord && units[$0].isCapitalised && !SpeechCueLexicon.germanDeterminers.contains(units[$0].lower) }),
              head == np.lowerBound || ["die", "diese", "alle", "viele", "einige", "mehrere", "beide", "beiden"].contains(units[np.lowerBound].lower)
        else { return false }
        switch GermanWords.shipped.wordClass(units[head].text) {
        case .noun(.plural)?: return true
        case .noun(.mixed)?: return head > np.lowerBound && ["die", "diese"].contains(units[np.lowerBound].lower)
        default: return false
        }
    }

    /// A finite verb in the singular: third person forms do not end in -n ("beschrieb", "sagte",
    /// "nennt", "ist"); "sind" is the one plural that does not.
    func isSingularVerb(_ k: Int) -> Bool {
        let w = units[k].lower
        return units[k].isWord && !units[k].isCapitalised && !w.hasSuffix("n") && w != "sind"
    }
}

extension SpeakerFinder {
    /// "waren dem Bericht zufolge nicht näher bezeichnete „…“", "die oft zitierten „…“": a speech
    /// verb's participle inflected as an adjective right before the quote, after an adverb or an
    /// article, describes the quote; it is no finite verb with a subject that speaks.
    func isAttributiveCue(_ k: Int, quote u0: Int) -> Bool {
        guard isGerman, k > 0, k + 1 == u0, units[k - 1].isWord, !units[k - 1].isCapitalised,
              ["e", "en", "er", "es", "em"].contains(where: units[k].lower.hasSuffix) else { return false }
        let before = units[k - 1].lower
        return SpeechCueLexicon.germanDeterminers.contains(before) || SpeakerFinder.gradingAdverbs.contains(before)
            || ["näher", "so", "oft", "vielfach", "häufig", "gern", "gerne", "mehrfach", "viel"].contains(before)
    }
}
