/// German clause shapes where the speaker is not the sentence's first noun phrase: a main clause
/// joined by a comma, a parenthetical "…, sagte X, …", a quote standing in the prefield, and a
/// "Für X ist …" judgement.
extension SpeakerFinder {
    /// The subject of a speech verb whose clause starts at a comma inside the sentence:
    /// "X nannte es „A“, Trainer Y bezeichnete es als „B“" (a comma-joined main clause whose
    /// subject runs from the comma to the verb), and "Sie sei „A“, sagte die Ministerin, ihre
    /// „B“" (a parenthetical verb-first clause, its subject after the verb and closed by a comma).
    /// Only a person or organisation: anything else says too little against the sentence's subject.
    func commaClauseSubject(verb v: Int, from start: Int) -> Range<Int>? {
        guard language == .german, v > start + 1 else { return nil }
        if let comma = (start..<v).last(where: { units[$0].text == "," }), comma + 1 < v,
           let np = forwardNP(from: comma + 1, limit: v), np == (comma + 1)..<v, isPerson(np),
           !SpeakerFinder.verbFinalOpeners.contains(units[comma + 1].lower) {
            return np
        }
        if units[v - 1].text == ",", let np = forwardNP(from: v + 1, limit: units.count),
           np.upperBound < units.count, units[np.upperBound].text == ",",
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower), isPerson(np) {
            return np
        }
        // "Sie wisse, dass …, hatte X damals gesagt und …, doch „…“": after a fronted clause the
        // main clause opens with its finite verb, the subject right after it, adverbs, then the cue.
        if let comma = (start..<v).last(where: { units[$0].text == "," }), comma + 2 < v,
           isFiniteVerbCandidate(comma + 1), !SpeakerFinder.verbFinalOpeners.contains(units[comma + 1].lower),
           let np = forwardNP(from: comma + 2, limit: v), np.upperBound <= v,
           (np.upperBound..<v).allSatisfy({ units[$0].isWord && !units[$0].isCapitalised }),
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower), isPerson(np) {
            return np
        }
        return nil
    }

    /// „…“ wird der Trainer in der Zeitung zitiert: a quote opening its clause is the first
    /// constituent; the finite verb follows, then the subject, and a speech verb closes the clause.
    func prefieldQuoteSubject(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        guard language == .german, u0 == sentence.lowerBound || units[u0 - 1].text == ":",
              u1 + 2 < sentence.upperBound, isFiniteVerbCandidate(u1 + 1),
              !AttributionCues.isCue(units[u1 + 1].lower, language: language),
              let np = forwardNP(from: u1 + 2, limit: sentence.upperBound),
              !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower),
              // The speech verb closes the same clause (a name in marks may stand before it).
              let cue = (np.upperBound..<min(sentence.upperBound, np.upperBound + 12)).first(where: {
                  units[$0].kind == .punct || units[$0].quoteIndex.map { !nameQuotes.contains($0) } == true
                      || AttributionCues.isCue(units[$0].lower, language: language) }),
              units[cue].isWord else { return nil }
        return np
    }

    /// "Für den Theologen X sei der Rücktritt „…“": für with a person, then a form of "sein",
    /// opening the sentence, names whose judgement the sentence reports.
    func judgementHolder(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        let k = sentence.lowerBound
        guard language == .german, k < u0, units[k].lower == "für",
              let np = forwardNP(from: k + 1, limit: u0), np.upperBound < u0,
              SpeakerFinder.formsOfSein.contains(units[np.upperBound].lower) || SpeakerFinder.judgementVerbs.contains(units[np.upperBound].lower),
              isPerson(np) else { return nil }
        return np
    }

    /// "…, hunderttausende Demonstranten, die unter anderem skandierten: „…“": a relative clause
    /// closed by the speech verb, with no subject of its own, has the relative pronoun as its
    /// subject — the mention of the speaker (the resolver names it by the noun before the comma).
    func relativePronounSubject(verb v: Int, from start: Int) -> Range<Int>? {
        guard language == .german, let comma = (start..<v).last(where: { units[$0].text == "," }),
              comma > start, comma + 1 < v, units[comma - 1].isWord, units[comma - 1].isCapitalised,
              SpeakerFinder.nominativeRelatives.contains(units[comma + 1].lower),
              // Verb-final: at most an auxiliary between the verb and the clause's end.
              let end = ((v + 1)..<min(units.count, v + 3)).first(where: { !units[$0].isWord }),
              ((v + 1)..<end).allSatisfy({ !units[$0].isCapitalised }) else { return nil }
        return (comma + 1)..<(comma + 2)
    }

    static let nominativeRelatives: Set<String> = ["der", "die", "welcher", "welche"]

    /// "Kritik kam von der Ministerin, die den Plan als „…“ bezeichnete": the quote stands in a
    /// relative clause that its speech verb closes; the relative pronoun is the subject, and the
    /// noun it refers to (right before the comma) names the speaker.
    func relativeClauseSpeaker(quote u: Int, verb v: Int, sentence: Range<Int>) -> Range<Int>? {
        guard language == .german, let comma = (sentence.lowerBound..<u).last(where: { !units[$0].isWord && units[$0].quoteIndex == nil }),
              units[comma].text == ",", comma + 1 < u,
              // Verb-final: at most an auxiliary between the verb and the clause's end.
              v + 1 >= sentence.upperBound || !units[v + 1].isWord
                || v + 2 < units.count && !units[v + 1].isCapitalised && !units[v + 2].isWord else { return nil }
        guard SpeakerFinder.nominativeRelatives.contains(units[comma + 1].lower) else {
            // "…, in der er von einem „…“ sprach", "…, als die Ministerin „…“ sagte": a verb-final
            // clause with its own subject, right after the opener.
            var k = comma + 1
            if SpeakerFinder.placePrepositions.contains(units[k].lower), k + 1 < u, SpeakerFinder.relativePronouns.contains(units[k + 1].lower) {
                k += 2
            } else if ["als", "nachdem", "während", "wobei", "weil", "da", "wenn", "indem"].contains(units[k].lower) {
                k += 1
            } else {
                return nil
            }
            guard k < u, let np = forwardNP(from: k, limit: u), !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower),
                  isPersonLike(np) else { return nil }
            return np
        }
        // The relative pronoun is the mention in the speech frame; the resolver names it by the
        // noun phrase before the comma ("Der Richter des Landes, der „…“ nannte").
        return (comma + 1)..<(comma + 2)
    }

    /// Is the verb at `k` the last word of a relative clause closed before the quote ("…
    /// Karten in einem Spiel, in dem es nur 26 Fouls gab, als „…“")? Its subject is not the
    /// quote's speaker; the main clause's speech verb comes before it.
    func closesRelativeClause(_ k: Int, before u0: Int) -> Bool {
        guard language == .german, k + 1 < u0, units[k + 1].text == ",",
              let comma = stride(from: k - 1, through: max(0, k - 12), by: -1).first(where: { !units[$0].isWord }),
              units[comma].text == ",", comma + 2 < k else { return false }
        var r = comma + 1
        if SpeakerFinder.placePrepositions.contains(units[r].lower) || ["von", "durch", "wegen"].contains(units[r].lower) { r += 1 }
        return SpeakerFinder.relativePronouns.contains(units[r].lower)
    }

    static let relativePronouns: Set<String> = [
        "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches", "welchem", "welchen",
    ]

    /// "Seine Zuversicht", "ihre Hoffnung": a noun phrase owned by someone named before. Not an
    /// utterance noun ("Seine Meinung", "Ihre Antwort"), which stands for its holder speaking.
    func isPossessivePhrase(_ np: Range<Int>) -> Bool {
        let first = units[np.lowerBound]
        guard first.isWord, np.count > 1, SpeakerFinder.possessives.contains(first.lower) else { return false }
        return !units[np].contains { SpeakerFinder.verdictNouns.contains($0.lower) }
    }

    static let possessives: Set<String> = [
        "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren",
        "his", "her", "their",
    ]

    /// "Auf den Vorwurf der Opposition, es handele sich um einen „…“, …": a noun of saying with
    /// its holder in the genitive (or after von), then a comma and the claim itself — the quote
    /// in the claim is the holder's, unless a speech verb of its own comes between.
    func claimHolder(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        guard language == .german else { return nil }
        let from = max(sentence.lowerBound, u0 - ParagraphUnits.window)
        guard let n = (from..<u0).last(where: { SpeakerFinder.claimNouns.contains(units[$0].lower) && units[$0].isCapitalised }),
              n + 2 < u0, ["der", "des", "von", "vom"].contains(units[n + 1].lower),
              let np = forwardNP(from: ["von", "vom"].contains(units[n + 1].lower) ? n + 2 : n + 1, limit: u0),
              np.upperBound < u0, units[np.upperBound].text == ",",
              !((np.upperBound + 1)..<u0).contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) })
        else { return nil }
        return np
    }

    static let claimNouns: Set<String> = [
        "vorwurf", "vorwürfe", "behauptung", "aussage", "forderung", "warnung", "einschätzung", "ansicht",
        "auffassung", "meinung", "kritik", "vorschlag", "argument", "feststellung", "drohung", "ankündigung",
        "befürchtung", "versprechen", "zusage", "mutmaßung", "vermutung", "darstellung",
    ]

    /// "Für die Ermittler steht fest:", "Für ihn bleibt klar:", "Für sie gilt:".
    static let judgementVerbs: Set<String> = ["steht", "stand", "stehe", "bleibt", "blieb", "gilt", "galt", "gelte"]

    static let formsOfSein: Set<String> = ["ist", "sei", "war", "wäre", "sind", "seien", "waren", "wären"]
}

