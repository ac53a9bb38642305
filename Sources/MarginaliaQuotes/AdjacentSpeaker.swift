/// A speaker named right against the opening mark, with nothing but punctuation or a source
/// preposition between: the nearest attribution there is, nearer than any verb of the sentence.
extension SpeakerFinder {
    /// - "Kanzlerin Anna Berg („…“)": a quote in brackets after a person's name;
    /// - "…, und der Landrat Otto Wiese: „…“": a person closing a list item before a colon;
    /// - "laut Oberstaatsanwalt X „…“", "nach Angaben von X „…“": a source phrase ending at the marks.
    func adjacentSpeaker(firstQuote u0: Int, sentence: Range<Int>) -> Range<Int>? {
        guard u0 >= 2, u0 > sentence.lowerBound + 1 else { return nil }
        if units[u0 - 1].text == "(", u0 + 1 < units.count, units[u0 + 1].text == ")",
           let np = backwardNP(endingAt: u0 - 2, lowerLimit: sentence.lowerBound).map(trimmedToName), isPerson(np) {
            return np
        }
        if units[u0 - 1].text == ":", let np = backwardNP(endingAt: u0 - 2, lowerLimit: sentence.lowerBound),
           np.lowerBound > sentence.lowerBound, SpeakerFinder.listJoiners.contains(units[np.lowerBound - 1].lower), isPerson(np) {
            return np
        }
        if let m = (max(sentence.lowerBound, u0 - 10)..<u0).last(where: {
            units[$0].isWord && AttributionCues.isSourceMarker(units, at: $0, language: language) }),
           units[m].lower != "zufolge", let np = sourceNP(at: m, sentence: sentence.lowerBound..<u0), np.upperBound == u0, isPersonLike(np) {
            return np
        }
        return nil
    }

    /// „…“ (Stiftung Beispiel).: a name in brackets right after the closing mark, ending the
    /// sentence, is the quote's source as in a citation. Not a reference ("(Artikel 5)"): every
    /// word is capitalised, or the recognizer found a person or organisation there.
    func bracketedSource(lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        let open = u1 + 1
        guard open + 2 < units.count, units[open].text == "(",
              let close = ((open + 1)..<min(units.count, open + 7)).first(where: { !units[$0].isWord && units[$0].text != "-" }),
              units[close].text == ")", close > open + 1,
              close + 1 >= sentence.upperBound || close + 1 < units.count && [".", ";", "!", "?"].contains(units[close + 1].text),
              let np = forwardNP(from: open + 1, limit: close), np.upperBound == close, isPersonLike(np) else { return nil }
        return np
    }

    /// "Gratulationen kamen von Kanzlerin X" -> "Kanzlerin X": a German name phrase ends a run of
    /// capitalised words (and particles) after the last other lower-case word.
    func trimmedToName(_ np: Range<Int>) -> Range<Int> {
        guard language != .english, let cut = np.last(where: { units[$0].isWord && !units[$0].isCapitalised
            && !SpeakerFinder.nameParticles.contains(units[$0].lower) && !SpeechCueLexicon.germanDeterminers.contains(units[$0].lower)
            && !isAttributeAfterArticle($0, from: np.lowerBound) }),
              cut + 1 < np.upperBound else { return np }
        var start = cut + 1
        // "von Kanzlerin X": the preposition before a title and a name is not part of the name.
        // "vom" (von dem) never opens a name.
        if units[start].lower == "vom" && np.upperBound - start > 1 || units[start].lower == "von" && np.upperBound - start > 2 { start += 1 }
        return start..<np.upperBound
    }

    /// "der oberste geistliche Führer": inflected adjectives after an article belong to the phrase.
    private func isAttributeAfterArticle(_ k: Int, from lower: Int) -> Bool {
        var j = k
        let articles = SpeechCueLexicon.germanDeterminers.union(["vom", "zum", "zur", "im", "beim", "am"])
        while j > lower, units[j].isWord, !units[j].isCapitalised, !articles.contains(units[j].lower) {
            let w = units[j].lower
            guard ["e", "en", "er", "es", "em"].contains(where: { w.hasSuffix($0) }), !AttributionCues.isCue(w, language: language),
                  !SpeechCueLexicon.clauseWords.contains(w), !SpeechCueLexicon.functionWords.contains(w) else { return false }
            j -= 1
        }
        return articles.contains(units[j].lower)
    }

    static let listJoiners: Set<String> = ["und", "sowie", ",", ";", ")", "and"]
}
