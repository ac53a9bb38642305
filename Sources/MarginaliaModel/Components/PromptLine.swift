import MarginaliaText

/// A line being edited at the bottom of the screen, and what Enter does with it.
public enum PromptKind: Equatable, Sendable {
    case command, search, note, speaker
    /// A yes/no question (`:q!`: discard this session's changes?).
    case confirm
}

public struct Prompt: Equatable, Sendable {
    public var kind: PromptKind
    public var editor: LineEditor
}

/// What the bottom line shows of the prompt: its text (scrolled so the cursor stays on screen),
/// the cursor's column, and the old value drawn selected while typing would replace it.
struct PromptLineView: Equatable {
    var text: String
    var cursorX: Int
    var selected: (x: Int, text: String)?

    static func == (a: PromptLineView, b: PromptLineView) -> Bool {
        a.text == b.text && a.cursorX == b.cursorX && a.selected?.x == b.selected?.x && a.selected?.text == b.selected?.text
    }
}

/// The prompt and command line (`:`, `/`, a note, a speaker name, a yes/no question): owns the
/// line being edited, the history of `:` and `/` lines and where Up/Down are in it, and Tab's
/// candidates; handles the prompt context's edits and draws from a `PromptLineView`. What Enter
/// does with the line is the coordinator's (`ReaderApp.submit`).
struct PromptLine {
    var prompt: Prompt?
    let environment: [String: String]
    /// The `:` and `/` lines typed before (read on first use).
    lazy var history = PromptHistory(environment: environment)
    var historyWalk: HistoryWalk?
    /// Tab's candidates while Tab cycles through them (nil after any other edit).
    var completion: PromptCompletion?
    /// The passage a note or speaker prompt will apply to (fixed when the prompt opens).
    var target: Span?
    /// The quotes a speaker prompt opened on a speaker header renames (empty: just `target`).
    var group: [Span] = []

    init(environment: [String: String]) { self.environment = environment }

    /// `selected`: the text starts selected, so typing replaces it (an old speaker name) while
    /// End or an arrow keeps it for editing.
    mutating func open(_ kind: PromptKind, text: String = "", selected: Bool = false) {
        completion = nil
        historyWalk = nil
        prompt = Prompt(kind: kind, editor: LineEditor(text, selectAll: selected))
    }

    /// Enter: closes the line and hands it over, kept in the history (`save: false` writes no file).
    mutating func submit(save: Bool) -> Prompt? {
        guard let current = prompt else { return nil }
        prompt = nil
        history.add(current.editor.text, kind: current.kind, save: save)
        return current
    }

    mutating func edit(_ edit: LineEditor.Edit) {
        completion = nil
        historyWalk = nil
        prompt?.editor.apply(edit)
    }

    /// Backspace: deletes the character before the cursor; on an empty `:` or `/` line it
    /// leaves the line, as in Vim.
    mutating func deleteBackward() {
        if let kind = prompt?.kind, prompt?.editor.text.isEmpty == true, kind == .command || kind == .search {
            prompt = nil
        } else {
            edit(.deleteBackward)
        }
    }

    /// A character no prompt row binds: typed into the line.
    mutating func type(_ c: Character) {
        completion = nil
        historyWalk = nil
        prompt?.editor.insert(c)
    }

    /// Up (`older: true`) or Down in the `:` or `/` prompt: the lines that begin with what was
    /// typed before the first Up, as in Vim.
    mutating func walkHistory(older: Bool) {
        guard var current = prompt, PromptHistory.fileName(current.kind) != nil else { return }
        let walk = historyWalk ?? HistoryWalk(draft: current.editor.text, index: Int.max)
        let matching = history.entries(current.kind).filter { $0.hasPrefix(walk.draft) }
        guard !matching.isEmpty else { return }
        var index = min(walk.index, matching.count)
        index += older ? -1 : 1
        if index < 0 { return }
        if index >= matching.count {
            current.editor.replace(with: walk.draft)   // back below the newest: the line typed
            historyWalk = nil
        } else {
            current.editor.replace(with: matching[index])
            historyWalk = HistoryWalk(draft: walk.draft, index: index)
        }
        prompt = current
    }

    /// Tab: the next candidate while Tab cycles, else the first of `candidates` (the line before
    /// the word, the candidates that fit the word; see `PromptCompletion`).
    mutating func complete(candidates: (PromptKind, String) -> (head: String, matches: [String])) {
        guard var current = prompt else { return }
        if var cycle = completion, cycle.candidates.count > 1 {
            cycle.index = (cycle.index + 1) % cycle.candidates.count
            current.editor.replace(with: cycle.head + cycle.candidates[cycle.index])
            prompt = current
            completion = cycle
            return
        }
        let (head, matches) = candidates(current.kind, current.editor.text)
        guard let first = matches.first else { return }
        current.editor.replace(with: head + first)
        prompt = current
        completion = PromptCompletion(head: head, candidates: matches, index: 0)
    }

    /// A `:` line as a command name and its arguments (split at spaces, and unsplit for file
    /// paths with spaces); nil for an empty line.
    static func command(_ line: String) -> (name: String, invocation: Invocation)? {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let rest = String(trimmed.dropFirst(name.count)).trimmingSpaces
        let arguments = rest.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        return (name, Invocation(count: nil, arguments: arguments, rawArgument: rest))
    }

    static func label(_ kind: PromptKind) -> String {
        switch kind {
        case .command: return ":"
        case .search: return "/"
        case .note: return "note: "
        case .speaker: return "speaker: "
        case .confirm: return "discard this session's changes (back to the annotations as opened) and quit? y/n: "
        }
    }

    /// The line as `width` columns show it: long input scrolls left so the cursor stays on screen.
    func view(width: Int) -> PromptLineView? {
        guard let prompt else { return nil }
        let label = Self.label(prompt.kind)
        let shown = TerminalSafe.oneLine(prompt.editor.text)
        var characters = Array(shown)
        var cursor = prompt.editor.cursor
        var before = DisplayWidth.of(label) + prompt.editor.cursorColumn
        var dropped = false
        while before > width - 1, cursor > 0, !characters.isEmpty {
            before -= DisplayWidth.of(characters.removeFirst())
            cursor -= 1
            dropped = true
        }
        let prefix = dropped ? String(label.prefix(1)) + "…" : label
        if dropped { before += DisplayWidth.of(prefix) - DisplayWidth.of(label) }
        let selected = prompt.editor.isAllSelected ? (x: DisplayWidth.of(label), text: shown) : nil
        return PromptLineView(text: prefix + String(characters), cursorX: min(max(0, before), max(0, width - 1)), selected: selected)
    }

    static func draw(_ view: PromptLineView, row: Int, width: Int, into grid: inout CellGrid, theme: ResolvedTheme) {
        let style = theme.apply("ui.prompt", to: theme.base)
        grid.put(view.text, x: 0, y: row, maxWidth: width, style: style)
        if let selected = view.selected {
            // The old value, selected: drawn like a selection, so it is clear typing replaces it.
            grid.put(selected.text, x: selected.x, y: row, maxWidth: max(0, width - selected.x), style: theme.apply("selection", to: style))
        }
    }
}
