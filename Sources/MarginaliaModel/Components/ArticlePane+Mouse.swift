import MarginaliaText

/// The mouse in the article text (the coordinator routes the events whose cell lies in
/// `rect`, the text's rectangle): a click selects the sentence under the pointer, a double
/// click the word, a drag from a word a visual range by words.
extension ArticlePane {
    /// A press at cell (x, y); `double`: the second of a double click. `hit`: it was on text.
    mutating func press(x: Int, y: Int, in rect: Rect, double: Bool) -> (hit: Bool, note: StatusNote?) {
        dragAnchor = nil
        guard let document, let offset = offset(x: x, y: y, in: rect) else { return (false, nil) }
        let word = wordSpan(at: offset)
        dragAnchor = word ?? Span(offset, offset)
        if double, let word {
            select(word, unit: .range, extendVisual: false)
        } else if let index = document.sentences.firstIndex(where: { $0.start <= offset && offset < $0.end }) {
            select(document.sentences[index], unit: .sentence(index), extendVisual: false)
        } else if !document.isAnalysed {
            return (true, StatusNote("still analysing…"))
        }
        return (true, nil)
    }

    /// A drag to cell (x, y) after a press in the text: the range from the pressed word to the
    /// word under the pointer. False when no press in the text started it.
    func drag(x: Int, y: Int, in rect: Rect) -> Bool {
        guard let anchor = dragAnchor, let document, let offset = offset(x: x, y: y, in: rect, clampToText: true) else { return false }
        let head = wordSpan(at: offset) ?? Span(offset, offset)
        var selection = Selection(span: Span(min(anchor.start, head.start), max(anchor.end, head.end)), unit: .range)
        selection.anchor = anchor
        selection.head = head
        document.selection = selection
        return true
    }

    /// The text offset under screen cell (x, y) of the article text in `rect`, walking the rows
    /// from the top as the renderer draws them. Nil below the last row (unless `clampToText`, for
    /// drags that leave the text) and on a heading's padding row.
    func offset(x: Int, y: Int, in rect: Rect, clampToText: Bool = false) -> Int? {
        guard let document else { return nil }
        let layout = document.layout
        let wanted = clampToText ? min(max(0, y - rect.y), rect.height - 1) : y - rect.y
        guard wanted >= 0, wanted < rect.height else { return nil }
        let position = layout.advance(document.top, by: wanted)
        if layout.distance(from: document.top, to: position) < wanted && !clampToText { return nil }
        let row = layout.row(at: position)
        if row.isPadding { return clampToText ? row.span.start : nil }
        let column = max(0, x - rect.x)
        var found: Int?
        var left = 0
        GlyphScanner.scan(document.text, row.span) { glyph in
            guard found == nil, glyph.width > 0 else { return }
            if column < left + glyph.width { found = glyph.offset }
            left += glyph.width
        }
        // Right of the row's last glyph: its last character (the space or line end).
        return found ?? max(row.span.start, row.span.end - 1)
    }
}
