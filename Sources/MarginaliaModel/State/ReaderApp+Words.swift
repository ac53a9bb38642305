import MarginaliaText

/// Word motions: `w` selects the next word, `B` (in a visual range also `b`) the previous one;
/// in a visual range they extend it word by word, so a name the analysis missed can be
/// selected exactly and made an entity (`m`) or a quote (`"`).
extension ReaderApp {
    public func selectWord(forward: Bool, count: Int) {
        guard let document else { return }
        let scalars = document.text.scalars
        let head = selectionHead ?? Span(0, 0)
        var word: Span? = nil
        var from = forward ? head.end : head.start
        for _ in 0..<max(1, count) {
            guard let next = forward ? Self.word(after: from, in: scalars) : Self.word(before: from, in: scalars) else { break }
            word = next
            from = forward ? next.end : next.start
        }
        guard let word else { show(message: forward ? "no next word" : "no previous word"); return }
        select(word, unit: .range)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    /// The first word starting at or after `offset`.
    static func word(after offset: Int, in scalars: ScalarStore) -> Span? {
        var i = offset
        while i < scalars.count, !isWordScalar(scalars[i]) { i += 1 }
        guard i < scalars.count else { return nil }
        return Span(i, wordEnd(from: i, in: scalars))
    }

    /// The last word ending at or before `offset`.
    static func word(before offset: Int, in scalars: ScalarStore) -> Span? {
        var end = min(offset, scalars.count)
        while end > 0, !isWordScalar(scalars[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        // Inner hyphens and apostrophes belong to the word (Baden-Württemberg, Merkel's).
        while start > 0, isWordScalar(scalars[start - 1]) || (start > 1 && isJoiner(scalars[start - 1]) && isWordScalar(scalars[start - 2])) { start -= 1 }
        return Span(start, end)
    }

    private static func isJoiner(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "'" || s == "’" }

    private static func wordEnd(from start: Int, in scalars: ScalarStore) -> Int {
        var j = start
        while j < scalars.count, isWordScalar(scalars[j]) || (isJoiner(scalars[j]) && j + 1 < scalars.count && isWordScalar(scalars[j + 1])) { j += 1 }
        return j
    }
}
