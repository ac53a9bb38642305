import MarginaliaText

/// The number of "sie" from its finite verb: a German third-person plural verb ends in -en or
/// -n ("sie schrieben", "schenken sie", "sie sind"), the singular never does ("sie sagte", "sie
/// hat", "erklärte sie"). The verb is the word right after a "Sie" opening its sentence or
/// clause, or the word right before an inverted "sie".
enum PronounNumber {
    static func hasPluralVerb(_ span: Span, in text: ArticleText) -> Bool {
        let before = Tokenizer.tokenize(text, in: Span(max(0, span.start - 40), span.start))
        let after = Tokenizer.tokenize(text, in: Span(span.end, min(text.count, span.end + 40)))
        let previous = before.last?.text
        let opensClause = previous.map { [".", ",", ":", ";", "!", "?", "\n"].contains($0) || $0.unicodeScalars.allSatisfy { QuoteMarks.allMarks.contains($0) } } ?? true
        if opensClause, let next = after.first?.text { return isPluralVerb(next) }
        if let previous, before.count >= 2, isPluralVerb(previous) {
            // An inverted subject follows its verb, which follows the first constituent.
            return true
        }
        return false
    }

    /// Where the clause of the word at `offset` starts: after the last punctuation that parts
    /// clauses, a quotation mark or a line break before it, at most `clauseReach` code points back.
    static func clauseStart(before offset: Int, in text: ArticleText) -> Int {
        let breaks: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "\n", "(", ")", "–"]
        var k = offset
        while k > max(0, offset - clauseReach) {
            let c = text.scalars[k - 1]
            if breaks.contains(c) || QuoteMarks.allMarks.contains(c) && c != "'" { return k }
            k -= 1
        }
        return k
    }

    static let clauseReach = 200

    /// A lower-case word ending as a third-person plural finite verb does, that is no function
    /// word ("denen", "wegen", "deren" end so too).
    static func isPluralVerb(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        let lower = word.lowercased()
        if lower == "sind" { return true }
        guard lower.count >= 4, lower.hasSuffix("en") || lower.hasSuffix("ern") || lower.hasSuffix("eln") else { return false }
        return !notVerbs.contains(lower) && !SpeechCueLexicon.functionWords.contains(lower)
            && !SpeechCueLexicon.germanDeterminers.contains(lower) && !SpeakerFinder.relativePronouns.contains(lower)
    }

    /// Words ending in -en that stand before "sie" and are no verbs.
    static let notVerbs: Set<String> = [
        "denen", "deren", "wegen", "trotzdem", "zwischen", "neben", "oben", "unten", "außen", "innen", "morgen",
        "eben", "seinen", "ihren", "diesen", "jenen", "welchen", "allen", "vielen", "einigen", "beiden", "anderen",
    ]
}