extension SpeakerFinder {
    /// A noun phrase right before a verb after the quote ("„…“ vor den Randalierern sieht") is
    /// that verb's subject only in the nominative: in German an object or a prepositional phrase
    /// closes a verb-final clause just as well ("…, der diese Maßnahme als „…“ vor den X sieht").
    /// English ("“…” Smith said") has no case to tell, so anything passes there.
    func mayBeSubjectBeforeVerb(_ np: Range<Int>) -> Bool {
        guard isGerman else { return true }
        if SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) { return false }
        return !(np.lowerBound > 0 && units[np.lowerBound - 1].isWord && SpeakerFinder.placePrepositions.contains(units[np.lowerBound - 1].lower))
    }
}

extension SpeakerFinder {
    /// "Während X erklärte, froh zu sein, „…“, räumte Y ein": a sentence opening with a
    /// subordinate clause whose speech verb comes before the quote; the quote still belongs to
    /// that clause (it is its verb's object), so its subject speaks, not the main clause's.
    func frontedClauseSpeaker(firstQuote u0: Int, sentence: Range<Int>) -> Range<Int>? {
        let s = sentence.lowerBound
        guard isGerman, u0 > s + 3, units[u0 - 1].text == ",", SpeakerFinder.frontingSubordinators.contains(units[s].lower),
              let v = ((s + 2)..<u0).first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }),
              v + 1 < u0, units[v + 1].text == ",", ((s + 1)..<v).allSatisfy({ units[$0].isWord || units[$0].text == "(" || units[$0].text == ")" }),
              let np = forwardNP(from: s + 1, limit: v), isPerson(np),
              !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) else { return nil }
        return np
    }

    static let frontingSubordinators: Set<String> = ["während", "als", "nachdem", "obwohl", "obgleich", "wohingegen"]
}

