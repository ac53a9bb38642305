import MarginaliaText

/// What the status line (mode, file, selection, position, save state) and the message line
/// below it show: a message, the prompt being edited, or the tag legend.
struct StatusView {
    var mode: String
    var left: String
    var right: String
    var bottom: Bottom

    enum Bottom {
        case prompt(PromptLineView)
        case message(String, isError: Bool)
        /// `1 claim  2 source ...`: each tag with the key bound to it now (nil: none).
        case legend([(key: String?, tag: String, scope: String)], ownTagSet: Bool)
    }
}

/// Draws a `StatusView` on the status and message rows of the screen.
enum StatusLine {
    static func draw(_ view: StatusView, into grid: inout CellGrid, geometry: ScreenGeometry, theme: ResolvedTheme) {
        let base = theme.base
        let status = theme.apply("ui.statusline", to: base)
        let row = geometry.statusRow
        grid.fill(Rect(x: 0, y: row, width: geometry.width, height: 1), style: status)
        var x = grid.put(" " + view.mode + " ", x: 0, y: row, maxWidth: geometry.width, style: theme.apply("ui.statusline.mode", to: status))
        let rightWidth = DisplayWidth.of(view.right)
        x += grid.put(truncated(TerminalSafe.oneLine(view.left), width: max(0, geometry.width - x - rightWidth - 1)), x: x, y: row,
                      maxWidth: max(0, geometry.width - x - rightWidth), style: status)
        if geometry.width - rightWidth > x {
            grid.put(view.right, x: geometry.width - rightWidth, y: row, maxWidth: rightWidth, style: status)
        }

        let messageRow = geometry.messageRow
        if messageRow == row {
            // Compact screen: a prompt or message takes the status row; there is no room for the legend.
            if case .legend = view.bottom { return }
            grid.fill(Rect(x: 0, y: row, width: geometry.width, height: 1), style: base)
        }
        switch view.bottom {
        case .prompt(let prompt):
            PromptLine.draw(prompt, row: messageRow, width: geometry.width, into: &grid, theme: theme)
        case .message(let message, let isError):
            grid.put(message, x: 0, y: messageRow, maxWidth: geometry.width, style: theme.apply(isError ? "ui.error" : "ui.message", to: base))
        case .legend(let tags, let ownTagSet):
            drawLegend(tags, ownTagSet: ownTagSet, into: &grid, row: messageRow, width: geometry.width, theme: theme)
        }
    }

    /// `1 claim  2 source ...` in each tag's colour.
    static func drawLegend(_ tags: [(key: String?, tag: String, scope: String)], ownTagSet: Bool, into grid: inout CellGrid,
                           row: Int, width: Int, theme: ResolvedTheme) {
        let base = theme.base
        var x = 0
        for item in tags {
            guard x < width else { break }
            if let key = item.key {
                x += grid.put(key + " ", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.legend.key", to: base))
            }
            x += grid.put(item.tag, x: x, y: row, maxWidth: width - x, style: theme.apply(item.scope, to: base))
            x += grid.put("  ", x: x, y: row, maxWidth: max(0, width - x), style: base)
        }
        if ownTagSet, x < width {
            // The article keeps the tag set it was tagged with; say so rather than silently differ.
            x += grid.put("(this article's tag set; :tags adopts the config's)  ", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.hint", to: base))
        }
        if x < width { grid.put("? help", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.hint", to: base)) }
    }
}
