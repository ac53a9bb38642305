import MarginaliaText

extension SpeakerFinder {
    /// "Viele Bürger sind der Meinung, der Plan sei „…“", "Die Mehrheit vertritt die Ansicht, dass
    /// …": an opinion noun after the finite verb, then a comma and the opinion itself; the
    /// clause's subject holds the opinion the quote stands in, unless a speech verb of its own
    /// comes between.
    func opinionHolder(_ sentence: Range<Int>, before u0: Int) -> Range<Int>? {
        guard language == .german else { return nil }
        let start = sentence.lowerBound
        guard let n = (start..<u0).last(where: { units[$0].isCapitalised && SpeakerFinder.opinionNouns.contains(units[$0].lower) }),
              n >= start + 2, n + 1 < u0, units[n + 1].text == ",",
              ["der", "die"].contains(units[n - 1].lower) || n >= start + 3 && ["der", "die"].contains(units[n - 2].lower) && !units[n - 1].isCapitalised,
              !((n + 1)..<u0).contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }),
              // The verb of the opinion's own clause ("Viele loben den Plan, andere sind aber der Ansicht").
              let f = ((start + 1)..<n).last(where: { SpeakerFinder.formsOfSein.contains(units[$0].lower) || SpeakerFinder.opinionVerbs.contains(units[$0].lower) })
        else { return nil }
        let clauseStart = (start..<f).last(where: { units[$0].text == "," }).map { $0 + 1 } ?? start
        // "40 Prozent sind …", "Im Umland sind 40 Prozent …": a share of people before or after the verb.
        if f >= clauseStart + 2, let share = share(at: f - 2, limit: f) { return share }
        if let share = share(at: f + 1, limit: n) { return share }
        guard f > clauseStart, let np = germanSubject(clauseStart: clauseStart, verb: f, limit: n), np.upperBound <= n,
              headCanSpeak(np) || isPersonLike(np) else { return nil }
        return np
    }

    /// "40 Prozent", "12 Mitglieder": a number with its noun.
    private func share(at k: Int, limit: Int) -> Range<Int>? {
        guard k + 1 < limit, isNumber(k), units[k + 1].isWord, units[k + 1].isCapitalised else { return nil }
        return k..<(k + 2)
    }

    static let opinionNouns: Set<String> = ["meinung", "auffassung", "ansicht", "überzeugung"]
    static let opinionVerbs: Set<String> = ["teilt", "teilen", "teilte", "teilten", "vertritt", "vertreten", "vertrat", "vertraten"]
}
