import MarginaliaText

/// The side panes (Entities, Quotes, Tags) in boxes, and on narrow screens the pane bar.
struct PaneRenderer {
    let app: ReaderApp
    let theme: ResolvedTheme

    func draw(into grid: inout CellGrid, geometry: ScreenGeometry) {
        let base = theme.base
        if let bar = geometry.paneBar {
            let barStyle = theme.apply("ui.panebar", to: base)
            grid.fill(bar, style: barStyle)
            var x = bar.x + 1
            for pane in [Focus.entities, .quotes, .tags] {
                let focused = app.focus == pane
                let style = focused ? theme.apply("ui.pane.focused", to: barStyle) : barStyle
                x += grid.put(app.paneTitle(pane), x: x, y: bar.y, maxWidth: max(0, bar.maxX - x), style: style)
                x += grid.put("  ", x: x, y: bar.y, maxWidth: max(0, bar.maxX - x), style: barStyle)
            }
            if app.focus == .article {
                grid.put("Tab: panes", x: x, y: bar.y, maxWidth: max(0, bar.maxX - x), style: theme.apply("ui.hint", to: barStyle))
            }
        }
        for (pane, rect) in geometry.panes { drawPane(pane, rect: rect, into: &grid) }
    }

    func drawPane(_ pane: Focus, rect: Rect, into grid: inout CellGrid) {
        let base = theme.base
        let focused = app.focus == pane
        let border = theme.apply(focused ? "ui.pane.focused" : "ui.pane.border", to: base)
        let titleStyle = theme.apply(focused ? "ui.pane.focused" : "ui.pane.title", to: base)
        grid.box(rect, title: app.paneTitle(pane), border: border, titleStyle: titleStyle)
        var inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard inner.height > 0, inner.width > 0 else { return }
        // The Tags pane opens with the count per tag.
        if pane == .tags, inner.height > 1, !app.tagCountsDescription.isEmpty {
            grid.put(truncated(app.tagCountsDescription, width: inner.width - 1), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.apply("ui.hint", to: base))
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let items = app.paneItems(pane)
        if items.isEmpty {
            let empty = app.document?.isAnalysed == false ? "analysing…" : (pane == .tags ? "no tags yet (1-9 tags)" : "none found")
            grid.put(empty, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.apply("ui.hint", to: base))
            return
        }
        let cursor = min(app.cursor(in: pane), items.count - 1)
        // Rows under section headers are indented so the sections stand out.
        let sectioned = items.first?.isHeader == true
        // Keep the cursor in view: scroll by whole pages.
        let first = (cursor / inner.height) * inner.height
        for row in 0..<inner.height {
            let index = first + row
            guard index < items.count else { break }
            let item = items[index]
            let selected = index == cursor
            let rowStyle = selected ? theme.apply(focused ? "ui.pane.cursor" : "ui.pane.cursor.inactive", to: base) : base
            grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style: rowStyle)
            var x = inner.x + (sectioned && !item.isHeader ? 3 : 1)
            let markerStyle = item.scope.map { theme.apply($0, to: rowStyle) } ?? rowStyle
            var labelStyle = rowStyle
            if item.isHeader { labelStyle.bold = true }
            if item.rejection != nil { labelStyle = theme.apply("ui.hint", to: labelStyle) }
            x += grid.put(item.marker, x: x, y: inner.y + row, maxWidth: max(0, inner.maxX - x), style: markerStyle)
            x += grid.put(" ", x: x, y: inner.y + row, maxWidth: max(0, inner.maxX - x), style: rowStyle)
            grid.put(truncated(TerminalSafe.oneLine(item.label), width: max(0, inner.maxX - x)), x: x, y: inner.y + row, maxWidth: max(0, inner.maxX - x), style: labelStyle)
        }
    }
}
