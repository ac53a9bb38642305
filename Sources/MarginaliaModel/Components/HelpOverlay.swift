import MarginaliaText

/// What the help is generated from: the command table and the live keymap (so user overrides
/// show), the tag set (`tag-n` rows name their tags), whether the mouse is on, the screen width.
struct HelpSource {
    let commands: [CommandSpec]
    let keymap: Keymap
    let tagSet: [String]
    let wantsMouse: Bool
    let width: Int
}

/// One row of the help: keys and text, or a section header.
struct HelpLine: Equatable {
    var keys: String
    var text: String
    var isHeader = false
}

/// What the overlay draws: the lines from `scroll` on, under a title.
struct HelpView {
    var title: String
    var lines: [HelpLine]
    /// Keys in a column of their own (the help), or plain text only (messages, a note).
    var keyColumn: Bool
    var scroll: Int
}

/// The help overlay (`?`), also the reader of long text (`:messages`, a note in full): owns
/// whether it is open, its scroll offset, the text it shows instead of keys and the context
/// it was opened on; handles the help context's commands (scroll, close) and draws from a
/// `HelpView`.
struct HelpOverlay {
    /// Row offset, nil when the overlay is closed.
    var scroll: Int?
    /// Text shown instead of keys (`:messages`, a note in full).
    var textView: (title: String, lines: [String])?
    /// The screen the help was opened on: its keys come first.
    var context: CommandContext = .article

    var isOpen: Bool { scroll != nil }

    mutating func open(context: CommandContext) {
        self.context = context
        textView = nil
        scroll = 0
    }

    mutating func showText(_ title: String, _ lines: [String]) {
        textView = (title, lines)
        scroll = 0
    }

    mutating func close() { scroll = nil }

    mutating func scroll(by delta: Int, source: HelpSource) {
        let last = max(0, lines(source).count - 1)
        scroll = max(0, min(last, (scroll ?? 0) &+ delta))
    }

    func view(_ source: HelpSource) -> HelpView? {
        guard let scroll else { return nil }
        return HelpView(title: textView?.title ?? "Help", lines: lines(source), keyColumn: textView == nil, scroll: scroll)
    }

    /// The sections shown for help opened on `context`, in order.
    static func sections(for context: CommandContext) -> [CommandContext] {
        switch context {
        case .library, .filter: return [.library, .filter]
        case .hits: return [.hits]
        case .pane: return [.pane, .article, .visual, .global, .prompt, .help]
        default: return [.article, .visual, .pane, .global, .prompt, .help]
        }
    }

    /// The text shown: the text view wrapped to the overlay's width, else the keys grouped by
    /// context, the screen `?` was pressed on first.
    func lines(_ source: HelpSource) -> [HelpLine] {
        if let view = textView { return Self.wrapped(view.lines, width: max(10, source.width - 9)) }
        var lines: [HelpLine] = []
        for context in Self.sections(for: context) {
            let specs = source.commands.filter { $0.context == context }
            guard !specs.isEmpty else { continue }
            if !lines.isEmpty { lines.append(HelpLine(keys: "", text: "")) }
            lines.append(HelpLine(keys: context.title, text: "", isHeader: true))
            for spec in specs {
                var description = spec.description
                // tag-1..tag-9: only the tags the tag set has, each with its name.
                if let n = Self.tagNumber(of: spec.name) {
                    guard n <= source.tagSet.count else { continue }
                    description = "tag the selection “\(source.tagSet[n - 1])”"
                }
                let keys = source.keymap.keys(for: spec.name, in: context).map(KeyNotation.describe)
                let colon = ([spec.name] + spec.aliases).map { ":" + $0 }.joined(separator: " ")
                let label = keys.isEmpty ? colon : keys.joined(separator: " ")
                lines.append(HelpLine(keys: label, text: description + (keys.isEmpty ? "" : "  (:\(spec.name))")))
            }
        }
        if ![.library, .filter, .hits].contains(context) {
            lines.append(HelpLine(keys: "", text: ""))
            lines.append(HelpLine(keys: source.wantsMouse ? "Mouse" : "Mouse (off: mouse = false in config.toml)", text: "", isHeader: true))
            lines += Self.mouseLines.map { HelpLine(keys: $0.0, text: $0.1) }
        }
        return lines
    }

    /// Every message (or the note) in full, wrapped; continuation lines indented.
    static func wrapped(_ messages: [String], width: Int) -> [HelpLine] {
        var lines: [HelpLine] = []
        for message in messages {
            var rest = Substring(message), indent = ""
            while !rest.isEmpty {
                var chunk = indent, used = DisplayWidth.of(indent)
                while let c = rest.first, used + DisplayWidth.of(c) <= width { chunk.append(c); used += DisplayWidth.of(c); rest = rest.dropFirst() }
                if chunk == indent, let c = rest.first { chunk.append(c); rest = rest.dropFirst() }
                lines.append(HelpLine(keys: "", text: chunk))
                indent = "  "   // continuation lines of a long message
            }
        }
        return lines.isEmpty ? [HelpLine(keys: "", text: "(nothing)")] : lines
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

    /// Draws the overlay in a box over a screen of `width` x `height`.
    static func draw(_ view: HelpView, into grid: inout CellGrid, width: Int, height: Int, theme: ResolvedTheme) {
        let base = theme.apply("ui.help", to: theme.base)
        let rect = Rect(x: 2, y: 1, width: width - 4, height: height - 3)
        guard rect.width > 10, rect.height > 3 else { return }
        grid.fill(rect, style: base)
        let frame = theme.apply("ui.pane.focused", to: base)
        grid.box(rect, title: view.title + " — j/k scroll, Esc closes", border: frame, titleStyle: frame)
        let content = view.lines
        let keyWidth = view.keyColumn ? min(24, max(8, (content.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 2)) : 0
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        for row in 0..<inner.height {
            let index = view.scroll + row
            guard index < content.count else { break }
            let line = content[index]
            if line.isHeader {
                grid.put(line.keys, x: inner.x, y: inner.y + row, maxWidth: inner.width, style: theme.apply("ui.heading", to: base))
            } else {
                grid.put(truncated(line.keys, width: keyWidth - 1), x: inner.x, y: inner.y + row, maxWidth: keyWidth, style: theme.apply("ui.legend.key", to: base))
                grid.put(truncated(line.text, width: max(0, inner.width - keyWidth)), x: inner.x + keyWidth, y: inner.y + row,
                         maxWidth: max(0, inner.width - keyWidth), style: base)
            }
        }
    }
}
