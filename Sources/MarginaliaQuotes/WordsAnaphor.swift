/// "„…“, mit diesen Worten meldete er sich zurück" / "„…“ Mit diesen Worten reagierte die
/// Ministerin auf das Urteil" / "“…” With these words, the mayor opened the bridge": a phrase
/// that points back at the quoted words names their speaker as the subject of its clause,
/// whatever the verb.
extension SpeakerFinder {
    /// The subject of the clause that opens at `k` with "mit diesen Worten" / "with these words".
    func wordsAnaphorSubject(at k: Int, limit: Int) -> Range<Int>? {
        guard k + 3 < limit, units[k].isWord, units[k + 2].isWord, ["worten", "words"].contains(units[k + 2].lower),
              ["mit", "with"].contains(units[k].lower),
              ["diesen", "den", "jenen", "these", "those", "the"].contains(units[k + 1].lower) else { return nil }
        if units[k].lower == "with" {
            let from = units[k + 3].text == "," ? k + 4 : k + 3
            // The subject ends before its verb: the first lower-case word in -ed after it.
            let verb = (from..<limit).first(where: { units[$0].isWord && !units[$0].isCapitalised && units[$0].lower.hasSuffix("ed") }) ?? limit
            return forwardNP(from: from, limit: verb)
        }
        guard isFiniteVerbCandidate(k + 3) else { return nil }
        return germanSubject(clauseStart: k, verb: k + 3, limit: limit)
    }

    /// Right after the quote („…“, mit diesen Worten …) or opening the next sentence.
    func wordsAnaphorSpeaker(lastQuote u1: Int, sentence: Range<Int>, next: Range<Int>?) -> Range<Int>? {
        let k = u1 + 1 < sentence.upperBound && units[u1 + 1].text == "," ? u1 + 2 : u1 + 1
        if k < sentence.upperBound, let np = wordsAnaphorSubject(at: k, limit: sentence.upperBound) { return np }
        if let next, let np = wordsAnaphorSubject(at: next.lowerBound, limit: next.upperBound) { return np }
        // "„…“ So der Bürgermeister nach einem Rundgang.": "so" and a noun phrase, no verb.
        if language != .english, let next, next.count > 2, units[next.lowerBound].lower == "so",
           units[next.lowerBound + 1].isWord, SpeechCueLexicon.germanDeterminers.contains(units[next.lowerBound + 1].lower) || units[next.lowerBound + 1].isCapitalised,
           let np = forwardNP(from: next.lowerBound + 1, limit: next.upperBound),
           !next[np.upperBound...].contains(where: { isFiniteVerbCandidate($0) && !SpeechCueLexicon.functionWords.contains(units[$0].lower)
               && !["einem", "einer", "eines"].contains(units[$0].lower) && !isAdjectiveAfterArticle($0) }) {
            return np
        }
        return nil
    }

    /// "nach einem kurzen Rundgang": an inflected word after an article or preposition is no verb.
    private func isAdjectiveAfterArticle(_ k: Int) -> Bool {
        k > 0 && (SpeechCueLexicon.germanDeterminers.contains(units[k - 1].lower) || SpeechCueLexicon.functionWords.contains(units[k - 1].lower))
            && ["e", "en", "er", "es", "em"].contains(where: { units[k].lower.hasSuffix($0) })
    }
}
