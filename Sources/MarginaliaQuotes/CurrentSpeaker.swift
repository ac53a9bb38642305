import MarginaliaText
import MarginaliaEntities

/// Reported speech carries on: after "Der Minister sagte, …" the sentences in Konjunktiv that
/// follow ("Die Regeln hätten sich bewährt, man werde „…“") still report the minister, across a
/// paragraph break too, until another speaker is named or an indicative sentence brings news of
/// its own. These tests say when a quote without a cue of its own stands in such a report, and
/// who may go on reporting; `QuoteDetection` carries the speaker.
extension SpeakerFinder {
    /// Is `range` reported speech: a Konjunktiv I or II, or hearsay "soll(en)"?
    func isReportedSpeech(_ range: Range<Int>) -> Bool {
        guard isGerman else { return false }
        return range.contains { units[$0].isWord && isReportingVerb($0) }
    }

    /// Does the paragraph report speech from its start up to the quote at `u`: its own sentence up
    /// to the quote, and every sentence before it, in reported speech, and none of them naming a
    /// speaker of its own ("Beobachter wiesen darauf hin, dass …")? Then it goes on reporting the
    /// speaker of the paragraph before; an indicative sentence between is news of its own (a new
    /// topic) and breaks the report. A quote opening the paragraph has other rules.
    func reportsThroughout(_ sentences: [Range<Int>], upTo u: Int) -> Bool {
        guard isGerman, let own = sentences.last(where: { $0.lowerBound < u }), isReportedSpeech(own.lowerBound..<u) else { return false }
        for sentence in sentences where sentence.lowerBound < u {
            if !isReportedSpeech(sentence.lowerBound..<min(u, sentence.upperBound)) { return false }
            if sentence.upperBound <= u, reportedSpeaker(in: sentence) != nil { return false }
        }
        return true
    }

    /// May the speaker a paragraph reported go on reporting in the next one: a person,
    /// organisation or role, a text ("Laut der Studie …"), or any other phrase that can speak
    /// ("…, schreibt der Arbeitskreis auf seiner Website"), but not a possessive phrase, which
    /// word order mistook for the subject ("erklärten ihre Zufriedenheit").
    func mayGoOnReporting(_ np: Range<Int>) -> Bool {
        isPersonLike(np) || isWrittenText(np) || canSpeak(np) && !isPossessivePhrase(np)
    }

    /// The subject of a main clause after its finite verb ("Am Rande der Sitzung nahm jetzt auch
    /// der Minister des Landes, X (CDU), Stellung."), when it ends on a person or organisation the
    /// recognizer found.
    func verbSecondSubject(_ sentence: Range<Int>) -> Range<Int>? {
        let start = sentence.lowerBound
        // Most sentences name no one: one look-up before any word order is read.
        guard start < sentence.upperBound, units[start].isWord,
              entities.overlapping(Span(units[start].span.start, units[sentence.upperBound - 1].span.end)).contains(where: { $0.type == .PER || $0.type == .ORG }),
              let verb = ((start + 1)..<sentence.upperBound).first(where: { isFiniteVerbCandidate($0) && !isNumber($0) && !isAttributive($0) }),
              (start..<verb).allSatisfy({ units[$0].isWord || units[$0].text == "-" || units[$0].text == "." }) else { return nil }
        // Adverbs between the verb and the subject ("nahm jetzt auch der Minister").
        var after = verb + 1
        while after < min(sentence.upperBound, verb + 4), units[after].isWord, !units[after].isCapitalised,
              !SpeechCueLexicon.germanDeterminers.contains(units[after].lower), !SpeechCueLexicon.pronouns.contains(units[after].lower) { after += 1 }
        guard var np = germanSubject(clauseStart: start, verb: verb, limit: sentence.upperBound)
                ?? (after > verb + 1 ? forwardNP(from: after, limit: sentence.upperBound) : nil) else { return nil }
        // "der Minister des Landes, X (CDU)": the name in apposition belongs to the subject…
        if np.upperBound + 1 < sentence.upperBound, units[np.upperBound].text == ",", units[np.upperBound + 1].isWord,
           let name = entities.overlapping(units[np.upperBound + 1].span).first(where: { $0.type == .PER }) {
            var end = np.upperBound + 1
            while end < sentence.upperBound, units[end].isWord, units[end].span.end <= name.span.end { end += 1 }
            np = np.lowerBound..<end
        }
        // …the party in brackets does not.
        if units[np.upperBound - 1].text == ")", let open = np.last(where: { units[$0].text == "(" }), open > np.lowerBound { np = np.lowerBound..<open }
        // The phrase ends on the name: "hatte X Positives zu vermelden" is "X" and its object.
        guard let last = np.last(where: { units[$0].isWord && entities.overlapping(units[$0].span).contains { $0.type == .PER || $0.type == .ORG } }),
              ((last + 1)..<np.upperBound).allSatisfy({ units[$0].isWord && units[$0].isCapitalised && !SpeechCueLexicon.germanDeterminers.contains(units[$0].lower) })
        else { return nil }
        return np.lowerBound..<(last + 1)
    }
}

extension SpeakerFinder {
    /// The speaker still talking named again by a subject pronoun before the quote and after the
    /// mention that made them the speaker ("Darauf reagierte er gereizt. „…“"): in the quote's
    /// sentence or the one before, "er" after a finite verb or opening the sentence, for a speaker
    /// not known to be female. The subject pronoun of a main clause stands for the topic of the
    /// report. Not "sie", which as often stands for a plural ("Sie seien „…“" of the people the
    /// speaker talks about).
    func topicPronoun(before u: Int, after previous: Span, canonical: String, sentences: [Range<Int>]) -> Range<Int>? {
        guard isGerman, let own = sentences.lastIndex(where: { $0.lowerBound <= u }) else { return nil }
        let gender = canonical.split(separator: " ").first.flatMap { FirstNameGender.of(String($0)) }
        var ranges = [sentences[own].lowerBound..<u]
        if own > 0, sentences[own].lowerBound == u { ranges.append(sentences[own - 1]) }
        for range in ranges {
            guard let k = range.last(where: { k in
                guard units[k].isWord, units[k].span.start >= previous.end else { return false }
                return units[k].lower == "er" && gender != .female && (k == range.lowerBound || isFiniteVerbCandidate(k - 1))
            }) else { continue }
            return k..<(k + 1)
        }
        return nil
    }
}
