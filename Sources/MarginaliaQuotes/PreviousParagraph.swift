/// A paragraph that is nothing but a quotation takes its speaker from the paragraph before:
/// "Die Ministerin sagte:⏎⏎„…“" (the colon announces what follows) and "„…“, sagte sie.⏎⏎„…“"
/// (the quoting goes on). News writing sets long statements off this way in both languages.
extension SpeakerFinder {
    /// The speaker announced by a sentence that ends with a colon ("Sie sagte:", "Der Minister
    /// nahm Stellung:", "She said:"): the subject of its speech verb, else of its clause.
    func announcedSpeaker(_ sentence: Range<Int>) -> Range<Int>? {
        guard let colon = sentence.last, units[colon].text == ":", colon > sentence.lowerBound else { return nil }
        let start = (sentence.lowerBound..<colon).last(where: { units[$0].text == ":" || units[$0].text == ";" }).map { $0 + 1 } ?? sentence.lowerBound
        guard start < colon else { return nil }
        if let np = relativeTextSource(before: colon + 1, sentence: start..<(colon + 1)) { return np }
        if let v = (start..<colon).last(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            && !closesRelativeClause($0, before: colon) }) {
            if isImpersonalSaying(v) {
                let clauseStart = clauseStart(verb: v, from: start)
                return impersonalSource(verb: v, clause: clauseStart..<colon)
            }
            if let np = reportedSpeaker(in: start..<colon) { return np }
        }
        // Without a speech verb only someone who can speak: "Die Forderungen im Überblick:" lists.
        // "Der Vertrag regelt das wie folgt:" announces a quotation of whatever the subject is.
        let announces = colon >= start + 2 && units[colon - 1].lower == "folgt" && units[colon - 2].lower == "wie"
            || units[colon - 1].lower == "folgendes"
        guard let np = subjectBeforeColon(firstQuote: colon + 1, sentence: start..<(colon + 1)),
              isPersonLike(np) || announces && canSpeak(np) else { return nil }
        return np
    }
}