extension SpeakerFinder {
    /// A source marker (laut, zufolge, nach Angaben/Bewertung) after a comma that follows the
    /// sentence-initial source `first`, with no speech verb between it and the quote.
    func laterClauseSource(after first: Range<Int>, before u0: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, let comma = (first.upperBound..<u0).first(where: { units[$0].text == "," }),
              let m = ((comma + 1)..<u0).last(where: { units[$0].isWord && AttributionCues.isSourceMarker(units, at: $0, language: language) }),
              !isPossessiveMarker(m),
              !((m + 1)..<u0).contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }),
              let np = sourceNP(at: m, sentence: sentence.lowerBound..<u0), np.lowerBound > comma, canSpeak(np) else { return nil }
        return np
    }
}

extension SpeakerFinder {
    /// "Von „…“ oder „…“ sprechen Kritiker": quotes inside a prepositional phrase that opens the
    /// sentence are its first constituent; the speech verb follows them, then its subject.
    func prepositionalPrefieldSpeaker(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        let s = sentence.lowerBound
        guard language == .german, u0 > s, u0 <= s + 2, ["von", "vom", "vor", "über"].contains(units[s].lower),
              (s..<u0).allSatisfy({ units[$0].isWord && !units[$0].isCapitalised || $0 == s }) else { return nil }
        // Past further quotes coordinated with this one: „A“ oder „B“.
        var k = u1 + 1
        while k + 1 < sentence.upperBound, ["oder", "und", ","].contains(units[k].lower), units[k + 1].quoteIndex != nil { k += 2 }
        guard k + 1 < sentence.upperBound, units[k].isWord, AttributionCues.isCue(units[k].lower, language: language),
              let np = forwardNP(from: k + 1, limit: sentence.upperBound),
              !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) else { return nil }
        return np
    }
}

extension SpeakerFinder {
    /// "Was für die Ministerin eine „…“ ist, …", "Der Plan ist für den Verband „…“": "für" and a
    /// person inside the quote's own clause, with a form of "sein" and no verb of saying there,
    /// names whose judgement the clause reports (the clause-internal form of `judgementHolder`).
    func clauseJudgementHolder(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        guard language == .german else { return nil }
        let breaks = [",", ":", ";", "."]
        let start = (sentence.lowerBound..<u0).last(where: { breaks.contains(units[$0].text) }).map { $0 + 1 } ?? sentence.lowerBound
        let end = ((u1 + 1)..<max(u1 + 1, sentence.upperBound)).first(where: { breaks.contains(units[$0].text) }) ?? sentence.upperBound
        let clause = start..<end
        guard let f = (start..<u0).first(where: { units[$0].lower == "für" }),
              let np = forwardNP(from: f + 1, limit: u0), np.upperBound <= u0, isPerson(np),
              clause.contains(where: { ($0 < u0 || $0 > u1) && SpeakerFinder.formsOfSein.contains(units[$0].lower) }),
              !clause.contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) else { return nil }
        return np
    }
}
