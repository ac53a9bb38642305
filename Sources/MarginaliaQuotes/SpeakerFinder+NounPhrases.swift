import MarginaliaText
import MarginaliaEntities

/// Noun phrases for `SpeakerFinder`: forward and backward from a token, with name particles,
/// attributes and the words a phrase may skip.
extension SpeakerFinder {
    static let skippable: Set<String> = [
        "sich", "auch", "jedoch", "zudem", "nun", "gar", "weiter", "weiterhin", "ebenfalls", "bereits",
        "dazu", "daraufhin", "außerdem", "dann", "damals", "später", "nochmals", "erneut", "noch", "einst",
        "also", "still", "then", "now", "later", "earlier", "again", "however", "once",
        "dagegen", "hingegen", "wiederum", "allerdings", "lediglich", "schließlich", "anschließend", "ebenso",
        // "So hat sich etwa die Vorsitzende … ausgesprochen": "for example" before the subject.
        "etwa", "beispielsweise",
    ]
    static let nameParticles: Set<String> = ["von", "van", "de", "da", "del", "di", "al", "bin", "ibn", "le", "la", "zu", "ten", "ter", "dos"]
    static let englishStops: Set<String> = ["that", "and", "but", "which", "who", "when", "while", "as", "if", "in", "on", "at", "to", "for", "with", "by", "from", "it", "this", "there"]

    func isHead(_ k: Int) -> Bool {
        let unit = units[k]
        if let q = unit.quoteIndex { return nameQuotes.contains(q) }
        return unit.isWord && unit.isCapitalised && !SpeechCueLexicon.functionWords.contains(unit.lower)
            && !SpeechCueLexicon.calendarWords.contains(unit.lower)
            && !SpeechCueLexicon.isCueVerb(unit.lower, language: language)
    }

    /// A noun phrase starting at (or just after) `k`: a pronoun, a determiner phrase, or a run of
    /// capitalised words, with genitives, a party in brackets and a name in apposition.
    /// Does a subordinate clause open at `k` ("that …", "dass …")?
    func opensClause(at k: Int, limit: Int) -> Bool {
        k < limit && units[k].isWord && SpeechCueLexicon.complementizers.contains(units[k].lower)
    }

