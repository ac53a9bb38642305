import MarginaliaText
import MarginaliaEntities

/// Finds the noun phrase that a quotation is attributed to, from the speech cues of its sentence.
///
/// `find` tries, in order (the first that finds a noun phrase wins):
/// 1. a cue in the gap of an interrupted quote („Wir…“, sagte er, „werden…“), or a speaker
///    right against the opening mark (X („…“), "…, und X: „…“", laut X „…“);
/// 2. a cue right after the quote („…“, sagte X / „…“, so X / “…,” X said / said X);
/// 3. a source opening the sentence (Laut X …, Nach Angaben von X …, According to X, …);
/// 4. a speech verb earlier in the sentence, its subject found by German verb-second order
///    (X sagte: „…“ / Am Dienstag sagte X: „…“ / Den Plan nannte er „…“) or English order;
///    a source marker nearer the quote than the verb wins (dem Bericht zufolge);
/// 5. a source marker anywhere in the sentence (laut X, X zufolge, seiner Meinung nach).
/// `QuoteDetection` then falls back to a clause-final cue, a colon (Der Geschäftsführer: „…“),
/// the speaker still talking in the paragraph, the sentence subject, and the sentences around.
struct SpeakerFinder {
    let units: [Unit]
    let language: CueLanguage
    /// Candidates the judge rejected (names in marks) may be a speaker: berichtet die „Zeit“.
    let nameQuotes: Set<Int>
    /// The recognizer's mentions, when there are some: a person or organisation is a speaker.
    var entities = EntitySpans([])

    private var isGerman: Bool { language != .english }

