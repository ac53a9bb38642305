/// Finds the noun phrase that a quotation is attributed to, from the speech cues of its sentence.
///
/// Order of the rules (the first that finds a noun phrase wins):
/// 1. a cue in the gap of an interrupted quote („Wir…“, sagte er, „werden…“);
/// 2. a cue right after the quote („…“, sagte X / „…“, so X / “…,” X said / said X);
/// 3. a speech verb earlier in the sentence (X sagte: „…“ / Am Dienstag sagte X: „…“);
/// 4. a source marker anywhere in the sentence (laut X, X zufolge, nach Angaben von X, according to X);
/// 5. a colon after a bare noun phrase (Zitat von Schröder: „…“).
/// No rule: the caller continues the previous speaker of the paragraph.
struct SpeakerFinder {
    let units: [Unit]
    let language: CueLanguage
    /// Candidates the judge rejected (names in marks) may be a speaker: berichtet die „Zeit“.
    let nameQuotes: Set<Int>

    private var isGerman: Bool { language != .english }

    func find(firstQuote u0: Int, lastQuote u1: Int, gaps: [Range<Int>], sentence: Range<Int>) -> Range<Int>? {
        for gap in gaps {
            if let v = gap.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) {
                if let np = subjectAround(verb: v, from: gap.lowerBound, to: gap.upperBound) { return np }
            }
        }
        if let v = AttributionCues.cueAfter(units, after: u1, language: language), quoteContinuesSentence(u1) {
            let end = sentence.upperBound
            if units[v].lower == "so" {
                if let np = forwardNP(from: v + 1, limit: end) { return np }
            } else if v > u1 + 1, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: u1 + 1) {
                return np
            } else if let np = forwardNP(from: v + 1, limit: end) {
                return np
            }
        }
        let start = sentence.lowerBound
        if let np = sentenceInitialSource(sentence, before: u0) { return np }
        if let v = (start..<u0).last(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) {
            if let np = subjectBefore(verb: v, sentenceStart: start, quote: u0) { return np }
        }
        for k in sentence where k < u0 || k > u1 {
            guard units[k].isWord, AttributionCues.isSourceMarker(units, at: k, language: language) else { continue }
            if let np = sourceNP(at: k, sentence: sentence) { return np }
        }
        if u0 > start, units[u0 - 1].text == ":" {
            if isGerman, let np = forwardNP(from: start, limit: u0 - 1) { return np }
            if let np = backwardNP(endingAt: u0 - 2, lowerLimit: start) { return np }
        }
        return nil
    }

    /// The speaker a sentence without quotes reports ("Der Minister sagte, man werde …"), so that
    /// a partial quote in a following sentence of indirect speech can be attributed to it.
    func reportedSpeaker(in sentence: Range<Int>) -> Range<Int>? {
        if let v = sentence.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }),
           let np = subjectBefore(verb: v, sentenceStart: sentence.lowerBound, quote: sentence.upperBound) {
            return np
        }
        for k in sentence where units[k].isWord && AttributionCues.isSourceMarker(units, at: k, language: language) {
            if let np = sourceNP(at: k, sentence: sentence) { return np }
        }
        return nil
    }

    /// A speech verb after the quote, at the end of its clause ("… von einer „X“ gesprochen"):
    /// the subject opens the sentence.
    func subjectOfLaterCue(lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let v = ((u1 + 1)..<sentence.upperBound).first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) else { return nil }
        if isGerman, let np = sentenceSubject(sentence, before: v) { return np }
        return nil
    }

    /// The noun phrase opening the sentence, if the sentence opens with one (no quote, no
    /// function word): in news, the subject of the sentence around a partial quote is usually
    /// whoever is being quoted.
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        let start = sentence.lowerBound
        guard start < limit, units[start].isWord, !SpeechCueLexicon.functionWords.contains(units[start].lower) else { return nil }
        return forwardNP(from: start, limit: limit)
    }

    /// "Laut X …", "Nach Angaben von X …", "According to X, …" opening the sentence before the quote.
    private func sentenceInitialSource(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        let k = sentence.lowerBound
        guard k < u0, units[k].isWord else { return nil }
        if ["laut", "gemäß"].contains(units[k].lower) || units[k].lower == "according"
            || units[k].lower == "nach" && k + 1 < u0 && ["angaben", "ansicht", "auffassung", "meinung", "einschätzung", "worten"].contains(units[k + 1].lower) {
            let from = units[k].lower == "nach" ? k + 2 : units[k].lower == "according" ? k + 2 : k + 1
            var j = from
            if j < u0, ["von", "vom"].contains(units[j].lower) { j += 1 }
            return forwardNP(from: j, limit: u0)
        }
        return nil
    }

    // MARK: - Rules

    /// Inside the gap of an interrupted quote: "he said" / "sagte er" / "said Smith".
    private func subjectAround(verb v: Int, from lo: Int, to hi: Int) -> Range<Int>? {
        if v > lo, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: lo) { return np }
        return forwardNP(from: v + 1, limit: hi)
    }

    /// A speech verb before the quote in its sentence.
    private func subjectBefore(verb v: Int, sentenceStart start: Int, quote u0: Int) -> Range<Int>? {
        // "…, wie sich Tauss ausdrückte, …": the subject follows "wie".
        if let wie = stride(from: v - 1, through: max(start, v - 6), by: -1).first(where: { units[$0].lower == "wie" }),
           (wie..<v).allSatisfy({ units[$0].isWord }), let np = forwardNP(from: wie + 1, limit: v) {
            return np
        }
        if isGerman && language != .both || language == .both && isGermanClause(start) {
            let first = units[start]
            let determinerFirst = first.isWord && (SpeechCueLexicon.germanDeterminers.contains(first.lower) || SpeechCueLexicon.pronouns.contains(first.lower))
            var inverted = v == start || first.quoteIndex != nil || !first.isWord
                || SpeechCueLexicon.functionWords.contains(first.lower)
            if !inverted, !determinerFirst {
                // German verb-second: after an unknown first word, a pronoun or "der/ein …" right
                // after the verb is the subject ("Ende Januar sagte er", "Hier sparte der Präsident").
                var k = v + 1
                while k < u0, units[k].isWord, SpeakerFinder.skippable.contains(units[k].lower) { k += 1 }
                if k < u0, units[k].isWord, SpeechCueLexicon.pronouns.contains(units[k].lower) || ["der", "die", "ein", "eine"].contains(units[k].lower) {
                    inverted = true
                }
            }
            if inverted, let np = forwardNP(from: v + 1, limit: u0) { return np }
            if let np = forwardNP(from: start, limit: v) { return np }
            return forwardNP(from: v + 1, limit: u0)
        }
        if v > start, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: start) { return np }
        return forwardNP(from: v + 1, limit: u0)
    }

    /// A quote whose text ends in a full stop ends its sentence: what follows is not its attribution.
    private func quoteContinuesSentence(_ u: Int) -> Bool {
        let inner = units[u].text.unicodeScalars.dropLast().last(where: { !QuoteMarks.allMarks.contains($0) })
        // „….“ erklärte die Ministerin: a lower-case verb right after still attributes the quote.
        if u + 1 < units.count, units[u + 1].isWord, !units[u + 1].isCapitalised { return true }
        return !(inner == "." || inner == "…")
    }

    private func isGermanClause(_ start: Int) -> Bool {
        var de = 0, en = 0
        for k in start..<min(units.count, start + 12) where units[k].isWord {
            if SpeechCueLexicon.germanDeterminers.contains(units[k].lower) || SpeechCueLexicon.germanCueVerbs.contains(units[k].lower) { de += 1 }
            if SpeechCueLexicon.englishDeterminers.contains(units[k].lower) || SpeechCueLexicon.englishCueVerbs.contains(units[k].lower) { en += 1 }
        }
        return de >= en
    }

    /// laut X / gemäß X / nach Angaben (von|des) X / X zufolge / according to X.
    private func sourceNP(at k: Int, sentence: Range<Int>) -> Range<Int>? {
        let w = units[k].lower
        switch w {
        case "zufolge":
            return backwardNP(endingAt: k - 1, lowerLimit: sentence.lowerBound)
        case _ where SpeechCueLexicon.sourceNouns.contains(w):
            var j = k + 1
            if j < sentence.upperBound, ["von", "vom"].contains(units[j].lower) { j += 1 }
            return forwardNP(from: j, limit: sentence.upperBound)
        case "according":
            return forwardNP(from: k + 2, limit: sentence.upperBound)
        default:
            return forwardNP(from: k + 1, limit: sentence.upperBound)
        }
    }

    // MARK: - Noun phrases

    static let skippable: Set<String> = [
        "sich", "auch", "jedoch", "zudem", "nun", "gar", "weiter", "weiterhin", "ebenfalls", "bereits",
        "dazu", "daraufhin", "außerdem", "dann", "damals", "später", "nochmals", "erneut", "noch", "einst",
        "also", "still", "then", "now", "later", "earlier", "again", "however", "once",
    ]
    static let nameParticles: Set<String> = ["von", "van", "de", "da", "del", "di", "al", "bin", "ibn", "le", "la", "zu", "ten", "ter", "dos"]
    static let englishStops: Set<String> = ["that", "and", "but", "which", "who", "when", "while", "as", "if", "in", "on", "at", "to", "for", "with", "by", "from", "it", "this", "there"]

    private func isHead(_ k: Int) -> Bool {
        let unit = units[k]
        if let q = unit.quoteIndex { return nameQuotes.contains(q) }
        return unit.isWord && unit.isCapitalised && !SpeechCueLexicon.functionWords.contains(unit.lower)
            && !SpeechCueLexicon.isCueVerb(unit.lower, language: language)
    }

    /// A noun phrase starting at (or just after) `k`: a pronoun, a determiner phrase, or a run of
    /// capitalised words, with genitives, a party in brackets and a name in apposition.
    func forwardNP(from k: Int, limit: Int) -> Range<Int>? {
        var i = k
        while i < limit, units[i].isWord, SpeakerFinder.skippable.contains(units[i].lower) { i += 1 }
        guard i < limit else { return nil }
        let first = units[i]
        if first.isWord, SpeechCueLexicon.pronouns.contains(first.lower) { return i..<(i + 1) }
        var j = i
        if first.isWord, SpeechCueLexicon.germanDeterminers.contains(first.lower) || SpeechCueLexicon.englishDeterminers.contains(first.lower) {
            // "sagte dieser," / "so der," : a demonstrative standing alone.
            if i + 1 >= limit || !units[i + 1].isWord { return SpeechCueLexicon.germanDeterminers.contains(first.lower) ? i..<(i + 1) : nil }
            j += 1
            var adjectives = 0
            while j < limit, units[j].isWord, !units[j].isCapitalised, adjectives < 4,
                  !SpeechCueLexicon.isCueVerb(units[j].lower, language: .both), !SpeakerFinder.englishStops.contains(units[j].lower) {
                j += 1; adjectives += 1
            }
            if j < limit, isHead(j) {
                j += 1
            } else if adjectives > 0, !isGerman || language == .both {
                // English lower-case noun phrase: "the minister".
            } else {
                return nil
            }
        } else if isHead(i) {
            j += 1
        } else {
            return nil
        }
        j = extendName(from: j, limit: limit)
        // Genitives: "der Leiter des Influenza-Programms der WHO", "the head of the agency".
        var genitives = 0
        while genitives < 2, j < limit, units[j].isWord, ["des", "der", "von", "vom", "of"].contains(units[j].lower) {
            var g = j + 1
            while g < limit, units[g].isWord, !units[g].isCapitalised, g - j < 4,
                  SpeechCueLexicon.germanDeterminers.contains(units[g].lower) || SpeechCueLexicon.englishDeterminers.contains(units[g].lower) || units[g].lower.hasSuffix("en") || units[g].lower.hasSuffix("n") {
                g += 1
            }
            guard g < limit, isHead(g) else { break }
            j = extendName(from: g + 1, limit: limit)
            genitives += 1
        }
        // Party or country in brackets: "Renate Schmidt (SPD)".
        if j + 2 < limit, units[j].text == "(", units[j + 2].text == ")", units[j + 1].isWord { j += 3 }
        // Name in apposition: "Der Leiter ..., Klaus Stöhr, sagte".
        if j + 1 < limit, units[j].text == ",", isHead(j + 1), units[j + 1].isWord,
           !AttributionCues.isCue(units[j + 1].lower, language: language) {
            let end = extendName(from: j + 2, limit: limit)
            if end >= limit || units[end].text == "," || units[end].text == ":" || AttributionCues.isCue(units[end].lower, language: language) {
                j = end
            }
        }
        return i..<j
    }

    /// Further capitalised words (and name particles before one) after a head.
    private func extendName(from k: Int, limit: Int) -> Int {
        var j = k
        while j < limit {
            if isHead(j), !AttributionCues.isCue(units[j].lower, language: language) { j += 1; continue }
            if units[j].isWord, SpeakerFinder.nameParticles.contains(units[j].lower), j + 1 < limit, isHead(j + 1), units[j + 1].isWord { j += 2; continue }
            break
        }
        return j
    }

    /// A noun phrase ending at `k`: "Smith", "the foreign minister", "Dem Bericht", "he".
    func backwardNP(endingAt k: Int, lowerLimit: Int) -> Range<Int>? {
        guard k >= lowerLimit, k < units.count else { return nil }
        var end = k
        // Skip adverbs between subject and verb: "he also said", "Smith later told".
        while end > lowerLimit, units[end].isWord, SpeakerFinder.skippable.contains(units[end].lower) { end -= 1 }
        guard units[end].isWord || units[end].quoteIndex.map(nameQuotes.contains) == true else { return nil }
        if SpeechCueLexicon.pronouns.contains(units[end].lower) { return end..<(end + 1) }
        var i = end
        var crossedComma = false
        while i > lowerLimit {
            let previous = units[i - 1]
            if SpeechCueLexicon.germanDeterminers.contains(units[i].lower) || SpeechCueLexicon.englishDeterminers.contains(units[i].lower) { break }
            if previous.text == ",", !crossedComma, i - 2 >= lowerLimit, isHead(i - 2) { crossedComma = true; i -= 2; continue }
            guard previous.isWord || previous.quoteIndex.map(nameQuotes.contains) == true else { break }
            if SpeakerFinder.englishStops.contains(previous.lower) && !["of"].contains(previous.lower) { break }
            if SpeechCueLexicon.isCueVerb(previous.lower, language: language) || SpeechCueLexicon.pronouns.contains(previous.lower) { break }
            if end - i >= 7 { break }
            i -= 1
        }
        return i..<(end + 1)
    }
}
