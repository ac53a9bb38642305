import MarginaliaText

/// Short marks whose words stand inside another, longer pair of marks of the same article.
///
/// A writer who puts „frischen Wind“ in marks after quoting „… bringt frischen Wind in die
/// Stadt“, or „Firma X“ beside the statement „Ziel der Strategie von Firma X ist …“, repeats
/// words already quoted or names something the quotation mentions: a mention of those words or a
/// name, not a new quotation.
enum EchoedMarks {
    /// At most this many scalars inside the marks: longer text is a statement of its own.
    static let maxLength = 60

    /// For each candidate: do its inner words (edge punctuation left out) stand, as whole words,
    /// inside the inner text of a longer candidate that does not hold it? Linear in the text
    /// inside marks: each word there is looked up once among the short marks' first words, and
    /// short marks of the same words are tried as one group.
    static func flags(_ text: ArticleText, candidates: [QuoteCandidate]) -> [Bool] {
        let scalars = text.scalars
        let isWord = QuoteScanner.isWordScalar
        var flags = [Bool](repeating: false, count: candidates.count)
        // Groups of short candidates with the same words (a needle and its members), found by the first word.
        var groups: [(needle: Span, members: [Int], open: Bool)] = []
        var groupOfWords: [String: Int] = [:]
        var byFirstWord: [String: [Int]] = [:]
        for (k, c) in candidates.enumerated() where c.inner.length <= maxLength {
            var start = c.inner.start, end = c.inner.end
            while start < end, !isWord(scalars[start]) { start += 1 }
            while end > start, !isWord(scalars[end - 1]) { end -= 1 }
            guard start < end else { continue }
            let words = text[Span(start, end)]
            if let g = groupOfWords[words] { groups[g].members.append(k); continue }
            var firstEnd = start
            while firstEnd < end, isWord(scalars[firstEnd]) { firstEnd += 1 }
            groupOfWords[words] = groups.count
            byFirstWord[text[Span(start, firstEnd)], default: []].append(groups.count)
            groups.append((Span(start, end), [k], true))
        }
        guard !groups.isEmpty else { return flags }
        for d in candidates where d.inner.length > 2 {
            let span = d.inner
            var i = span.start
            while i < span.end {
                guard isWord(scalars[i]), i == span.start || !isWord(scalars[i - 1]) else { i += 1; continue }
                var wordEnd = i
                while wordEnd < span.end, isWord(scalars[wordEnd]) { wordEnd += 1 }
                for g in byFirstWord[text[Span(i, wordEnd)]] ?? [] where groups[g].open {
                    let needle = groups[g].needle
                    guard i + needle.length <= span.end,
                          i + needle.length == span.end || !isWord(scalars[i + needle.length]),
                          (0..<needle.length).allSatisfy({ scalars[i + $0] == scalars[needle.start + $0] }) else { continue }
                    for k in groups[g].members where !flags[k] {
                        let c = candidates[k]
                        flags[k] = span.length > c.inner.length + 2
                            && !(d.openIndex <= c.openIndex && c.closeIndex <= d.closeIndex)
                    }
                    groups[g].open = groups[g].members.contains { !flags[$0] }
                }
                i = wordEnd
            }
        }
        return flags
    }
}
