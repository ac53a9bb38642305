import MarginaliaText
import MarginaliaEntities

/// Moving the selection in the article by unit: sentences, paragraphs, entity mentions, words,
/// and the sentences at the top, middle and bottom of the screen (H/M/L, as in less and Vim).
extension ArticlePane {
    enum ScreenPlace: Sendable { case top, middle, bottom }

    /// Moves to the `count`-th next (or previous) unit of `spans` from the selection. Returns
    /// what the status line should say: no such units, or an end of the list reached.
    func moveSelection(in spans: [Span], forward: Bool, count: Int, unit: (Int) -> SelectionUnit, name: String) -> StatusNote? {
        guard let document else { return nil }
        guard !spans.isEmpty else { return StatusNote(document.isAnalysed ? "no \(name)s in this article" : "still analysing…") }
        let topOffset = document.layout.row(at: document.top).span.start
        let reference = selectionHead ?? Span(topOffset, topOffset)
        var index: Int
        if let current = spans.firstIndex(of: reference) {
            // On a unit of this kind: step from it.
            index = forward ? current + count : current - count
        } else if forward {
            // From another kind of selection (a sentence, a match): the first unit after its start,
            // or one starting with it but inside it (an entity opening the sentence).
            index = (spans.firstIndex { $0.start > reference.start || ($0.start == reference.start && $0.end < reference.end) } ?? spans.count) + count - 1
        } else {
            index = (spans.lastIndex { $0.start < reference.start } ?? -1) - (count - 1)
        }
        var note: StatusNote?
        if index >= spans.count { index = spans.count - 1; note = StatusNote("last \(name)") }
        if index < 0 { index = 0; note = StatusNote("first \(name)") }
        select(spans[index], unit: unit(index))
        return note
    }

    /// `)` and `(`.
    func selectSentence(forward: Bool, count: Int) -> StatusNote? {
        moveSelection(in: document?.sentences ?? [], forward: forward, count: count, unit: { .sentence($0) }, name: "sentence")
    }

    /// `}` and `{`.
    func selectParagraph(forward: Bool, count: Int) -> StatusNote? {
        moveSelection(in: document?.paragraphs ?? [], forward: forward, count: count, unit: { .paragraph($0) }, name: "paragraph")
    }

    /// `e` and `E`: the mention, and what it is and what can be done with it (unless at an end).
    func selectEntity(forward: Bool, count: Int) -> StatusNote? {
        guard let document else { return nil }
        let spans = document.caches.entitySpans.value(for: document.analysisVersion) { document.entities.map(\.span) }
        if let note = moveSelection(in: spans, forward: forward, count: count, unit: { .entity($0) }, name: "entity") { return note }
        guard case .entity(let i)? = document.selection?.unit, document.entities.indices.contains(i) else { return nil }
        let e = document.entities[i]
        let canonical = e.canonical != e.text && !e.canonical.isEmpty ? " = \(e.canonical)" : ""
        return StatusNote("\(e.type.rawValue) \(e.text)\(canonical) (\(Int((e.confidence * 100).rounded()))%) — a accept, r reject, t type")
    }

    /// `H`/`M` (and `screen-bottom`): the first, middle or last sentence on screen.
    func selectOnScreen(_ place: ScreenPlace) -> StatusNote? {
        guard let document, let view = visibleRange else { return nil }
        let onScreen = document.sentences.indices.filter { document.sentences[$0].start >= view.start && document.sentences[$0].start < view.end }
        guard let first = onScreen.first, let last = onScreen.last else { return StatusNote("no sentence on screen") }
        let index: Int
        switch place {
        case .top: index = first
        case .bottom: index = last
        case .middle:
            // The sentence that contains the middle row's start (else the middle one of those on screen).
            let middle = document.layout.row(at: document.layout.advance(document.top, by: pageHeight / 2)).span.start
            index = onScreen.last { document.sentences[$0].start <= middle } ?? onScreen[onScreen.count / 2]
        }
        select(document.sentences[index], unit: .sentence(index))
        return nil
    }

    // MARK: Words

    /// Word motions: `w` selects the next word, `B` (in a visual range also `b`) the previous one;
    /// in a visual range they extend it word by word, so a name the analysis missed can be
    /// selected exactly and made an entity (`m`) or a quote (`"`).
    func selectWord(forward: Bool, count: Int) -> StatusNote? {
        guard let document else { return nil }
        let scalars = document.text.scalars
        let head = selectionHead ?? Span(0, 0)
        var word: Span? = nil
        var from = forward ? head.end : head.start
        for _ in 0..<max(1, count) {
            guard let next = forward ? Self.word(after: from, in: scalars) : Self.word(before: from, in: scalars) else { break }
            word = next
            from = forward ? next.end : next.start
        }
        guard let word else { return StatusNote(forward ? "no next word" : "no previous word") }
        select(word, unit: .range)
        return nil
    }

    /// The word containing `offset` (nil on a space or punctuation).
    func wordSpan(at offset: Int) -> Span? {
        guard let scalars = document?.text.scalars, offset < scalars.count, Self.isWordScalar(scalars[offset]) else { return nil }
        guard let word = Self.word(before: offset + 1, in: scalars) else { return nil }
        // `word(before:)` ends at offset + 1; the word goes on to its real end.
        return Self.word(after: word.start, in: scalars)
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
