import MarginaliaText
import MarginaliaStore

/// The bottom-line editors (`:` commands, `/` search, notes) and the help overlay.
extension ReaderApp {
    /// Opens the bottom-line editor. `selected`: the text starts selected, so typing replaces
    /// it (an old speaker name) while End or an arrow keeps it for editing.
    public func openPrompt(_ kind: PromptKind, text: String = "", selected: Bool = false) {
        dispatcher.reset()
        promptLine.open(kind, text: text, selected: selected)
    }

    /// Enter on the line: leaves it and does what it was opened for.
    func submitPrompt() {
        guard let current = promptLine.submit(save: !options.viewOnly) else { return }
        submit(current.kind, current.editor.text)
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
        guard let (name, invocation) = PromptLine.command(line) else { return }
        run(name, invocation)   // an unknown name says so
    }

    /// `?`: the help of the screen it is pressed on (the article, a pane, the library list, ...).
    func openHelp() { help.open(context: activeContexts.first ?? .article) }

    /// `:messages`: every message of the session in full, in the help overlay.
    func openMessages() { showText("Messages", messageLog) }

    /// Text to read in full (wrapped, scrolled like the help).
    func showText(_ title: String, _ lines: [String]) { help.showText(title, lines) }

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

    func scrollHelp(by delta: Int) { help.scroll(by: delta, source: helpSource) }

    /// What the help is made from now.
    var helpSource: HelpSource {
        HelpSource(commands: commands, keymap: keymap, tagSet: tagSet, wantsMouse: wantsMouse, width: width)
    }

    /// The help's lines as they are now (tests read them).
    var helpLines: [HelpLine] { help.lines(helpSource) }
}
