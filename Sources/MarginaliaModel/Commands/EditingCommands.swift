/// The rows of the bottom-line editor (`:` commands, `/` search, notes, speaker names) and of
/// the help overlay. In the prompt a character no row binds is typed into the line.
enum EditingCommands {
    static let specs: [CommandSpec] = prompt + help

    static let prompt: [CommandSpec] = [
        CommandSpec("submit", "run the command, search, save the note", keys: ["<CR>"], context: .prompt) { app, _ in app.submitPrompt() },
        CommandSpec("cancel", "leave the line (a note or name typed is not saved)", keys: ["<Esc>"], context: .prompt) { app, _ in app.prompt = nil },
        CommandSpec("cursor-left", "cursor one character left", keys: ["<Left>"], context: .prompt) { app, _ in app.promptLine.edit(.left) },
        CommandSpec("cursor-right", "cursor one character right", keys: ["<Right>"], context: .prompt) { app, _ in app.promptLine.edit(.right) },
        CommandSpec("line-start", "cursor to the start of the line", keys: ["<Home>", "<C-a>"], context: .prompt) { app, _ in app.promptLine.edit(.start) },
        CommandSpec("line-end", "cursor to the end of the line", keys: ["<End>", "<C-e>"], context: .prompt) { app, _ in app.promptLine.edit(.end) },
        CommandSpec("delete-backward", "delete the character before the cursor (on an empty : or / line: leave it)", keys: ["<BS>"], context: .prompt) { app, _ in
            app.promptLine.deleteBackward()
        },
        CommandSpec("delete-forward", "delete the character under the cursor", keys: ["<Del>"], context: .prompt) { app, _ in app.promptLine.edit(.deleteForward) },
        CommandSpec("history-previous", "the previous : command or / search (beginning with what is typed)", keys: ["<Up>"], context: .prompt) { app, _ in app.promptLine.walkHistory(older: true) },
        CommandSpec("history-next", "the next one (past the newest: the line typed)", keys: ["<Down>"], context: .prompt) { app, _ in app.promptLine.walkHistory(older: false) },
        CommandSpec("complete", "complete the word: command, theme, type, tag, path, speaker names (again: the next)", keys: ["<Tab>"], context: .prompt) { app, _ in app.completePrompt() },
        CommandSpec("delete-to-start", "delete everything before the cursor", keys: ["<C-u>"], context: .prompt) { app, _ in app.promptLine.edit(.deleteToStart) },
    ]

    static let help: [CommandSpec] = [
        CommandSpec("down", "scroll the help down", keys: ["j", "<Down>"], context: .help) { app, i in app.scrollHelp(by: i.repeatCount) },
        CommandSpec("up", "scroll the help up", keys: ["k", "<Up>"], context: .help) { app, i in app.scrollHelp(by: -i.repeatCount) },
        CommandSpec("page-down", "a page down", keys: ["<Space>", "<PgDn>"], context: .help) { app, i in app.scrollHelp(by: i.repeatCount * max(1, app.height - 4)) },
        CommandSpec("page-up", "a page up", keys: ["b", "<PgUp>"], context: .help) { app, i in app.scrollHelp(by: -i.repeatCount * max(1, app.height - 4)) },
        CommandSpec("top", "the top of the help", keys: ["g", "<Home>"], context: .help) { app, _ in app.scrollHelp(by: Int.min / 2) },
        CommandSpec("bottom", "the end of the help", keys: ["G", "<End>"], context: .help) { app, _ in app.scrollHelp(by: Int.max / 2) },
        CommandSpec("cancel", "close the help", keys: ["<Esc>", "q", "<CR>"], context: .help) { app, _ in app.help.close() },
        CommandSpec("help", "close the help", keys: ["?"], context: .help) { app, _ in app.help.close() },
    ]
}
