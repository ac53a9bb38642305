import MarginaliaText
import MarginaliaEntities

extension SpeakerFinder {
    /// Can this German noun phrase be a speaker at all? Word order finds the phrase; this asks
    /// what it is made of. A phrase of only function words, impersonal pronouns or frequent
    /// non-nouns from the word list ("Es", "Unterdessen", "Demgegenüber", "Hatte") is a
    /// sentence-initial word read as a subject, not someone speaking. A pronoun "er"/"sie", a
    /// recognised name or any other capitalised word (a noun, an unknown name) passes.
    func canSpeak(_ np: Range<Int>) -> Bool {
        guard language == .german else { return true }
        // A name in marks (berichtet die „Zeit“) speaks.
        if units[np].contains(where: { $0.quoteIndex != nil }) { return true }
        let words = units[np].filter(\.isWord)
        guard !words.isEmpty else { return false }
        if words.count == 1, SpeechCueLexicon.pronouns.contains(words[0].lower)
            || SpeakerFinder.nominativeRelatives.contains(words[0].lower)
            || SpeakerFinder.anaphoricSources.contains(words[0].lower) || WrittenSource.adverbs.contains(words[0].lower)
            || SpeakerFinder.indefinitePeople.contains(words[0].lower) { return true }
        let span = Span(units[np.lowerBound].span.start, units[np.upperBound - 1].span.end)
        if entities.overlapping(span).contains(where: { $0.type == .PER || $0.type == .ORG }) { return true }
        // Only the phrase's first word may be capitalised for standing first in its sentence;
        // a capitalised word further in is a noun or a name ("Von der Leyen").
        return words.enumerated().contains { i, w in
            w.text.contains("-") || w.isCapitalised
                && !SpeechCueLexicon.functionWords.contains(w.lower) && !SpeechCueLexicon.germanDeterminers.contains(w.lower)
                && (i > 0 || !SpeakerFinder.impersonalPronouns.contains(w.lower) && GermanWords.shipped.wordClass(w.text) != .other)
        }
    }

    /// `np` if it can speak, else nil (so that the next rule is tried).
    func speaking(_ np: Range<Int>?) -> Range<Int>? {
        np.flatMap { canSpeak($0) ? $0 : nil }
    }
}