    func find(firstQuote u0: Int, lastQuote u1: Int, gaps: [Range<Int>], sentence: Range<Int>) -> Range<Int>? {
        for gap in gaps {
            if let v = gap.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) {
                if let np = subjectAround(verb: v, from: gap.lowerBound, to: gap.upperBound) { return np }
            }
        }
        if let np = adjacentSpeaker(firstQuote: u0, sentence: sentence) { return np }
        if let v = AttributionCues.cueAfter(units, after: u1, language: language), quoteContinuesSentence(u1),
           attributionMayFollow(firstQuote: u0, lastQuote: u1, sentence: sentence) {
            let end = sentence.upperBound
            // The cue may lie past the sentence's end (an unclosed sentence, found by fuzzing):
            // then the clause is empty.
            if let np = impersonalSource(verb: units[v].lower == "so" ? v + 1 : v, clause: v..<max(v, end)) {
                // „…“, heißt es in der Erklärung / „…“, so hieß es vom Abgeordneten X.
                return np
            } else if units[v].lower == "so" {
                // „…“, so urteilte Romney / „…“, so der Minister
                var after = v + 1 < end && units[v + 1].isWord && AttributionCues.isCue(units[v + 1].lower, language: language) ? v + 2 : v + 1
                // „…“, so charakterisierte ihn der Funktionär: any verb right after "so" is the
                // attribution's, an object pronoun may stand between it and the subject.
                if after == v + 1, after + 1 < end, units[after].isWord, !units[after].isCapitalised,
                   AttributionCues.isLikelyVerb(units[after].lower) {
                    after += 1
                }
                if after > v + 1 { while after < end, SpeakerFinder.objectPronouns.contains(units[after].lower) { after += 1 } }
                if let np = forwardNP(from: after, limit: end) { return holderOfVerdict(np, limit: end) ?? np }
            } else if v > u1 + 1, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: u1 + 1) {
                return np
            } else if units[v].lower.hasPrefix("zitier"), let np = quotedPerson(afterVerb: v, limit: end) {
                return np
            } else if !opensClause(at: v + 1, limit: end), let np = forwardNP(from: v + 1, limit: end) {
                // Not "“…”, and added that other libraries …": there the cue's object is a clause.
                return np
            }
        }
        let start = sentence.lowerBound
        if let np = prefieldQuoteSubject(firstQuote: u0, lastQuote: u1, sentence: sentence) { return np }
        if let np = sentenceInitialSource(sentence, before: u0) ?? judgementHolder(sentence, before: u0)
            ?? claimHolder(sentence, before: u0) { return np }
        let lastVerb = (start..<u0).last(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            && !closesRelativeClause($0, before: u0) })
        if let m = (start..<u0).last(where: { units[$0].isWord && AttributionCues.isSourceMarker(units, at: $0, language: language) }),
           m > (lastVerb ?? -1), !isPossessiveMarker(m), let np = sourceNP(at: m, sentence: sentence) {
            // "… waren dem Bericht zufolge nicht näher bezeichnete „…“": the source nearest the quote.
            return np
        }
        if let np = wieClauseSource(sentence.lowerBound..<u0) { return np }
        if let v = lastVerb {
            // "In dem Antrag heißt es:": the document speaks.
            if isImpersonalSaying(v) {
                let clauseStart = (start..<v).last(where: { [":", ";", ","].contains(units[$0].text) }).map { $0 + 1 } ?? start
                return impersonalSource(verb: v, clause: clauseStart..<u0)
            }
            if let np = subjectBefore(verb: v, sentenceStart: start, quote: u0) {
                // "Seine Werke werden von Musikkennern als „…“ bezeichnet": when word order gives a
                // thing, a person named in the same clause is the better guess.
                // Only in the verb's own clause: "Die Veranstalter erklären, sie hätten …" goes on
                // with reported speech whose pronoun stands for the subject.
                let clauseEnd = ((v + 1)..<u0).first(where: { units[$0].text == "," }) ?? u0
                if !isPersonLike(np), let person = personNear(verb: v, from: start, to: clauseEnd), person != np { return person }
                return np
            }
        }
        for k in sentence where k < u0 || k > u1 {
            guard units[k].isWord, AttributionCues.isSourceMarker(units, at: k, language: language), !isPossessiveMarker(k) else { continue }
            if let np = sourceNP(at: k, sentence: sentence) { return np }
        }
        return nil
    }

    /// „…“, zitierte man X / zitiert die Zeitung X: "zitieren" has the one quoted as its object;
    /// an impersonal "man", a lower-case web address or a medium before it is the one citing.
    private func quotedPerson(afterVerb v: Int, limit: Int) -> Range<Int>? {
        var k = v + 1
        while k < min(limit, v + 3), units[k].isWord, !units[k].isCapitalised,
              !SpeechCueLexicon.germanDeterminers.contains(units[k].lower) { k += 1 }
        guard let first = forwardNP(from: k, limit: limit) else { return nil }
        if !isPerson(first), let second = forwardNP(from: first.upperBound, limit: limit), isPerson(second) { return second }
        return first
    }

    /// "so das Fazit der Betreiber", "so die Einschätzung von X": a verdict noun stands for its
    /// holder, named in the genitive or after "von".
    private func holderOfVerdict(_ np: Range<Int>, limit: Int) -> Range<Int>? {
        guard let head = np.first(where: { units[$0].isWord && units[$0].isCapitalised }),
              SpeakerFinder.verdictNouns.contains(units[head].lower), head + 1 < np.upperBound,
              ["des", "der", "von", "vom"].contains(units[head + 1].lower) else { return nil }
        let from = ["von", "vom"].contains(units[head + 1].lower) ? head + 2 : head + 1
        return forwardNP(from: from, limit: limit)
    }

    static let gradingAdverbs: Set<String> = ["nicht", "noch", "bisher", "bislang", "kaum", "sehr", "besonders", "zuvor", "namentlich"]

    static let objectPronouns: Set<String> = ["ihn", "ihm", "ihr", "es", "uns", "euch", "ihnen", "mich", "dich"]

    static let verdictNouns: Set<String> = [
        "fazit", "urteil", "einschätzung", "meinung", "ansicht", "kommentar", "worte", "resümee",
        "bilanz", "antwort", "reaktion", "kritik", "vorwurf", "begründung", "mitteilung", "stellungnahme",
    ]

    /// "ihrer Meinung nach": the possessive stands for someone the sentence already names (the
    /// subject of "Sie äußerte sich gegen die ihrer Meinung nach verbreiteten …: „…“").
    private func isPossessiveMarker(_ m: Int) -> Bool {
        // Only inside a noun phrase ("die ihrer Meinung nach verbreiteten …", after an article):
        // as a clause's own adverbial ("bei dem es sich seiner Meinung nach um …") it names the source.
        units[m].lower == "nach" && m >= 3 && units[m - 2].isWord && !units[m - 2].isCapitalised
            && SpeechCueLexicon.germanDeterminers.contains(units[m - 2].lower)
            && ["der", "die", "das", "den", "dem", "des"].contains(units[m - 3].lower)
    }

    /// "Wie der Minister erklärte, sieht die Regierung …": a "wie" clause with a speech verb opening
    /// the sentence (or a clause of it) names the source of everything the sentence reports,
    /// whatever the main clause's own verb is.
    func wieClauseSource(_ range: Range<Int>) -> Range<Int>? {
        guard isGerman else { return nil }
        for w in range where units[w].lower == "wie" && (w == range.lowerBound || units[w - 1].text == ",") {
            var k = w + 1
            // The subject may have a name in apposition: "Wie der Vorsitzende Richter, X, ausführte,".
            // A name in marks or a hyphenated compound with one belongs to it too ("Wie die „Bild“-Zeitung berichtet").
            while k < min(range.upperBound, w + 14), units[k].isWord || units[k].text == "," && k + 1 < range.upperBound && units[k + 1].isWord
                    || units[k].quoteIndex.map(nameQuotes.contains) == true || units[k].text.hasPrefix("-") {
                if AttributionCues.isCue(units[k].lower, language: language) {
                    if k + 1 < units.count, units[k + 1].text == ",", let np = forwardNP(from: w + 1, limit: k) { return np }
                    break
                }
                k += 1
            }
        }
        return nil
    }

    /// The speaker a sentence without quotes reports ("Der Minister sagte, man werde …"), so that
    /// a partial quote in a following sentence of indirect speech can be attributed to it.
    func reportedSpeaker(in sentence: Range<Int>) -> Range<Int>? {
        let sentence = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2 * ParagraphUnits.window)
        if let v = sentence.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }),
           let np = subjectBefore(verb: v, sentenceStart: sentence.lowerBound, quote: sentence.upperBound) {
            return np
        }
        for k in sentence where units[k].isWord && AttributionCues.isSourceMarker(units, at: k, language: language) {
            if let np = sourceNP(at: k, sentence: sentence) { return np }
        }
        return nil
    }

    /// A sentence between quotes that opens with a named person ("Der Bruder des Ministers, X,
    /// war eingeweiht."): the news moves on to that person, who is likelier to say the next
    /// quote than the speaker before. Only a name the recognizer found, not a pronoun or role.
    func namedSubject(of sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, let np = sentenceSubject(sentence, before: sentence.upperBound) else { return nil }
        let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
        return entities.overlapping(span).contains(where: { $0.type == .PER }) ? np : nil
    }

    /// A speech verb after the quote, at the end of its clause ("… von einer „X“ gesprochen"):
    /// the subject opens the sentence.
    func subjectOfLaterCue(lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        // "…„kaputt“, denn es könne durch sogenannte X unterwandert werden, kurz Y genannt": a
        // clause the quote's clause is joined to by a conjunction has its own verbs.
        let clauseEnd = isGerman ? ((u1 + 1)..<max(u1 + 1, sentence.upperBound - 1)).first(where: {
            units[$0].text == "," && SpeakerFinder.joiningConjunctions.contains(units[$0 + 1].lower) }) ?? sentence.upperBound : sentence.upperBound
        guard let v = ((u1 + 1)..<clauseEnd).first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            // ", das heißt …" explains, it does not attribute.
            && !(units[$0].lower == "heißt" && $0 > 0 && units[$0 - 1].lower == "das")
            // "“…,” one resident, who asked not to be named, said": a relative clause's verb.
            && !(language == .english && $0 > 0 && ["who", "which", "that"].contains(units[$0 - 1].lower)) }) else { return nil }
        // "…“ erreicht werden, so heißt es in einer Erklärung": an impersonal report names its source.
        if let np = impersonalSource(verb: v, clause: v..<sentence.upperBound) { return np }
        if let np = passiveAgent(firstQuote: u1, verb: v, sentence: sentence) { return np }
        // "…, sagte die britische Königin": a parenthetical cue names its speaker after the verb.
        // English puts the subject first: "“…,” Dr Jones, a lecturer, told the BBC".
        if language == .english, units[v - 1].text == ",",
           let np = forwardNP(from: u1 + 1 < v && units[u1 + 1].text == "," ? u1 + 2 : u1 + 1, limit: v - 1) { return np }
        if units[v - 1].text == ",", let np = forwardNP(from: v + 1, limit: sentence.upperBound) { return np }
        // "…, hatte Koch-Mehrin erklärt": the clause after the last comma has its own subject.
        if isGerman, let comma = ((u1 + 1)..<v).last(where: { units[$0].text == "," }), comma + 1 < v,
           let np = germanSubject(clauseStart: comma + 1, verb: v, limit: sentence.upperBound) {
            return np
        }
        if let np = relativeClauseSpeaker(quote: u1, verb: v, sentence: sentence) { return np }
        if isGerman, let np = sentenceSubject(sentence, before: v) { return np }
        return nil
    }

    /// German passive: "Seine Werke werden von Kritikern als „…“ bezeichnet" — the agent after
    /// "von" in the clause of a passive auxiliary is who speaks, not the grammatical subject.
    private func passiveAgent(firstQuote u: Int, verb v: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, (u + 1..<v).allSatisfy({ units[$0].isWord }) else { return nil }
        let clauseStart = (sentence.lowerBound..<u).last(where: { !units[$0].isWord }).map { $0 + 1 } ?? sentence.lowerBound
        let clause = clauseStart..<u
        guard clause.contains(where: { SpeakerFinder.passiveAuxiliaries.contains(units[$0].lower) }),
              let von = clause.last(where: { ["von", "vom"].contains(units[$0].lower) }) else { return nil }
        return forwardNP(from: von + 1, limit: u)
    }

    static let passiveAuxiliaries: Set<String> = ["wird", "werden", "wurde", "wurden", "worden"]

    /// The noun phrase opening the sentence, if the sentence opens with one (no quote, no
    /// function word): in news, the subject of the sentence around a partial quote is usually
    /// whoever is being quoted.
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        // "Europapolitik: Die SPD will …": the clause after a colon has its own subject.
        let start = (sentence.lowerBound..<min(limit, sentence.upperBound)).last(where: { units[$0].text == ":" }).map { $0 + 1 } ?? sentence.lowerBound
        guard start < limit, units[start].isWord, !SpeechCueLexicon.functionWords.contains(units[start].lower) else { return nil }
        return forwardNP(from: start, limit: limit)
    }

    /// The subject of the main clause around a partial quote, when it can speak: "Ursprünglich
    /// wollte er „…“", "Meteorologen rechnen mit „…“". A person (or pronoun) who is the subject of
    /// the quote's own sentence is a better guess than the speaker of an earlier quote; not in
    /// reported speech ("Er werde „…“", "Die Fraktion halte …"), which goes on reporting that speaker.
    /// German only: found by verb-second order from the clause's first finite verb.
    func speakingSubject(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        guard language == .german, u0 > sentence.lowerBound else { return nil }
        let start = (sentence.lowerBound..<u0).last(where: { units[$0].text == ":" }).map { $0 + 1 } ?? sentence.lowerBound
        guard start < u0, units[start].isWord,
              let verb = ((start + 1)..<u0).first(where: { isFiniteVerbCandidate($0) && !isNumber($0) && !isAttributive($0) }),
              (start..<verb).allSatisfy({ units[$0].isWord || units[$0].text == "-" || units[$0].text == "." })
                || apposedPrefield(from: start, verb: verb),
              !SpeechCueLexicon.konjunktivForms.contains(units[verb].lower), !SpeakerFinder.subjunctiveExtras.contains(units[verb].lower),
              let np = germanSubject(clauseStart: start, verb: verb, limit: u0), isPerson(np) else { return nil }
        return np
    }

    /// "Auch der Sprecher der Fraktion, Dieter Beispiel, will …": a first constituent whose commas
    /// belong to a name in apposition, running up to the finite verb.
    private func apposedPrefield(from start: Int, verb: Int) -> Bool {
        guard verb > start + 3, units[verb - 1].text == ",",
              let comma = (start..<(verb - 1)).last(where: { !units[$0].isWord }), units[comma].text == ",", comma + 1 < verb - 1,
              ((comma + 1)..<(verb - 1)).allSatisfy({ units[$0].isCapitalised || SpeakerFinder.nameParticles.contains(units[$0].lower) }) else { return false }
        return (start..<comma).allSatisfy { units[$0].isWord || units[$0].text == "-" || units[$0].text == "." }
    }

    /// Stricter than `isPersonLike`: "er"/"sie", a person or organisation the recognizer found, or a
    /// role noun ("die Meteorologen" is not, "Es", "Dies" and "Alle" are not either).
    func isPerson(_ np: Range<Int>) -> Bool {
        let words = units[np].filter(\.isWord)
        guard let first = words.first else { return false }
        if words.count == 1, ["er", "sie"].contains(first.lower) { return true }
        let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
        if entities.overlapping(span).contains(where: { $0.type == .PER || $0.type == .ORG }) { return true }
        return words.contains(where: { $0.isCapitalised && SpeechCueLexicon.isRoleNoun($0.lower) })
    }

    /// Konjunktiv II and I forms that also mark reported speech but that the quote judge's table
    /// leaves out (there they would count as evidence for a quote).
    static let subjunctiveExtras: Set<String> = ["hätte", "wäre", "wären", "halte", "halten", "stelle", "würde"]

    private func isNumber(_ k: Int) -> Bool {
        units[k].text.unicodeScalars.first?.properties.numericType != nil
    }

    /// "Laut X …", "Nach Angaben von X …", "According to X, …" opening the sentence before the quote.
    private func sentenceInitialSource(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        let k = sentence.lowerBound
        guard k < u0, units[k].isWord else { return nil }
        // "Nach (den) Worten des …", "Nach Schäubles Idee": the noun may follow an article or a genitive name.
        let sourceNounAt: Int? = units[k].lower == "nach" ? (k + 1..<min(u0, k + 3)).first { SpeechCueLexicon.sourceNouns.contains(units[$0].lower) } : nil
        if ["laut", "gemäß"].contains(units[k].lower) || units[k].lower == "according" || sourceNounAt != nil {
            if let noun = sourceNounAt, noun > k + 1, units[k + 1].isCapitalised, !SpeechCueLexicon.germanDeterminers.contains(units[k + 1].lower) {
                return (k + 1)..<(noun + 1)
            }
            let from = sourceNounAt.map { $0 + 1 } ?? (units[k].lower == "according" ? k + 2 : k + 1)
            var j = from
            if j < u0, ["von", "vom"].contains(units[j].lower) { j += 1 }
            return forwardNP(from: j, limit: u0)
        }
        return nil
    }

    /// Could this noun phrase speak? A pronoun, a person or organisation the recognizer found,
    /// a role ("der Staatsanwalt"), or a bare run of capitalised words (a name, "Meteorologen").
    func isPersonLike(_ np: Range<Int>) -> Bool {
        let words = units[np].filter(\.isWord)
        guard let first = words.first else { return false }
        if words.count == 1, SpeechCueLexicon.pronouns.contains(first.lower) { return true }
        // "Es wurde von X … geäußert": an impersonal pronoun is a placeholder, not a speaker.
        if words.count == 1, SpeakerFinder.impersonalPronouns.contains(first.lower) { return false }
        let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
        if entities.overlapping(span).contains(where: { $0.type == .PER || $0.type == .ORG }) { return true }
        if words.contains(where: { SpeechCueLexicon.isRoleNoun($0.lower) }) { return true }
        let determiners = SpeechCueLexicon.germanDeterminers.union(SpeechCueLexicon.englishDeterminers)
        // "Jegliche Verantwortung weist sie von sich": a capitalised quantifier opening the
        // sentence makes the run a common noun phrase, not a name.
        return !determiners.contains(first.lower) && !SpeakerFinder.quantifiers.contains(first.lower) && words.allSatisfy { $0.isCapitalised || SpeakerFinder.nameParticles.contains($0.lower) }
    }

    static let impersonalPronouns: Set<String> = ["es", "man", "das", "dies", "dieses", "was", "it", "this", "there"]

    static let quantifiers: Set<String> = [
        "jegliche", "jeglicher", "jegliches", "jeglichen", "jede", "jeder", "jedes", "jeden",
        "kein", "keine", "keiner", "keinen", "alle", "viele", "manche", "einige", "sämtliche",
    ]

    /// The person-like noun phrase nearest to the verb between `lo` and `hi`: a personal pronoun
    /// or a phrase holding a person or organisation the recognizer found.
    func personNear(verb v: Int, from lo: Int, to hi: Int) -> Range<Int>? {
        var best: Range<Int>? = nil
        var k = lo
        while k < hi {
            let unit = units[k]
            if unit.isWord, ["er", "sie", "he", "she"].contains(unit.lower), k > lo {
                if best == nil || abs(k - v) < abs(best!.lowerBound - v) { best = k..<(k + 1) }
            } else if unit.isWord, unit.isCapitalised,
                      entities.overlapping(unit.span).contains(where: { $0.type == .PER || $0.type == .ORG }) {
                var start = k
                while start > lo, units[start - 1].isWord, SpeechCueLexicon.germanDeterminers.contains(units[start - 1].lower) || isModifier(units[start - 1].lower) && !units[start - 1].isCapitalised { start -= 1 }
                // "schrieb im Nachrichtenmagazin X": a name after a preposition is a place or a
                // medium, not the subject ("von" stays: it names a passive's agent).
                var p = start - 1
                while p > lo, p >= start - 3, units[p].isWord, units[p].isCapitalised && !SpeakerFinder.placePrepositions.contains(units[p].lower) { p -= 1 }
                if p >= lo, p < start, units[p].isWord, SpeakerFinder.placePrepositions.contains(units[p].lower) {
                    k += 1
                    continue
                }
                if let np = forwardNP(from: start, limit: hi), np.contains(k) {
                    if best == nil || abs(k - v) < abs(best!.lowerBound - v) { best = np }
                    k = np.upperBound
                    continue
                }
            }
            k += 1
        }
        return best
    }

    /// Prepositions whose noun phrase is never the subject: where, in what, to whom.
    static let placePrepositions: Set<String> = [
        "in", "im", "bei", "beim", "auf", "aus", "mit", "zu", "zum", "zur", "am", "an", "über",
        "für", "gegenüber", "gegen", "unter", "vor", "hinter", "neben", "nach",
    ]

    // MARK: - Rules

    /// Inside the gap of an interrupted quote: "he said" / "sagte er" / "said Smith".
    private func subjectAround(verb v: Int, from lo: Int, to hi: Int) -> Range<Int>? {
        if v > lo, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: lo) { return np }
        return forwardNP(from: v + 1, limit: hi)
    }

    /// A speech verb before the quote in its sentence.
    private func subjectBefore(verb v: Int, sentenceStart start: Int, quote u0: Int) -> Range<Int>? {
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
    private func subordinateSubject(verb v: Int, from start: Int) -> Range<Int>? {
        guard let comma = (start..<v).last(where: { units[$0].text == "," }), comma + 2 < v,
              SpeakerFinder.verbFinalOpeners.contains(units[comma + 1].lower),
              // Verb-final: nothing but the verb cluster between the cue and the clause's end.
              ((v + 1)..<min(units.count, v + 3)).first(where: { !units[$0].isWord }).map({ k in
                  ((v + 1)..<k).allSatisfy { !units[$0].isCapitalised && !AttributionCues.isCue(units[$0].lower, language: language) } }) ?? false,
              let np = forwardNP(from: comma + 2, limit: v), isPerson(np) else {
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
    private func articlePhrase(at k: Int, verb v: Int) -> Range<Int>? {
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
           let np = forwardNP(from: comma + 2, limit: v - 1) {
            // "Als ihm einer half, biss der Mann zu und rief": after a leading subordinate clause
            // the main clause opens with its finite verb, the shared subject right after it.
            return np
        }
        if v - 1 > start, ["und", "oder", "sowie"].contains(units[v - 1].lower),
           let first = ((start + 1)..<(v - 1)).first(where: { isFiniteVerbCandidate($0) && !isAttributive($0) && !isNumber($0) }),
           (start..<first).allSatisfy({ units[$0].isWord }) {
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
            var f = prefield.upperBound
            while f < v, !isFiniteVerbCandidate(f) { f += 1 }
            // Verb-second: a clear nominative right after the finite verb is the subject.
            var j = f + 1
            while j < limit, units[j].isWord, SpeakerFinder.skippable.contains(units[j].lower) { j += 1 }
            if j < limit, units[j].isWord {
                let post = units[j].lower
                let firstIsPronounOrDeterminer = SpeechCueLexicon.pronouns.contains(first.lower) || SpeechCueLexicon.germanDeterminers.contains(first.lower)
                if post == "er" && !SpeechCueLexicon.pronouns.contains(first.lower)
                    || ["die", "das"].contains(first.lower) && ["der", "ein", "er"].contains(post)
                    || !firstIsPronounOrDeterminer && ["er", "sie"].contains(post) {
                    return forwardNP(from: j, limit: limit) ?? prefield
                }
            }
            return prefield
        }
        if v + 1 < limit, let np = forwardNP(from: v + 1, limit: limit),
           !SpeakerFinder.nonNominative.contains(units[np.lowerBound].lower) || SpeakerFinder.relativeDeterminers.contains(units[np.lowerBound].lower) { return np }
        var k = start + 1
        while k < v {
            // The finite verb, not an adjective after an article or preposition ("Zur aktuellen
            // Lage … wird Watzke zitiert"): the subject follows the verb.
            if isFiniteVerbCandidate(k - 1), !isAttributive(k - 1), let np = forwardNP(from: k, limit: v) { return np }
            k += 1
        }
        return nil
    }

    /// "dessen Stellvertreter", "deren Sprecherin": a genitive relative before the head noun, in a
    /// noun phrase that may well be the nominative subject.
    static let relativeDeterminers: Set<String> = ["dessen", "deren"]

    /// An inflected adjective between an article (or preposition) and its noun: "eine mögliche
    /// Festnahme", "zur aktuellen Lage". Verbs that inflect alike are cue or auxiliary words.
    private func isAttributive(_ k: Int) -> Bool {
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
        if let subject, !isPersonLike(subject), let person = personNear(verb: verb, from: start, to: u0 - 1) { return person }
        return subject
    }

    /// „…“, sagte X / “…,” he said / „…“ sagte X at the start of a sentence: only then does a
    /// verb after the quote attribute it (not in "spricht von einer „X“ und fordert Hilfe").
    private func attributionMayFollow(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Bool {
        if u1 + 1 < units.count, units[u1 + 1].text == "," { return true }
        let inner = units[u1].text.unicodeScalars.dropLast().last(where: { !QuoteMarks.allMarks.contains($0) })
        if let inner, ",?!".unicodeScalars.contains(inner) { return true }
        return sentence.lowerBound == u0 || units[u0 - 1].text == ":"
            || !units[(u1 + 1)..<min(units.count, u1 + 4)].contains { ["und", "oder", "and", "or", "sowie"].contains($0.lower) }
    }

    /// A quote whose text ends in a full stop ends its sentence: what follows is not its attribution.
    private func quoteContinuesSentence(_ u: Int) -> Bool {
        let inner = units[u].text.unicodeScalars.dropLast().last(where: { !QuoteMarks.allMarks.contains($0) })
        // „….“ erklärte die Ministerin: a lower-case verb right after still attributes the quote.
        if u + 1 < units.count, units[u + 1].isWord, !units[u + 1].isCapitalised { return true }
        // „….“, so die Sprecherin: a comma after the closing mark leads on to the attribution.
        if u + 1 < units.count, units[u + 1].text == "," { return true }
        if inner == "?" || inner == "!" { return !(u + 1 < units.count && units[u + 1].isWord && units[u + 1].isCapitalised) }
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

    // MARK: - Noun phrases

    static let skippable: Set<String> = [
        "sich", "auch", "jedoch", "zudem", "nun", "gar", "weiter", "weiterhin", "ebenfalls", "bereits",
        "dazu", "daraufhin", "außerdem", "dann", "damals", "später", "nochmals", "erneut", "noch", "einst",
        "also", "still", "then", "now", "later", "earlier", "again", "however", "once",
        "dagegen", "hingegen", "wiederum", "allerdings", "lediglich", "schließlich", "anschließend", "ebenso",
    ]
    static let nameParticles: Set<String> = ["von", "van", "de", "da", "del", "di", "al", "bin", "ibn", "le", "la", "zu", "ten", "ter", "dos"]
    static let englishStops: Set<String> = ["that", "and", "but", "which", "who", "when", "while", "as", "if", "in", "on", "at", "to", "for", "with", "by", "from", "it", "this", "there"]

    private func isHead(_ k: Int) -> Bool {
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
    private func extendedAttributeHead(from k: Int, limit: Int) -> Int? {
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
    private func isModifier(_ lower: String) -> Bool {
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
