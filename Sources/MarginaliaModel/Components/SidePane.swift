import MarginaliaText

/// What a side pane draws: its title, an optional line above the rows (the Tags pane's counts),
/// the rows and the cursor, or a word on why there are none.
struct PaneView: Equatable {
    var title: String
    var focused: Bool
    var header: String?
    var items: [PaneItem]
    var cursor: Int
    var emptyText: String
}

/// The one-line bar of narrow screens: the panes' titles, the focused one marked.
struct PaneBarView: Equatable {
    var titles: [(title: String, focused: Bool)]
    /// "Tab: panes" while the article has the focus.
    var showsHint: Bool

    static func == (a: PaneBarView, b: PaneBarView) -> Bool {
        a.showsHint == b.showsHint && a.titles.map(\.title) == b.titles.map(\.title) && a.titles.map(\.focused) == b.titles.map(\.focused)
    }
}

/// A side pane (Entities, Quotes, Tags): owns its cursor, handles the pane context's commands
/// (moves here; Enter and corrections in SidePane+Commands.swift, which report a `PaneIntent`)
/// and mouse clicks, and draws its rows into a rectangle from a `PaneView`. Its rows come from
/// the document (`ReaderApp.paneItems`).
struct SidePane {
    var cursor = 0

    /// `j`/`k`/`g`/`G` with a count, over `count` rows (huge deltas go to the ends).
    mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { return }
        let next = delta > 0 ? (cursor > count - 1 - delta ? count - 1 : cursor + delta)
                             : (cursor < -delta ? 0 : cursor + delta)
        cursor = max(0, min(count - 1, next))
    }

    /// A click on screen line `y` of a pane drawn in `rect` (`header`: the line above the rows):
    /// the cursor goes to the row there. False when no row is there.
    mutating func click(y: Int, in rect: Rect, header: String?, count: Int) -> Bool {
        let rows = Self.rowsRect(rect, header: header)
        guard rows.height > 0, count > 0, y >= rows.y, y < rows.maxY else { return false }
        let index = Self.firstShown(cursor: min(cursor, count - 1), height: rows.height) + (y - rows.y)
        guard index < count else { return false }
        cursor = index
        return true
    }

    /// Where the rows go in a pane drawn in `rect`: inside the box, below the header line if any.
    static func rowsRect(_ rect: Rect, header: String?) -> Rect {
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard let header, !header.isEmpty, inner.height > 1 else { return inner }
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    /// The first row shown: the rows scroll by whole pages so the cursor stays in view.
    static func firstShown(cursor: Int, height: Int) -> Int { (cursor / max(1, height)) * max(1, height) }

    func view(title: String, focused: Bool, header: String?, items: [PaneItem], emptyText: String) -> PaneView {
        PaneView(title: title, focused: focused, header: header, items: items, cursor: cursor, emptyText: emptyText)
    }

    static func drawBar(_ bar: PaneBarView, in rect: Rect, into grid: inout CellGrid, theme: ResolvedTheme) {
        let barStyle = theme.apply("ui.panebar", to: theme.base)
        grid.fill(rect, style: barStyle)
        var x = rect.x + 1
        for (title, focused) in bar.titles {
            let style = focused ? theme.apply("ui.pane.focused", to: barStyle) : barStyle
            x += grid.put(title, x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), style: style)
            x += grid.put("  ", x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), style: barStyle)
        }
        if bar.showsHint {
            grid.put("Tab: panes", x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), style: theme.apply("ui.hint", to: barStyle))
        }
    }

    static func draw(_ view: PaneView, in rect: Rect, into grid: inout CellGrid, theme: ResolvedTheme) {
        let base = theme.base
        let border = theme.apply(view.focused ? "ui.pane.focused" : "ui.pane.border", to: base)
        let titleStyle = theme.apply(view.focused ? "ui.pane.focused" : "ui.pane.title", to: base)
        grid.box(rect, title: view.title, border: border, titleStyle: titleStyle)
        let box = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard box.height > 0, box.width > 0 else { return }
        let inner = rowsRect(rect, header: view.header)
        if let header = view.header, inner.y > box.y {
            grid.put(truncated(header, width: box.width - 1), x: box.x + 1, y: box.y, maxWidth: box.width - 1, style: theme.apply("ui.hint", to: base))
        }
        let items = view.items
        if items.isEmpty {
            grid.put(view.emptyText, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.apply("ui.hint", to: base))
            return
        }
        let cursor = min(view.cursor, items.count - 1)
        // Rows under section headers are indented so the sections stand out.
        let sectioned = items.first?.isHeader == true
        let first = firstShown(cursor: cursor, height: inner.height)
        for row in 0..<inner.height {
            let index = first + row
            guard index < items.count else { break }
            let item = items[index]
            let rowStyle = index == cursor ? theme.apply(view.focused ? "ui.pane.cursor" : "ui.pane.cursor.inactive", to: base) : base
            grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style: rowStyle)
            var x = inner.x + (sectioned && !item.isHeader ? 3 : 1)
            let markerStyle = item.scope.map { theme.apply($0, to: rowStyle) } ?? rowStyle
            var labelStyle = rowStyle
            if item.isHeader { labelStyle.bold = true }
            if item.rejection != nil { labelStyle = theme.apply("ui.hint", to: labelStyle) }
            x += grid.put(item.marker, x: x, y: inner.y + row, maxWidth: max(0, inner.maxX - x), style: markerStyle)
            x += grid.put(" ", x: x, y: inner.y + row, maxWidth: max(0, inner.maxX - x), style: rowStyle)
            grid.put(truncated(TerminalSafe.oneLine(item.label), width: max(0, inner.maxX - x)), x: x, y: inner.y + row,
                     maxWidth: max(0, inner.maxX - x), style: labelStyle)
        }
    }
}
