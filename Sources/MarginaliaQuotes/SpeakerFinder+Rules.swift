import MarginaliaText
import MarginaliaEntities

/// The rules `SpeakerFinder.find` tries: subjects around a speech verb by German verb-second or
/// English order, clause tests, and source markers (laut X, X zufolge, according to X).
extension SpeakerFinder {
    /// Inside the gap of an interrupted quote: "he said" / "sagte er" / "said Smith".
    func subjectAround(verb v: Int, from lo: Int, to hi: Int) -> Range<Int>? {
        if v > lo, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: lo) { return np }
        return forwardNP(from: v + 1, limit: hi)
    }

    /// A speech verb before the quote in its sentence.
    func subjectBefore(verb v: Int, sentenceStart start: Int, quote u0: Int) -> Range<Int>? {
        // "…, wie sich Tauss ausdrückte, …": the subject follows "wie".
        // The "wie" clause may hold a long subject ("Wie der Finanzminister X am Dienstag erklärte").
        if let wie = stride(from: v - 1, through: max(start, v - 12), by: -1).first(where: { units[$0].lower == "wie" }),
           (wie..<v).allSatisfy({ units[$0].isWord }), let np = forwardNP(from: wie + 1, limit: v) {
            return np
        }
        // The subject is in the verb's clause: a colon or semicolon starts a new one.
        var start = start
        if let colon = (start..<v).last(where: { units[$0].text == ":" || units[$0].text == ";" }) { start = colon + 1 }
        guard start <= v else { return nil }
        if isGerman && language != .both || language == .both && isGermanClause(start) {
            if let np = subordinateSubject(verb: v, from: start) ?? commaClauseSubject(verb: v, from: start)
                ?? relativePronounSubject(verb: v, from: start) { return np }
            // "Es gebe keine Alternative, sagte sie am Mittwoch": a finite verb right after a comma
            // opens its clause (a parenthetical, or a main clause after a fronted one), so its
            // subject follows it.
            // Only after a clause (with an auxiliary, a copula or a Konjunktiv form), not after a
            // subject with a name in apposition ("Der Vorsitzende, X (SPD), warnte").
            // Nor after a relative clause inside the subject ("Die Stürmerin, die früh ausgewechselt
            // wurde, nannte …"): a fronted clause opens the sentence, a relative one follows a noun.
            if v > start + 1, units[v - 1].text == ",",
               !(((start + 1)..<(v - 1)).last(where: { units[$0].text == "," }).map { SpeakerFinder.relativePronouns.contains(units[$0 + 1].lower) } ?? false),
               (start..<(v - 1)).contains(where: { units[$0].isWord && !units[$0].isCapitalised
                && (SpeechCueLexicon.konjunktivForms.contains(units[$0].lower) || SpeechCueLexicon.clauseWords.contains(units[$0].lower)
                    || SpeakerFinder.subjunctiveExtras.contains(units[$0].lower)) }),
               let np = forwardNP(from: v + 1, limit: u0),
               !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) { return np }
            return germanSubject(clauseStart: start, verb: v, limit: u0)
        }
        if v > start, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: start) { return np }
        // English subject separated from its verb by an apposition or relative clause:
        // "Councillor O'Neill, who led the opposition, called the proposal …".
        if v > start, units[v - 1].text == ",", let np = forwardNP(from: start, limit: v) { return np }
        return forwardNP(from: v + 1, limit: u0)
    }

    /// Words that open a German verb-final clause: relative pronouns and subordinators.
    static let verbFinalOpeners: Set<String> = [
        "der", "die", "das", "welcher", "welche", "welches", "dem", "denen", "den",
        "dass", "weil", "nachdem", "als", "ob", "wenn", "obwohl", "während", "nachdem", "bevor",
        "zumal", "wobei", "indem", "sodass", "seitdem", "sobald", "falls", "obgleich", "wenngleich",
    ]

    /// The subject of a verb-final clause whose speech verb closes it: "…, die Gerhard Schröder
    /// zum Ziel erklärt hatte: „…“", "…, als der Minister im Bundestag sagte: „…“". The first
    /// noun phrase after the opener, when it is a person (else the word order says too little).
    func subordinateSubject(verb v: Int, from start: Int) -> Range<Int>? {
        // "…, in der er die Jugend aufforderte, …": a relative clause after a preposition has its
        // own subject right after the relative pronoun.
        if let comma = (start..<v).last(where: { units[$0].text == "," }), comma + 3 < v,
           SpeakerFinder.placePrepositions.contains(units[comma + 1].lower), SpeakerFinder.relativePronouns.contains(units[comma + 2].lower),
           let np = forwardNP(from: comma + 3, limit: v), isPerson(np),
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) {
            return np
        }
        guard let comma = (start..<v).last(where: { units[$0].text == "," }), comma + 2 < v,
              SpeakerFinder.verbFinalOpeners.contains(units[comma + 1].lower),
              // Verb-final: nothing but the verb cluster between the cue and the clause's end.
              ((v + 1)..<min(units.count, v + 3)).first(where: { !units[$0].isWord }).map({ k in
                  ((v + 1)..<k).allSatisfy { !units[$0].isCapitalised && !AttributionCues.isCue(units[$0].lower, language: language) } }) ?? false,
              let np = forwardNP(from: comma + 2, limit: v), isPerson(np),
              // "X schloss sich an, indem er … aufforderte:": the pronoun stands for the main
              // clause's subject, which word order finds next (and the pronoun is then resolved to it).
              !(np.count == 1 && SpeakerFinder.personalPronouns.contains(units[np.lowerBound].lower)
                && SpeakerFinder.subordinators.contains(units[comma + 1].lower) && comma > start) else {
            // The clause may start at an earlier comma, its subject having an apposition.
            for c in (start..<v).reversed().filter({ units[$0].text == "," }).prefix(3) {
                if let np = articlePhrase(at: c + 1, verb: v), isPerson(np) { return np }
            }
            return nil
        }
        return np
    }

    /// "…, die bildungspolitische Sprecherin der Fraktion, X, erklärte:": after a comma, an
    /// article with an adjective is no relative pronoun; when its noun phrase runs up to the
    /// speech verb, a new main clause starts with its subject.
    func articlePhrase(at k: Int, verb v: Int) -> Range<Int>? {
        guard ["der", "die", "das"].contains(units[k].lower), k + 1 < v, units[k + 1].isWord, !units[k + 1].isCapitalised,
              let np = forwardNP(from: k, limit: v) else { return nil }
        var j = np.upperBound
        // "…, Sandra Boser (Grüne), erklärte": a name in apposition, then a party in brackets.
        if j + 1 < v, units[j].text == ",", isHead(j + 1) { j = extendName(from: j + 2, limit: v) }
        if j + 2 < v, units[j].text == "(", units[j + 2].text == ")" { j += 3 }
        let end = j
        if j < v, units[j].text == "," { j += 1 }
        return j == v ? np.lowerBound..<end : nil
    }

    /// Conjunctions after a comma that start a clause of their own, with its own subject and verbs.
    static let joiningConjunctions: Set<String> = ["denn", "aber", "sondern", "doch", "weil", "obwohl", "während", "dass", "ob", "wenn"]

    static let focusParticles: Set<String> = ["auch", "selbst", "sogar", "nur", "gerade", "besonders", "ebenfalls"]

    static let nonNominative: Set<String> = ["den", "dem", "des", "einen", "einem", "eines", "deren", "dessen", "seinen", "seinem", "ihrem", "ihren"]

    /// The subject of a German clause with speech verb `v`, by verb-second word order: the first
    /// noun phrase when it can be a subject, else the one after the finite verb ("Am Dienstag
    /// sagte der Minister", "Den Unmut der CDU brachte die Sprecherin zum Ausdruck").
    func germanSubject(clauseStart start: Int, verb v: Int, limit: Int) -> Range<Int>? {
        // "Am Abend zogen Demonstranten vor das Rathaus und skandierten Parolen": a verb coordinated
        // with "und" shares the subject of the clause's first verb.
        if v - 1 > start, ["und", "oder", "sowie"].contains(units[v - 1].lower),
           let comma = (start..<(v - 1)).last(where: { units[$0].text == "," }), comma + 1 < v - 1,
           isFiniteVerbCandidate(comma + 1), !isAttributive(comma + 1),
           let np = forwardNP(from: comma + 2, limit: v - 1),
           // "Der Ausschuss, ein Gremium des Vereins, kritisierte den Einsatz und sprach von …": after
           // an apposition the phrase after the verb is its object, never a subject in the accusative.
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) {
            // "Als ihm einer half, biss der Mann zu und rief": after a leading subordinate clause
            // the main clause opens with its finite verb, the shared subject right after it.
            return np
        }
        if v - 1 > start, ["und", "oder", "sowie"].contains(units[v - 1].lower),
           let first = ((start + 1)..<(v - 1)).first(where: { isFiniteVerbCandidate($0) && !isAttributive($0) && !isNumber($0) }),
           (start..<first).allSatisfy({ units[$0].isWord }) || apposedSubject(from: start, verb: first) {
            return germanSubject(clauseStart: start, verb: first, limit: v - 1)
        }
        // "Auch der Minister sagte …": a focus particle belongs to the first constituent.
        if start + 1 < v, SpeakerFinder.focusParticles.contains(units[start].lower),
           units[start + 1].isWord, SpeechCueLexicon.germanDeterminers.contains(units[start + 1].lower) || isHead(start + 1) {
            return germanSubject(clauseStart: start + 1, verb: v, limit: limit)
        }
        let first = units[start]
        // "Der englischsprachigen Zeitung sagte X": der + adjective in -en is dative or genitive.
        let dativeDer = first.lower == "der" && start + 1 < v && units[start + 1].isWord
            && !units[start + 1].isCapitalised && units[start + 1].lower.hasSuffix("en")
        let inverted = v == start || !first.isWord
            || SpeechCueLexicon.functionWords.contains(first.lower) && particleName(at: start) == nil
            || SpeakerFinder.nonNominative.contains(first.lower) || SpeakerFinder.isAdverbShaped(first.lower) || dativeDer
        // "…, bezeichnete er als …": a personal pronoun right after the speech verb is its subject.
        if !SpeechCueLexicon.pronouns.contains(first.lower), !["der", "ein"].contains(first.lower) {
            var j = v + 1
            while j < limit, units[j].isWord, SpeakerFinder.skippable.contains(units[j].lower) { j += 1 }
            // Only "er": "sie" after the verb is as often its object ("nannte sie „fahrlässig“").
            if j < limit, units[j].lower == "er" { return j..<(j + 1) }
        }
        if !inverted, let prefield = forwardNP(from: start, limit: v) {
            // The finite verb follows the first constituent (which may go on with a prepositional
            // phrase or an adverb: "Der Einsatzleiter der Polizei in Dortmund erklärte").
            let f = finiteVerb(after: prefield, before: v)
            // Verb-second: a clear nominative right after the finite verb is the subject.
            var j = f + 1
            while j < limit, units[j].isWord, SpeakerFinder.skippable.contains(units[j].lower) { j += 1 }
            if let np = agreeingSubject(prefield: prefield, verb: f, after: j, limit: limit) { return np }
            if j < limit, units[j].isWord {
                let post = units[j].lower
                let firstIsPronounOrDeterminer = SpeechCueLexicon.pronouns.contains(first.lower) || SpeechCueLexicon.germanDeterminers.contains(first.lower)
                if post == "er" && !SpeechCueLexicon.pronouns.contains(first.lower)
                    || ["die", "das"].contains(first.lower) && ["der", "ein", "er"].contains(post)
                    || !firstIsPronounOrDeterminer && ["er", "sie"].contains(post) {
                    return forwardNP(from: j, limit: limit) ?? prefield
                }
                // "Die Kritik des Beauftragten wies die Landesregierung zurück": a thing opening the
                // clause is its object when a person or organisation follows the verb.
                // A bare run of capitalised words opening the clause is more likely a name the
                // recognizer missed ("Hamas und Fatah werden eine Regierung bilden"); an indefinite
                // phrase after the verb is more likely its object.
                // A word the lexicon knows as no noun ("Kritisch bewertet die Partei …") opens no name.
                if ["der", "die", "das"].contains(first.lower) || GermanWords.shipped.wordClass(first.text) == .other,
                   !["ein", "eine", "einen"].contains(post),
                   !SpeakerFinder.nonNominative.contains(post), !headCanSpeak(prefield),
                   let np = forwardNP(from: j, limit: limit), headCanSpeak(np) {
                    return np
                }
                // "Neue Regeln Schon im Mai hatte Ministerin X erklärt:": a bare noun phrase that
                // cannot speak (often a heading run on into the sentence) before a person the
                // recognizer found right after the finite verb: the person is the subject.
                // The prefield opens with a listed common noun (not an unknown name) and names no
                // one ("Polens Präsident X" does).
                if !firstIsPronounOrDeterminer, case .noun = GermanWords.shipped.wordClass(first.text),
                   !SpeakerFinder.nonNominative.contains(post), !headCanSpeak(prefield), !namesPerson(prefield),
                   let np = forwardNP(from: j, limit: limit), headCanSpeak(np), namesPerson(np) {
                    return np
                }
            }
            return prefield
        }
        if v + 1 < limit, let np = forwardNP(from: v + 1, limit: limit),
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) || SpeakerFinder.relativeDeterminers.contains(units[np.lowerBound].lower) { return np }
        var k = start + 1
        while k < v {
            // The finite verb, not an adjective after an article or preposition ("Zur aktuellen
            // Lage … wird Beispiel zitiert"): the subject follows the verb.
            if isFiniteVerbCandidate(k - 1), !isAttributive(k - 1), let np = forwardNP(from: k, limit: v) { return np }
            k += 1
        }
        return nil
    }

    /// The head of a noun phrase (its first capitalised word that is no determiner) is a person
    /// or organisation the recognizer found, a role noun, or a pronoun: not "die Kritik des Beauftragten".
    func headCanSpeak(_ np: Range<Int>) -> Bool {
        guard let head = np.first(where: { units[$0].isWord && (units[$0].isCapitalised || SpeechCueLexicon.pronouns.contains(units[$0].lower))
            && !SpeechCueLexicon.germanDeterminers.contains(units[$0].lower) }) else { return false }
        if SpeechCueLexicon.pronouns.contains(units[head].lower) { return true }
        if SpeechCueLexicon.isRoleNoun(units[head].lower) || isPersonNoun(at: head) { return true }
        return entities.overlapping(units[head].span).contains { $0.type == .PER || $0.type == .ORG }
    }

    /// A person the recognizer found in the phrase.
    func namesPerson(_ np: Range<Int>) -> Bool {
        entities.overlapping(Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)).contains { $0.type == .PER }
    }

    /// "Der Ausschuss, ein Gremium des Vereins, kritisierte": a first constituent whose commas
    /// enclose an apposition (a noun phrase opening with an article or a name in marks) and end
    /// right before the finite verb.
    func apposedSubject(from start: Int, verb: Int) -> Bool {
        guard verb > start + 3, units[verb - 1].text == ",", units[start].isWord,
              let comma = (start..<(verb - 1)).first(where: { units[$0].text == "," }), comma + 1 < verb - 1,
              units[comma + 1].isWord, SpeechCueLexicon.germanDeterminers.contains(units[comma + 1].lower) || isHead(comma + 1)
        else { return false }
        return (start..<(verb - 1)).allSatisfy { units[$0].isWord || units[$0].text == "," && ($0 == comma)
            || units[$0].text == "-" || units[$0].quoteIndex.map(nameQuotes.contains) == true }
    }

    /// "dessen Stellvertreter", "deren Sprecherin": a genitive relative before the head noun, in a
    /// noun phrase that may well be the nominative subject.
    static let relativeDeterminers: Set<String> = ["dessen", "deren"]

    /// An inflected adjective between an article (or preposition) and its noun: "eine mögliche
    /// Festnahme", "zur aktuellen Lage". Verbs that inflect alike are cue or auxiliary words.
    func isAttributive(_ k: Int) -> Bool {
        guard k > 0, k + 1 < units.count, units[k + 1].isCapitalised else { return false }
        let w = units[k].lower, before = units[k - 1].lower
        guard ["e", "en", "er", "es", "em"].contains(where: { w.hasSuffix($0) }),
              !AttributionCues.isCue(w, language: language), !SpeechCueLexicon.clauseWords.contains(w) else { return false }
        return SpeechCueLexicon.germanDeterminers.contains(before) || SpeechCueLexicon.functionWords.contains(before)
    }

    /// Capitalised sentence adverbs: "Ähnlich", "Ursprünglich", "Möglicherweise", "Damals".
    static func isAdverbShaped(_ lower: String) -> Bool {
        ["lich", "weise", "falls", "mals", "dings", "halb", "wärts"].contains { lower.hasSuffix($0) } && lower.count > 5
    }

    /// A lower-case word that is not a function word or determiner: in a German main clause, the
    /// first such word after the first constituent is the finite verb.
    func isFiniteVerbCandidate(_ k: Int) -> Bool {
        guard k >= 0, k < units.count, units[k].isWord, !units[k].isCapitalised else { return false }
        let w = units[k].lower
        return !SpeechCueLexicon.functionWords.contains(w) && !SpeechCueLexicon.germanDeterminers.contains(w)
            && !SpeakerFinder.skippable.contains(w) && !SpeechCueLexicon.pronouns.contains(w)
    }

    /// After a colon with no speech verb ("X lehnt das ab: „…“"): the subject of the clause
    /// before the colon, found by word order from its first lower-case verb.
    func subjectBeforeColon(firstQuote u0: Int, sentence: Range<Int>) -> Range<Int>? {
        guard u0 > sentence.lowerBound, units[u0 - 1].text == ":" else { return nil }
        var start = sentence.lowerBound
        if let colon = (start..<(u0 - 1)).last(where: { units[$0].text == ":" || units[$0].text == ";" }) { start = colon + 1 }
        guard start < u0 - 1 else { return nil }
        if !isGerman || language == .both && !isGermanClause(start) {
            if let np = backwardNP(endingAt: u0 - 2, lowerLimit: start) { return np }
            // "Asked why, Haddad laughed:": the noun phrase opening the last clause.
            let clause = (start..<(u0 - 1)).last(where: { units[$0].text == "," }).map { $0 + 1 } ?? start
            return forwardNP(from: clause, limit: u0 - 1)
        }
        // "Zitat von Schröder:" — no verb at all: the last name before the colon.
        guard let verb = (start..<(u0 - 1)).first(where: { isFiniteVerbCandidate($0) && $0 > start }) else {
            return forwardNP(from: start, limit: u0 - 1) ?? backwardNP(endingAt: u0 - 2, lowerLimit: start)
        }
        let subject = germanSubject(clauseStart: start, verb: verb, limit: u0 - 1)
        // "Die Stadt sei dem Land zu Dank verpflichtet: „…“": a clause of reported speech
        // (Konjunktiv) about a thing or place goes on reporting the speaker before; its subject
        // does not announce the quote.
        // The phrase's head decides, not a name in its genitive ("Die Pflichten der Union seien …").
        if let subject, !isPerson(subject) || !headCanSpeak(subject), isReportingVerb(verb) { return nil }
        if let subject, !isPersonLike(subject), let person = personNear(verb: verb, from: start, to: u0 - 1) { return person }
        return subject
    }

    /// „…“, sagte X / “…,” he said / „…“ sagte X at the start of a sentence: only then does a
    /// verb after the quote attribute it (not in "spricht von einer „X“ und fordert Hilfe").
    func attributionMayFollow(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Bool {
        if u1 + 1 < units.count, units[u1 + 1].text == "," { return true }
        let inner = units[u1].text.unicodeScalars.dropLast().last(where: { !QuoteMarks.allMarks.contains($0) })
        if let inner, ",?!".unicodeScalars.contains(inner) { return true }
        return sentence.lowerBound == u0 || units[u0 - 1].text == ":"
            || !units[(u1 + 1)..<min(units.count, u1 + 4)].contains { ["und", "oder", "and", "or", "sowie"].contains($0.lower) }
    }

    /// A quote whose text ends in a full stop ends its sentence: what follows is not its attribution.
    func quoteContinuesSentence(_ u: Int) -> Bool {
        let inner = units[u].text.unicodeScalars.dropLast().last(where: { !QuoteMarks.allMarks.contains($0) })
        // „….“ erklärte die Ministerin: a lower-case verb right after still attributes the quote.
        if u + 1 < units.count, units[u + 1].isWord, !units[u + 1].isCapitalised { return true }
        // „….“, so die Sprecherin: a comma after the closing mark leads on to the attribution.
        if u + 1 < units.count, units[u + 1].text == "," { return true }
        if inner == "?" || inner == "!" { return !(u + 1 < units.count && units[u + 1].isWord && units[u + 1].isCapitalised) }
        return !(inner == "." || inner == "…")
    }

    func isGermanClause(_ start: Int) -> Bool {
        var de = 0, en = 0
        for k in start..<min(units.count, start + 12) where units[k].isWord {
            if SpeechCueLexicon.germanDeterminers.contains(units[k].lower) || SpeechCueLexicon.germanCueVerbs.contains(units[k].lower) { de += 1 }
            if SpeechCueLexicon.englishDeterminers.contains(units[k].lower) || SpeechCueLexicon.englishCueVerbs.contains(units[k].lower) { en += 1 }
        }
        return de >= en
    }

    /// laut X / gemäß X / nach Angaben (von|des) X / X zufolge / according to X.
    func sourceNP(at k: Int, sentence: Range<Int>) -> Range<Int>? {
        let w = units[k].lower
        switch w {
        case "nach" where k > 0 && SpeechCueLexicon.sourceNouns.contains(units[k - 1].lower):
            // "seiner Meinung nach": the possessive stands for the speaker.
            return k >= 2 && units[k - 2].isWord && !units[k - 2].isCapitalised ? (k - 2)..<k : (k - 1)..<k
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
}
