import FoundationEssentials
import MarginaliaText
import MarginaliaEntities

/// The status line (file, mode, selection, position, save state) and the message line below it
/// (a message, the prompt being edited, or the tag legend).
struct StatusRenderer {
    let app: ReaderApp
    let theme: ResolvedTheme

    func draw(into grid: inout CellGrid, geometry: ScreenGeometry) {
        let base = theme.base
        let status = theme.apply("ui.statusline", to: base)
        let row = geometry.statusRow
        grid.fill(Rect(x: 0, y: row, width: geometry.width, height: 1), style: status)
        let modeStyle = theme.apply("ui.statusline.mode", to: status)
        var left = " " + app.mode + " "
        var x = grid.put(left, x: 0, y: row, maxWidth: geometry.width, style: modeStyle)
        left = " " + (app.document?.displayName ?? "")
        if app.documents.count > 1 { left += " [\(app.documents.current + 1)/\(app.documents.count)]" }
        left += "  " + app.selectionDescription
        if !app.pendingKeys.isEmpty { left += "  " + app.pendingKeys }
        let right = app.libraryStatusText + app.learningStatusText + app.saveStateDescription + "  " + app.positionDescription + " "
        let rightWidth = DisplayWidth.of(right)
        x += grid.put(truncated(TerminalSafe.oneLine(left), width: max(0, geometry.width - x - rightWidth - 1)), x: x, y: row, maxWidth: max(0, geometry.width - x - rightWidth), style: status)
        if geometry.width - rightWidth > x {
            grid.put(right, x: geometry.width - rightWidth, y: row, maxWidth: rightWidth, style: status)
        }

        let messageRow = geometry.messageRow
        if messageRow == row {
            // Compact screen: a prompt or message takes the status row; there is no room for the legend.
            guard app.prompt != nil || app.message != nil else { return }
            grid.fill(Rect(x: 0, y: row, width: geometry.width, height: 1), style: base)
        }
        if app.prompt != nil {
            // Long input scrolls so the cursor stays visible.
            let promptStyle = theme.apply("ui.prompt", to: base)
            let view = app.promptView(width: geometry.width)
            grid.put(view.text, x: 0, y: messageRow, maxWidth: geometry.width, style: promptStyle)
            if let editor = app.prompt?.editor, editor.isAllSelected {
                // The old value, selected: drawn like a selection, so it is clear typing replaces it.
                let label = DisplayWidth.of(app.promptLabel(app.prompt!.kind))
                grid.put(TerminalSafe.oneLine(editor.text), x: label, y: messageRow, maxWidth: max(0, geometry.width - label),
                         style: theme.apply("selection", to: promptStyle))
            }
        } else if let message = app.message {
            grid.put(message, x: 0, y: messageRow, maxWidth: geometry.width, style: theme.apply(app.messageIsError ? "ui.error" : "ui.message", to: base))
        } else if messageRow != row {
            drawLegend(&grid, row: messageRow, width: geometry.width)
        }
    }

    /// `1 claim  2 source ...` in each tag's colour.
    func drawLegend(_ grid: inout CellGrid, row: Int, width: Int) {
        let base = theme.base
        var x = 0
        for (i, tag) in app.tagSet.enumerated() {
            guard x < width else { break }
            let style = theme.apply(app.tagScope(index: i, name: tag), to: base)
            // The key bound now (a user may have moved the tags off the digits), or none.
            if let key = app.keymap.keys(for: "tag-\(i + 1)", in: .article).first {
                x += grid.put(KeyNotation.describe(key) + " ", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.legend.key", to: base))
            }
            x += grid.put(tag, x: x, y: row, maxWidth: width - x, style: style)
            x += grid.put("  ", x: x, y: row, maxWidth: max(0, width - x), style: base)
        }
        if app.usesOwnTagSet, x < width {
            // The article keeps the tag set it was tagged with; say so rather than silently differ.
            x += grid.put("(this article's tag set; :tags adopts the config's)  ", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.hint", to: base))
        }
        if x < width { grid.put("? help", x: x, y: row, maxWidth: width - x, style: theme.apply("ui.hint", to: base)) }
    }
}

extension ReaderApp {
    /// "sentence 3/41", "paragraph 2/9", "entity Putin (PER)", "visual 120 chars".
    public var selectionDescription: String {
        guard let document else { return "" }
        guard let selection = document.selection else { return document.isAnalysed ? "" : "analysing…" }
        return unitDescription(document, selection) + selectionAnnotationSummary
    }

    func unitDescription(_ document: Document, _ selection: Selection) -> String {
        let prefix = selection.isVisual ? "visual " : ""
        switch selection.unit {
        case .sentence(let i): return prefix + "sentence \(i + 1)/\(document.sentences.count)"
        case .paragraph(let i): return prefix + "paragraph \(i + 1)/\(document.paragraphs.count)"
        case .entity(let i):
            guard document.entities.indices.contains(i) else { return "entity" }
            let e = document.entities[i]
            return prefix + "entity \(i + 1)/\(document.entities.count) \(e.text) (\(e.type.rawValue))"
        case .quote(let i): return prefix + "quote \(i + 1)/\(document.quotes.count)"
        case .match:
            guard let search = document.search else { return prefix + "match" }  // search cleared (Esc)
            guard let i = search.current else { return prefix + (search.isCounting ? "match (counting…)" : "match") }
            return prefix + "match \(i + 1)/\(search.matches.count)"
        case .range: return prefix + "range \(selection.span.length) chars"
        }
    }

    /// Position of the bottom of the screen in the article: "Top", "42%", "All".
    public var positionDescription: String {
        guard let document else { return "" }
        let layout = document.layout
        let bottom = layout.advance(document.top, by: pageHeight - 1)
        let atTop = document.top == layout.firstPosition
        let atBottom = bottom == layout.lastPosition
        if atTop && atBottom { return "All" }
        if atTop { return "Top" }
        if atBottom { return "Bot" }
        let offset = layout.row(at: bottom).span.end
        return "\(Int((Double(offset) / Double(max(1, document.text.count)) * 100).rounded(.down)))%"
    }
}
