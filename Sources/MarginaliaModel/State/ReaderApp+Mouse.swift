import MarginaliaText

/// What the mouse did last: a press (for telling a double click) and the word a drag started on.
struct MouseState {
    var lastPress: MouseEvent?
    /// The word under the press that may become the anchor of a dragged range.
    var dragAnchor: Span?
}

/// The mouse (SGR reports, asked for unless `mouse = false` in config.toml): in the article a
/// click selects the sentence under the pointer, a double click the word, a drag a visual range
/// by words; the wheel scrolls the pane under the pointer; in a side pane a click moves the
/// cursor to the item and a double click jumps to it, as Enter does. Overlays (prompt, help,
/// library) ignore the mouse: their keys stay the one way in.
extension ReaderApp {
    /// Two presses at the same cell within this many seconds are a double click.
    static let doubleClickSeconds = 0.4
    /// Rows (or pane items) one wheel step moves.
    static let wheelStep = 3

    public var wantsMouse: Bool { config.mouse ?? true }

    public func handleMouse(_ event: MouseEvent) {
        guard prompt == nil, helpScroll == nil, textView == nil, libraryOverlayContext == nil, !isTooSmall else { return }
        let geometry = self.geometry
        switch event.action {
        case .wheelUp, .wheelDown:
            let delta = event.action == .wheelDown ? Self.wheelStep : -Self.wheelStep
            if let (pane, _) = geometry.panes.first(where: { $0.1.contains(x: event.x, y: event.y) }) {
                scrollPane(pane, by: delta)
            } else if geometry.article.contains(x: event.x, y: event.y) {
                scroll(by: delta)
            }
        case .press:
            guard event.button == 0 else { return }
            let last = mouseState.lastPress
            let isDouble = last.map { $0.x == event.x && $0.y == event.y && event.time - $0.time >= 0
                && event.time - $0.time <= Self.doubleClickSeconds } ?? false
            // A third press starts over rather than counting as another double click.
            mouseState.lastPress = isDouble ? nil : event
            mouseState.dragAnchor = nil
            if let (pane, rect) = geometry.panes.first(where: { $0.1.contains(x: event.x, y: event.y) }) {
                clickPane(pane, rect: rect, y: event.y, double: isDouble)
            } else if geometry.articleText.contains(x: event.x, y: event.y), let offset = articleOffset(x: event.x, y: event.y, geometry) {
                clickArticle(at: offset, double: isDouble)
            }
        case .drag:
            guard let anchor = mouseState.dragAnchor, let document,
                  let offset = articleOffset(x: event.x, y: event.y, geometry, clampToText: true) else { return }
            let head = wordSpan(at: offset, in: document) ?? Span(offset, offset)
            var selection = Selection(span: Span(min(anchor.start, head.start), max(anchor.end, head.end)), unit: .range)
            selection.anchor = anchor
            selection.head = head
            document.selection = selection
            mouseState.lastPress = nil
        case .release:
            break
        }
    }

    /// A click in the article: the sentence under the pointer (the word on a double click).
    private func clickArticle(at offset: Int, double: Bool) {
        guard let document else { return }
        if focus != .article && geometry.isWide { focus(.article) }
        let word = wordSpan(at: offset, in: document)
        mouseState.dragAnchor = word ?? Span(offset, offset)
        if double, let word {
            select(word, unit: .range, extendVisual: false)
        } else if let index = document.sentences.firstIndex(where: { $0.start <= offset && offset < $0.end }) {
            select(document.sentences[index], unit: .sentence(index), extendVisual: false)
        } else if !document.isAnalysed {
            show(message: "still analysing…")
        }
    }

    /// A click in a side pane: its cursor to the item under the pointer; a double click jumps.
    private func clickPane(_ pane: Focus, rect: Rect, y: Int, double: Bool) {
        guard let index = paneItemIndex(pane, rect: rect, y: y) else { return }
        if focus != pane { focus(pane) }
        paneCursor[pane] = index
        if double { jumpToPaneItem() }
    }

    /// The item drawn on screen row `y` of a pane (as SidePane.draw lays the rows out: a box,
    /// the Tags pane's count line, pages of whole screens following the cursor).
    func paneItemIndex(_ pane: Focus, rect: Rect, y: Int) -> Int? {
        var innerY = rect.y + 1
        var innerHeight = rect.height - 2
        if pane == .tags, innerHeight > 1, !tagCountsDescription.isEmpty { innerY += 1; innerHeight -= 1 }
        let items = paneItems(pane)
        guard innerHeight > 0, !items.isEmpty, y >= innerY, y < innerY + innerHeight else { return nil }
        let cursor = min(self.cursor(in: pane), items.count - 1)
        let index = (cursor / innerHeight) * innerHeight + (y - innerY)
        return index < items.count ? index : nil
    }

    /// The wheel over a pane moves its cursor (the pane pages to follow it).
    private func scrollPane(_ pane: Focus, by delta: Int) {
        let count = paneItems(pane).count
        guard count > 0 else { return }
        paneCursor[pane] = max(0, min(count - 1, cursor(in: pane) + delta))
    }

    /// The text offset under screen cell (x, y) of the article text, walking the rows from the
    /// top as the renderer draws them. Nil below the last row (unless `clampToText`, for drags
    /// that leave the text) and on a heading's padding row.
    func articleOffset(x: Int, y: Int, _ geometry: ScreenGeometry, clampToText: Bool = false) -> Int? {
        guard let document else { return nil }
        let rect = geometry.articleText
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

    /// The word containing `offset` (nil on a space or punctuation).
    func wordSpan(at offset: Int, in document: Document) -> Span? {
        let scalars = document.text.scalars
        guard offset < scalars.count, Self.isWordScalar(scalars[offset]) else { return nil }
        guard let word = Self.word(before: offset + 1, in: scalars) else { return nil }
        // `word(before:)` ends at offset + 1; the word goes on to its real end.
        return Self.word(after: word.start, in: scalars)
    }
}
