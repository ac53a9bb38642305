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

    var isGerman: Bool { language != .english }

    func find(firstQuote u0: Int, lastQuote u1: Int, gaps: [Range<Int>], sentence: Range<Int>) -> Range<Int>? {
        for gap in gaps {
            if let v = gap.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) {
                if let np = subjectAround(verb: v, from: gap.lowerBound, to: gap.upperBound) { return np }
            }
        }
        if let np = relativeTextSource(before: u0, sentence: sentence) { return np }
        if let np = adjacentSpeaker(firstQuote: u0, sentence: sentence) ?? bracketedSource(lastQuote: u1, sentence: sentence) { return np }
        if let np = frontedClauseSpeaker(firstQuote: u0, sentence: sentence) { return np }
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
            } else if v > u1 + 1, units[v - 1].isWord, let np = passiveAgent(firstQuote: u1, verb: v, sentence: sentence) {
                // "X wird von vielen als die „…“ Y aller Zeiten bezeichnet": the words before the
                // participle finish the object; a passive's agent speaks.
                return np
            } else if v > u1 + 1, units[v - 1].isWord, let np = backwardNP(endingAt: v - 1, lowerLimit: u1 + 1),
                      mayBeSubjectBeforeVerb(np) {
                return np
            } else if units[v].lower.hasPrefix("zitier"), let np = quotedPerson(afterVerb: v, limit: end) {
                return np
            } else if !opensClause(at: v + 1, limit: end), let np = forwardNP(from: v + 1, limit: end) {
                // Not "“…”, and added that other libraries …": there the cue's object is a clause.
                return np
            }
        }
        // "Demnach sei er „…“", "die Sichtweise des Ministers, wonach es „…“ gebe": a pronominal
        // adverb standing for a statement named before is the attribution (resolved like a pronoun).
        if isGerman, let a = (sentence.lowerBound..<u0).last(where: { units[$0].isWord && SpeakerFinder.anaphoricSources.contains(units[$0].lower) }),
           // Not across a colon: "…, wonach X besäße: „…“" announces a new statement.
           !((a + 1)..<u0).contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) || units[$0].text == ":" }) {
            return a..<(a + 1)
        }
        // "Die Lage wird von der Regierung als „…“ beschrieben": a passive's agent speaks.
        if let v = AttributionCues.cueAfter(units, after: u1, language: language), let np = passiveAgent(firstQuote: u1, verb: v, sentence: sentence) {
            return np
        }
        let start = sentence.lowerBound
        if let np = prefieldQuoteSubject(firstQuote: u0, lastQuote: u1, sentence: sentence)
            ?? prepositionalPrefieldSpeaker(firstQuote: u0, lastQuote: u1, sentence: sentence) { return np }
        // "Nach Angaben des X handle es sich um Y, das jedoch nach Bewertung der Polizei „…“ sei":
        // a source marker in a later clause, nearer the quote, is that clause's source.
        if let np = sentenceInitialSource(sentence, before: u0), let nearer = laterClauseSource(after: np, before: u0, sentence: sentence) { return nearer }
        if let np = sentenceInitialSource(sentence, before: u0) ?? judgementHolder(sentence, before: u0)
            ?? claimHolder(sentence, before: u0) ?? clauseJudgementHolder(firstQuote: u0, lastQuote: u1, sentence: sentence) { return np }
        let lastVerb = (start..<u0).last(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            && !closesRelativeClause($0, before: u0) && !isAttributiveCue($0, quote: u0) })
        if let m = (start..<u0).last(where: { units[$0].isWord && AttributionCues.isSourceMarker(units, at: $0, language: language) }),
           m > (lastVerb ?? -1), !isPossessiveMarker(m), let np = sourceNP(at: m, sentence: sentence) {
            // "… waren dem Bericht zufolge nicht näher bezeichnete „…“": the source nearest the quote.
            return np
        }
        if let np = writtenSource(firstQuote: u0, lastQuote: u1, sentence: sentence) { return np }
        if let np = wieClauseSource(sentence.lowerBound..<u0) { return np }
        // "X schloss sich an: Der Sprecher Y bewertete den Plan als „…“": a clause after a colon
        // with its own subject and indicative verb is not what the verb before the colon says.
        // "„…“, Vizekanzler X strich Ys „…“ hervor": after an earlier quote and a comma, a clause
        // with its own subject and verb attributes the next quote, not the verb before them.
        if let v = lastVerb, let q = (v..<u0).last(where: { units[$0].quoteIndex.map { !nameQuotes.contains($0) } ?? false }),
           q + 3 < u0, units[q + 1].text == ",", units[q + 2].isWord, units[q + 2].isCapitalised,
           let f = ((q + 3)..<u0).first(where: { isFiniteVerbCandidate($0) && !isAttributive($0) }),
           let np = germanSubject(clauseStart: q + 2, verb: f, limit: u0), isPerson(np) { return np }
        if let v = lastVerb, let colon = (v..<u0).last(where: { units[$0].text == ":" }),
           ((colon + 1)..<u0).contains(where: { units[$0].isWord }),
           let np = speakingSubject(sentence, before: u0), np.lowerBound > colon { return np }
        // "Die Agentur zitiert den Minister mit folgenden Worten: „…“": "zitieren" quotes its object.
        if isGerman, let z = (start..<u0).last(where: { units[$0].isWord && units[$0].lower.hasPrefix("zitier") }),
           !((z + 1)..<u0).contains(where: { units[$0].quoteIndex != nil }),
           let np = quotedPerson(afterVerb: z, limit: u0), isPerson(np) { return np }
        if let v = lastVerb {
            // "In dem Antrag heißt es:": the document speaks.
            if isImpersonalSaying(v) {
                let clauseStart = clauseStart(verb: v, from: start)
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
    func quotedPerson(afterVerb v: Int, limit: Int) -> Range<Int>? {
        var k = v + 1
        // "zitiert ihn die Zeitung": an object pronoun in front is the one quoted.
        if k < limit, ["ihn", "ihm"].contains(units[k].lower) { return k..<(k + 1) }
        while k < min(limit, v + 3), units[k].isWord, !units[k].isCapitalised,
              !SpeechCueLexicon.germanDeterminers.contains(units[k].lower) { k += 1 }
        guard let first = forwardNP(from: k, limit: limit) else { return nil }
        // "zitierte den Minister die Zeitung": an object in front is the one quoted.
        if SpeakerFinder.nonNominative.contains(units[first.lowerBound].lower) { return first }
        // "zitiert die Zeitung den Minister", "zitiert die „Zeitung“ X": the subject cites, the
        // object after it is quoted (a person, or a phrase in the accusative).
        if let second = forwardNP(from: first.upperBound, limit: limit),
           isPerson(second) || SpeakerFinder.nonNominative.contains(units[second.lowerBound].lower) && headCanSpeak(second) { return second }
        return first
    }

    /// "so das Fazit der Betreiber", "so die Einschätzung von X": a verdict noun stands for its
    /// holder, named in the genitive or after "von".
    func holderOfVerdict(_ np: Range<Int>, limit: Int) -> Range<Int>? {
        guard let head = np.first(where: { units[$0].isWord && units[$0].isCapitalised }),
              SpeakerFinder.verdictNouns.contains(units[head].lower), head + 1 < np.upperBound,
              ["des", "der", "von", "vom"].contains(units[head + 1].lower) else { return nil }
        let from = ["von", "vom"].contains(units[head + 1].lower) ? head + 2 : head + 1
        return forwardNP(from: from, limit: limit)
    }

    /// Pronominal adverbs that attribute what follows to a statement or holder named before.
    static let anaphoricSources: Set<String> = ["demnach", "wonach"]

    /// What "wonach" stands for: the noun phrase before its comma ("Die Sichtweise von Minister X
    /// (CDU), wonach …" -> "Minister X"), a person in it when there is one.
    func relativeSourceAntecedent(_ a: Int, lowerLimit: Int) -> Range<Int>? {
        guard units[a].lower == "wonach", a >= 2, units[a - 1].text == "," else { return nil }
        var end = a - 2
        if units[end].text == ")", let open = (max(lowerLimit, end - 4)..<end).last(where: { units[$0].text == "(" }) { end = open - 1 }
        guard end >= lowerLimit, let np = backwardNP(endingAt: end, lowerLimit: lowerLimit) else { return nil }
        return personNear(verb: end, from: np.lowerBound, to: np.upperBound) ?? np
    }

    static let gradingAdverbs: Set<String> = ["nicht", "noch", "bisher", "bislang", "kaum", "sehr", "besonders", "zuvor", "namentlich"]

    static let objectPronouns: Set<String> = ["ihn", "ihm", "ihr", "es", "uns", "euch", "ihnen", "mich", "dich"]

    static let verdictNouns: Set<String> = [
        "fazit", "urteil", "einschätzung", "meinung", "ansicht", "kommentar", "worte", "resümee",
        "bilanz", "antwort", "reaktion", "kritik", "vorwurf", "begründung", "mitteilung", "stellungnahme",
    ]

    /// "ihrer Meinung nach": the possessive stands for someone the sentence already names (the
    /// subject of "Sie äußerte sich gegen die ihrer Meinung nach verbreiteten …: „…“").
    func isPossessiveMarker(_ m: Int) -> Bool {
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
        // "Aber wie …": a conjunction opening the sentence does not part "wie" from the clause start.
        for w in range where units[w].lower == "wie" && (w == range.lowerBound || units[w - 1].text == ","
            || w == range.lowerBound + 1 && SpeakerFinder.clauseLinkingConjunctions.contains(units[w - 1].lower)) {
            var k = w + 1, limit = w + 14
            // The subject may have a name in apposition: "Wie der Vorsitzende Richter, X, ausführte,".
            // A name in marks or a hyphenated compound with one belongs to it too ("Wie die „Bild“-Zeitung berichtet").
            while k < min(range.upperBound, limit), units[k].isWord || units[k].text == "," && k + 1 < range.upperBound && units[k + 1].isWord
                    || units[k].quoteIndex.map(nameQuotes.contains) == true || units[k].text.hasPrefix("-") {
                if AttributionCues.isCue(units[k].lower, language: language) {
                    // "wie es aus Regierungskreisen hieß,": the impersonal report's source speaks, not "es".
                    if units[w + 1].lower == "es" { return impersonalSource(wie: w, verb: k) }
                    if k + 1 < units.count, units[k + 1].text == ",", let np = forwardNP(from: w + 1, limit: k) { return np }
                    break
                }
                // "Wie X, der den Prozess beobachtet hatte, feststellt,": a relative clause describes the
                // subject; the verb of the "wie" clause follows its closing comma.
                if units[k].text == ",", opensRelativeClause(afterComma: k),
                   let close = ((k + 2)..<range.upperBound).first(where: { !units[$0].isWord && units[$0].text != "." }), units[close].text == "," {
                    limit += close - k
                    k = close
                }
                k += 1
                // "Wie der Bürgermeister X (SPD) sagte,": a party or place in brackets after the name.
                if k + 2 < range.upperBound, units[k].text == "(", units[k + 1].isWord, units[k + 2].text == ")" { k += 3 }
            }
        }
        return nil
    }

    /// The speaker a sentence without quotes reports ("Der Minister sagte, man werde …"), so that
    /// a partial quote in a following sentence of indirect speech can be attributed to it.
    func reportedSpeaker(in sentence: Range<Int>) -> Range<Int>? {
        let sentence = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2 * ParagraphUnits.window)
        // "Wie die Ministerin, X, erklärte, habe sie …": the "wie" clause names who reports.
        if let np = wieClauseSource(sentence) { return np }
        if let v = sentence.first(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }) {
            // "In einem Papier des Ministeriums heißt es, die Regeln hätten sich bewährt.": the
            // document an impersonal report names goes on speaking in the sentences after it.
            if isImpersonalSaying(v) {
                let clauseStart = clauseStart(verb: v, from: sentence.lowerBound)
                return impersonalSource(verb: v, clause: clauseStart..<sentence.upperBound)
            }
            if let np = subjectBefore(verb: v, sentenceStart: sentence.lowerBound, quote: sentence.upperBound) { return np }
        }
        for k in sentence where units[k].isWord && AttributionCues.isSourceMarker(units, at: k, language: language) {
            if let np = sourceNP(at: k, sentence: sentence) { return np }
        }
        return nil
    }

    /// A sentence between quotes whose subject is a named person ("Der Bruder des Ministers, X,
    /// war eingeweiht.", "Am Rande der Sitzung nahm auch die Ministerin X Stellung.") or
    /// organisation ("Scharf kritisieren die Grünen den Entwurf."): the news moves on to them, who
    /// are likelier to say the next quote than the speaker before. Only a name the recognizer
    /// found, not a pronoun or role.
    func namedSubject(of sentence: Range<Int>) -> Range<Int>? {
        guard isGerman else { return nil }
        if let np = sentenceSubject(sentence, before: sentence.upperBound) {
            let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
            if entities.overlapping(span).contains(where: { $0.type == .PER || $0.type == .ORG }) { return np }
        }
        return verbSecondSubject(sentence)
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
    func passiveAgent(firstQuote u: Int, verb v: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, (u + 1..<v).allSatisfy({ units[$0].isWord }) else { return nil }
        // A name in marks ("im „Standard“") is a word of the clause.
        let clauseStart = (sentence.lowerBound..<u).last(where: { !units[$0].isWord && units[$0].quoteIndex.map(nameQuotes.contains) != true })
            .map { $0 + 1 } ?? sentence.lowerBound
        let clause = clauseStart..<u
        guard clause.contains(where: { SpeakerFinder.passiveAuxiliaries.contains(units[$0].lower) }) else { return nil }
        guard let von = clause.last(where: { ["von", "vom"].contains(units[$0].lower) }) else {
            // "… wurden gestern im „Standard“ als „…“ bezeichnet": without an agent, the medium
            // the passive names is the source; the grammatical subject is what is described.
            return passiveMedium(clause)
        }
        if let np = forwardNP(from: von + 1, limit: u) { return np }
        // "von vielen", "von manchen": an indefinite pronoun standing for people is the agent.
        if von + 1 < u, SpeakerFinder.indefinitePeople.contains(units[von + 1].lower) { return (von + 1)..<(von + 2) }
        // "von offizieller Seite": an adjective and its noun without an article.
        if von + 2 < u, units[von + 1].isWord, !units[von + 1].isCapitalised, units[von + 2].isWord, units[von + 2].isCapitalised {
            return (von + 1)..<(von + 3)
        }
        return nil
    }

    /// Indefinite pronouns in the dative that stand for people ("von vielen als … bezeichnet").
    static let indefinitePeople: Set<String> = ["vielen", "manchen", "einigen", "mehreren", "wenigen", "anderen", "allen", "beiden"]

    static let passiveAuxiliaries: Set<String> = ["wird", "werden", "wurde", "wurden", "worden"]

    /// "im „Standard“", "in der „Zeit“", "in der Tageszeitung X": a name in marks or an organisation
    /// the recognizer found after "in"/"im" (and an article).
    func passiveMedium(_ clause: Range<Int>) -> Range<Int>? {
        guard let p = clause.last(where: { ["in", "im"].contains(units[$0].lower) }) else { return nil }
        guard let np = forwardNP(from: p + 1, limit: clause.upperBound) else { return nil }
        let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
        let named = units[np].contains { $0.quoteIndex.map(nameQuotes.contains) == true }
            || entities.overlapping(span).contains { $0.type == .ORG }
        return named ? np : nil
    }

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
              !isReportingVerb(verb),
              let np = germanSubject(clauseStart: start, verb: verb, limit: u0), isPerson(np) || isWrittenText(np) && !isFirstSubjunctiveShaped(verb) else { return nil }
        return np
    }

    /// "Auch der Sprecher der Fraktion, Dieter Beispiel, will …": a first constituent whose commas
    /// belong to a name in apposition, running up to the finite verb.
    func apposedPrefield(from start: Int, verb: Int) -> Bool {
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
        return words.contains(where: { $0.isCapitalised && SpeechCueLexicon.isRoleNoun($0.lower) }) || np.contains(where: isPersonNoun(at:))
    }

    /// Konjunktiv II and I forms that also mark reported speech but that the quote judge's table
    /// leaves out (there they would count as evidence for a quote).
    static let subjunctiveExtras: Set<String> = ["hätte", "wäre", "wären", "halte", "halten", "stelle", "würde"]

    /// "So soll der Spieler „…“ ziehen", "Künftig sollen die Behörden …": "sollen" in a report says
    /// what someone demands, plans or claims; like a Konjunktiv it marks a report about its subject.
    static let hearsayModals: Set<String> = ["soll", "sollen", "sollte", "sollten"]

    /// Is the finite verb at `k` one of reported speech (Konjunktiv I or II, or hearsay "sollen")?
    /// Its clause's subject is what the report is about, not who announces the quote.
    func isReportingVerb(_ k: Int) -> Bool {
        let w = units[k].lower
        return SpeechCueLexicon.konjunktivForms.contains(w) || SpeakerFinder.subjunctiveExtras.contains(w) || SpeakerFinder.hearsayModals.contains(w)
    }

    func isNumber(_ k: Int) -> Bool {
        units[k].text.unicodeScalars.first?.properties.numericType != nil
    }

    /// "Laut X …", "Nach Angaben von X …", "According to X, …" opening the sentence before the quote.
    func sentenceInitialSource(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        let k = sentence.lowerBound
        guard k < u0, units[k].isWord else { return nil }
        // "Nach (den) Worten des …", "Nach Schäubles Idee": the noun may follow an article or a genitive name.
        // "Nach einer vom Verband veröffentlichten Erklärung": or after an article and its attributes.
        let sourceNounAt: Int? = units[k].lower == "nach" ? (k + 1..<min(u0, k + 6)).first { SpeechCueLexicon.sourceNouns.contains(units[$0].lower) }
            .flatMap { n in n < k + 3 || (k + 1..<n).allSatisfy({ units[$0].isWord }) && SpeechCueLexicon.germanDeterminers.contains(units[k + 1].lower) ? n : nil } : nil
        if ["laut", "gemäß"].contains(units[k].lower) || units[k].lower == "according" || sourceNounAt != nil {
            if let noun = sourceNounAt, noun > k + 1, units[k + 1].isCapitalised, !SpeechCueLexicon.germanDeterminers.contains(units[k + 1].lower) {
                return (k + 1)..<(noun + 1)
            }
            // The statement itself when no holder follows it in the genitive or after "von".
            if let noun = sourceNounAt, noun > k + 2, noun + 1 < u0,
               !["des", "der", "von", "vom", "eines", "einer"].contains(units[noun + 1].lower) {
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
        if words.contains(where: { SpeechCueLexicon.isRoleNoun($0.lower) }) || np.contains(where: isPersonNoun(at:)) { return true }
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
                    // "Müllers Einsatz": a name in the genitive before its noun owns the thing the
                    // phrase names; the phrase is not the person.
                    if isPrenominalGenitive(k, in: np) {
                        k = np.upperBound
                        continue
                    }
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

    /// A common noun naming a person by the word list ("der Landwirt", "die Bäuerin"), not a
    /// place adjective before a noun ("die Wiener Linien", "der Berliner Senat"), nor a noun
    /// after a quantifier ("Jeder Pädagoge könne …" is said of everyone, not by someone).
    func isPersonNoun(at k: Int) -> Bool {
        guard units[k].isWord, !(k > 0 && units[k - 1].isWord && SpeakerFinder.quantifiers.contains(units[k - 1].lower)), units[k].isCapitalised, PersonNouns.isPerson(units[k].text) else { return false }
        return !(k + 1 < units.count && units[k + 1].isWord && units[k + 1].isCapitalised)
    }
}
