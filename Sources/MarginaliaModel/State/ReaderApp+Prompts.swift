import MarginaliaText
import MarginaliaStore

/// The bottom-line editors (`:` commands, `/` search, notes) and the help overlay.
extension ReaderApp {
    func promptLabel(_ kind: PromptKind) -> String {
        switch kind {
        case .command: return ":"
        case .search: return "/"
        case .note: return "note: "
        case .speaker: return "speaker: "
        case .confirm: return "discard this session's changes (back to the annotations as opened) and quit? y/n: "
        }
    }

    /// What the bottom line shows of the prompt, and the cursor's column in it: long input
    /// scrolls left so the cursor stays on screen.
    func promptView(width: Int) -> (text: String, cursorX: Int) {
        guard let prompt else { return ("", 0) }
        let label = promptLabel(prompt.kind)
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
        return (prefix + String(characters), min(max(0, before), max(0, width - 1)))
    }

    /// Opens the bottom-line editor. `selected`: the text starts selected, so typing replaces
    /// it (an old speaker name) while End or an arrow keeps it for editing.
    public func openPrompt(_ kind: PromptKind, text: String = "", selected: Bool = false) {
        dispatcher.reset()
        completion = nil
        historyWalk = nil
        prompt = Prompt(kind: kind, editor: LineEditor(text, selectAll: selected))
    }

    /// Enter on the line: leaves it and does what it was opened for.
    func submitPrompt() {
        guard let current = prompt else { return }
        prompt = nil
        history.add(current.editor.text, kind: current.kind, save: !options.viewOnly)
        submit(current.kind, current.editor.text)
    }

    func editPrompt(_ edit: LineEditor.Edit) {
        completion = nil
        historyWalk = nil
        prompt?.editor.apply(edit)
    }

    /// A character no prompt row binds: typed into the line.
    func typeIntoPrompt(_ c: Character) {
        completion = nil
        historyWalk = nil
        prompt?.editor.insert(c)
    }

    func submit(_ kind: PromptKind, _ text: String) {
        switch kind {
        case .command: execute(commandLine: text)
        case .search: search(text)
        case .note: saveNote(text)
        case .speaker: setQuoteSpeaker(text)
        case .confirm:
            if text.trimmingSpaces.lowercased().hasPrefix("y") { discardSessionAndQuit() } else { show(message: "nothing discarded") }
        }
    }

    /// Runs one `:` line: a command name or alias, then its arguments.
    public func execute(commandLine line: String) {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty else { return }
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let rest = String(trimmed.dropFirst(name.count)).trimmingSpaces
        guard commandsByName[name] != nil else {
            show(message: "unknown command: \(name)", error: true)
            return
        }
        let arguments = rest.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        run(name, Invocation(count: nil, arguments: arguments, rawArgument: rest))
    }

    /// `?`: the help of the screen it is pressed on (the article, a pane, the library list, ...).
    func openHelp() {
        helpContext = activeContexts.first ?? .article
        textView = nil
        helpScroll = 0
    }

    /// `:messages`: every message of the session in full, in the help overlay.
    func openMessages() { showText("Messages", messageLog) }

    /// Text to read in full (wrapped, scrolled like the help).
    func showText(_ title: String, _ lines: [String]) {
        textView = (title, lines)
        helpScroll = 0
    }

    /// `K`: the note on the selection (in the Tags pane: of the item under the cursor) in full.
    func viewNote() {
        let notes: [String]
        if focus == .tags {
            let items = tagPaneAnnotations
            let i = cursor(in: .tags)
            notes = items.indices.contains(i) ? [items[i].note].compactMap { $0 } : []
        } else if let span = selectedSpan {
            notes = (document?.store?.annotations(overlapping: span) ?? []).compactMap(\.note)
        } else {
            notes = []
        }
        guard !notes.isEmpty else { show(message: "no note here"); return }
        showText("Note", notes.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] }.dropLast().map { $0 })
    }

    func scrollHelp(by delta: Int) {
        let last = max(0, HelpContent(app: self).lines.count - 1)
        helpScroll = max(0, min(last, (helpScroll ?? 0) &+ delta))
    }
}
