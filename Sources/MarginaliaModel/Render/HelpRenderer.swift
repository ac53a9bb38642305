import MarginaliaText

/// The help text, generated from the command table and the live keymap (so user overrides
/// show), grouped by context: the screen `?` was pressed on first.
struct HelpContent {
    let lines: [(keys: String, text: String, isHeader: Bool)]

    /// The sections shown for help opened on `context`, in order.
    static func sections(for context: CommandContext) -> [CommandContext] {
        switch context {
        case .library, .filter: return [.library, .filter]
        case .hits: return [.hits]
        case .pane: return [.pane, .article, .visual, .global, .prompt, .help]
        default: return [.article, .visual, .pane, .global, .prompt, .help]
        }
    }

    init(app: ReaderApp) {
        var lines: [(String, String, Bool)] = []
        if let view = app.textView {
            // Every message (or the note) in full, wrapped to the overlay's width.
            let width = max(10, app.width - 9)
            for message in view.lines {
                var rest = Substring(message), indent = ""
                while !rest.isEmpty {
                    var chunk = indent, used = DisplayWidth.of(indent)
                    while let c = rest.first, used + DisplayWidth.of(c) <= width { chunk.append(c); used += DisplayWidth.of(c); rest = rest.dropFirst() }
                    if chunk == indent, let c = rest.first { chunk.append(c); rest = rest.dropFirst() }
                    lines.append(("", chunk, false))
                    indent = "  "   // continuation lines of a long message
                }
            }
            if lines.isEmpty { lines.append(("", "(nothing)", false)) }
            self.lines = lines
            return
        }
        for context in HelpContent.sections(for: app.helpContext) {
            let specs = app.commands.filter { $0.context == context }
            guard !specs.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((context.title, "", true))
            for spec in specs {
                var description = spec.description
                // tag-1..tag-9: only the tags the tag set has, each with its name.
                if let n = HelpContent.tagNumber(of: spec.name) {
                    guard n <= app.tagSet.count else { continue }
                    description = "tag the selection “\(app.tagSet[n - 1])”"
                }
                let keys = app.keymap.keys(for: spec.name, in: context).map(KeyNotation.describe)
                let colon = ([spec.name] + spec.aliases).map { ":" + $0 }.joined(separator: " ")
                let label = keys.isEmpty ? colon : keys.joined(separator: " ")
                lines.append((label, description + (keys.isEmpty ? "" : "  (:\(spec.name))"), false))
            }
        }
        if ![.library, .filter, .hits].contains(app.helpContext) {
            lines.append(("", "", false))
            lines.append((app.wantsMouse ? "Mouse" : "Mouse (off: mouse = false in config.toml)", "", true))
            lines += HelpContent.mouseLines.map { ($0.0, $0.1, false) }
        }
        self.lines = lines
    }

    /// What the mouse does (ReaderApp+Mouse); not commands, so not in the command table.
    static let mouseLines = [
        ("click", "article: select the sentence; side pane: move to the item"),
        ("double click", "article: select the word; side pane: jump to it (as Enter)"),
        ("drag", "select a range word by word (then tag it, m, \")"),
        ("wheel", "scroll the pane under the pointer"),
        ("Shift-drag", "the terminal's own text selection (copy), as in vim and tmux"),
    ]

    /// `n` for the `tag-n` commands, nil for every other command.
    static func tagNumber(of name: String) -> Int? {
        guard name.hasPrefix("tag-") else { return nil }
        return Int(name.dropFirst(4))
    }
}

struct HelpRenderer {
    let app: ReaderApp
    let theme: ResolvedTheme

    func draw(into grid: inout CellGrid, geometry: ScreenGeometry) {
        draw(into: &grid, geometry: geometry, scroll: 0)
    }

    func draw(into grid: inout CellGrid, geometry: ScreenGeometry, scroll: Int) {
        let base = theme.apply("ui.help", to: theme.base)
        let rect = Rect(x: 2, y: 1, width: geometry.width - 4, height: geometry.height - 3)
        guard rect.width > 10, rect.height > 3 else { return }
        grid.fill(rect, style: base)
        grid.box(rect, title: (app.textView?.title ?? "Help") + " — j/k scroll, Esc closes", border: theme.apply("ui.pane.focused", to: base), titleStyle: theme.apply("ui.pane.focused", to: base))
        let content = HelpContent(app: app).lines
        let keyWidth = app.textView != nil ? 0 : min(24, max(8, (content.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 2))
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        for row in 0..<inner.height {
            let index = scroll + row
            guard index < content.count else { break }
            let line = content[index]
            if line.isHeader {
                grid.put(line.keys, x: inner.x, y: inner.y + row, maxWidth: inner.width, style: theme.apply("ui.heading", to: base))
            } else {
                grid.put(truncated(line.keys, width: keyWidth - 1), x: inner.x, y: inner.y + row, maxWidth: keyWidth, style: theme.apply("ui.legend.key", to: base))
                grid.put(truncated(line.text, width: max(0, inner.width - keyWidth)), x: inner.x + keyWidth, y: inner.y + row, maxWidth: max(0, inner.width - keyWidth), style: base)
            }
        }
    }
}