    func forwardNP(from k: Int, limit: Int) -> Range<Int>? {
        var i = k
        while i < limit, units[i].isWord, SpeakerFinder.skippable.contains(units[i].lower) { i += 1 }
        guard i < limit else { return nil }
        let first = units[i]
        if first.isWord, SpeechCueLexicon.pronouns.contains(first.lower) { return i..<(i + 1) }
        var j = i
        if first.isWord, SpeechCueLexicon.germanDeterminers.contains(first.lower) || SpeechCueLexicon.englishDeterminers.contains(first.lower)
            || isGerman && SpeakerFinder.relativeDeterminers.contains(first.lower) && i + 1 < limit && isHead(i + 1) {
            // "der „Spiegel“", "die „Bild“-Zeitung": a name in marks after the article.
            if i + 1 < limit, let q = units[i + 1].quoteIndex, nameQuotes.contains(q) {
                j = i + 2
                if j < limit, units[j].text.hasPrefix("-") { j += units[j].text == "-" && j + 1 < limit && units[j + 1].isWord ? 2 : 1 }
                return i..<j
            }
            // "sagte dieser," / "so der," : a demonstrative standing alone.
            if i + 1 >= limit || !units[i + 1].isWord { return SpeechCueLexicon.germanDeterminers.contains(first.lower) ? i..<(i + 1) : nil }
            j += 1
            var adjectives = 0
            // "die beiden Mitglieder": a quantifier after the article.
            if j < limit, ["beiden", "beide"].contains(units[j].lower) { j += 1 }
            while j < limit, units[j].isWord, !units[j].isCapitalised, adjectives < 4 {
                // "ein nicht genannter Vertreter", "der bislang unbekannte Täter": an adverb
                // grading the adjective after it.
                if isGerman, SpeakerFinder.gradingAdverbs.contains(units[j].lower), j + 1 < limit, units[j + 1].isWord,
                   !units[j + 1].isCapitalised, isModifier(units[j + 1].lower) {
                    j += 1; continue
                }
                guard isModifier(units[j].lower) else { break }
                j += 1; adjectives += 1
            }
            if adjectives == 0, isGerman, let head = extendedAttributeHead(from: j, limit: limit) {
                // "die in New York geborene Sängerin": a participle with its own phrase before the noun.
                j = head
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
        } else if let end = particleName(at: i) {
            j = end
        } else if language != .german, first.isWord, !SpeakerFinder.englishStops.contains(first.lower),
                  let head = (i + 1..<min(limit, i + 4)).first(where: { isHead($0) }),
                  (i..<head).allSatisfy({ units[$0].isWord && isModifier(units[$0].lower) }) {
            // English title before a name: "librarian Omar Haddad", "forecaster Tom Bradley".
            j = head + 1
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

    /// German extended attribute after an article: "der seit Jahren amtierende Präsident", "die in
    /// New York geborene Sängerin" — a preposition, a few words, then an inflected participle or
    /// adjective right before the head noun. Returns the head's index.
    func extendedAttributeHead(from k: Int, limit: Int) -> Int? {
        guard k < limit, units[k].isWord, ["in", "im", "seit", "aus", "von", "vom", "mit", "für", "bei", "nach", "am", "an", "auf", "unter", "über", "zu", "zum", "zur"].contains(units[k].lower) else { return nil }
        var j = k + 1
        while j < min(limit, k + 7), units[j].isWord {
            let w = units[j].lower
            if !units[j].isCapitalised, ["ene", "enen", "ende", "enden", "te", "ten", "ierte", "ierten"].contains(where: { w.hasSuffix($0) }),
               !SpeechCueLexicon.functionWords.contains(w), j + 1 < limit, isHead(j + 1) {
                return j + 1
            }
            j += 1
        }
        return nil
    }

    /// A lower-case word that may stand between a determiner and its noun: German adjectives
    /// (inflected: -e, -en, -er, -es, -em), numbers; in English any content word ("the foreign minister").
    func isModifier(_ lower: String) -> Bool {
        if SpeechCueLexicon.isCueVerb(lower, language: .both) || SpeakerFinder.englishStops.contains(lower)
            || SpeechCueLexicon.functionWords.contains(lower) || SpeechCueLexicon.clauseWords.contains(lower)
            || SpeechCueLexicon.germanDeterminers.contains(lower) { return false }
        if lower.unicodeScalars.first?.properties.numericType != nil { return true }
        if language == .english { return true }
        return ["e", "en", "er", "es", "em"].contains { lower.hasSuffix($0) } || language == .both
    }

    /// "Von der Leyen", "De la Cruz": a name that opens with particles; returns its end.
    func particleName(at k: Int) -> Int? {
        var j = k
        // "Da" and "So" open German clauses far more often than names.
        guard units[k].isWord, !["da", "so", "zu", "al"].contains(units[k].lower) else { return nil }
        while j < units.count, units[j].isWord, SpeakerFinder.nameParticles.contains(units[j].lower) || ["der", "den"].contains(units[j].lower) && j > k {
            j += 1
        }
        guard j > k, j < units.count, isHead(j), units[k].isCapitalised else { return nil }
        return extendName(from: j + 1, limit: units.count)
    }

    /// Further capitalised words (and name particles before one) after a head.
    func extendName(from k: Int, limit: Int) -> Int {
        var j = k
        while j < limit {
            if isHead(j), !AttributionCues.isCue(units[j].lower, language: language), !startsNewPhrase(at: j) { j += 1; continue }
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
        // The phrase must end in a name or noun: a capitalised word, or in English a lower-case
        // noun after a determiner ("the minister").
        // "Jones’s lawyer": a possessive name is a determiner.
        let endsInHead = isHead(end) || language != .german && (max(lowerLimit, end - 4)..<end).contains {
            SpeechCueLexicon.englishDeterminers.contains(units[$0].lower) || units[$0].isCapitalised && ["'s", "’s"].contains(where: units[$0].lower.hasSuffix)
        } && !SpeechCueLexicon.functionWords.contains(units[end].lower)
        guard endsInHead else { return nil }
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

extension SpeakerFinder {
    /// "soll die Polizei Versammlungen überwachen": after an article and a singular noun that
    /// agrees with it, a noun the word list knows only as a plural starts the next phrase (the
    /// object); it is no part of a name ("die Wiener Linien": "Wiener" is no feminine singular).
    func startsNewPhrase(at j: Int) -> Bool {
        // The article first: it is cheap to compare, the word-list look-ups are not.
        guard isGerman, j >= 2, units[j].isWord, units[j - 1].isWord, units[j - 2].isWord,
              ["die", "eine", "der", "das"].contains(units[j - 2].lower),
              case .noun(.plural)? = GermanWords.shipped.wordClass(units[j].text),
              case .noun(let gender)? = GermanWords.shipped.wordClass(units[j - 1].text) else { return false }
        switch (units[j - 2].lower, gender) {
        case ("die", .feminine), ("eine", .feminine), ("der", .masculine), ("das", .neuter): return true
        default: return false
        }
    }
}
