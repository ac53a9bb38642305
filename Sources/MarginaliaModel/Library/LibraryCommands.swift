import MarginaliaLibrary
/// The library's rows of the command table (`CommandTable.all` includes them): in the reader
/// (`L`, `D`, `:find`, `:entity`), in the library list, in its filter line and in the results
/// pane of `:find`/`:entity`. Keys, `:` names and help text come from here like every other
/// command's, so `?` shows them and `config.toml` rebinds them.
enum LibraryCommands {
    static let specs: [CommandSpec] = reader + list + filter + hits

    static let reader: [CommandSpec] = [
        CommandSpec("library", "the library list: / filters, Enter opens, D done, s sort", keys: ["L"], context: .global) { app, _ in
            app.toggleLibraryList()
        },
        CommandSpec("mark-done", "mark the article done (again: in progress)", keys: ["D"], context: .global) { app, _ in
            app.toggleLibraryDone()
        },
        CommandSpec("find", "find text in every article of the library: :find TEXT", context: .global) { app, i in
            app.runLibraryCommand("find", i.rawArgument)
        },
        CommandSpec("entity", "find an entity in every article of the library: :entity NAME", context: .global) { app, i in
            app.runLibraryCommand("entity", i.rawArgument)
        },
    ]

    static let list: [CommandSpec] = [
        CommandSpec("down", "next article", keys: ["j", "<Down>"], context: .library) { app, i in app.libraryBrowser?.moveSelection(by: i.repeatCount) },
        CommandSpec("up", "previous article", keys: ["k", "<Up>"], context: .library) { app, i in app.libraryBrowser?.moveSelection(by: -i.repeatCount) },
        CommandSpec("page-down", "a page down", keys: ["<Space>", "<PgDn>"], context: .library) { app, i in
            if let b = app.libraryBrowser { b.moveSelection(by: i.repeatCount * b.pageSize) }
        },
        CommandSpec("page-up", "a page up", keys: ["b", "<PgUp>"], context: .library) { app, i in
            if let b = app.libraryBrowser { b.moveSelection(by: -i.repeatCount * b.pageSize) }
        },
        CommandSpec("top", "first article", keys: ["g", "<Home>"], context: .library) { app, _ in app.libraryBrowser?.moveToTop() },
        CommandSpec("bottom", "last article", keys: ["G", "<End>"], context: .library) { app, _ in app.libraryBrowser?.moveToBottom() },
        CommandSpec("open", "open the article", keys: ["<CR>"], context: .library) { app, _ in app.openLibrarySelection() },
        CommandSpec("mark-done", "mark the article done (again: in progress)", keys: ["D"], context: .library) { app, _ in
            if let status = app.libraryBrowser?.toggleDoneOfSelection() { app.show(message: "marked \(status.label)") }
        },
        CommandSpec("sort", "next sort order (list, title, date, status, ...)", keys: ["s", "<Tab>"], context: .library) { app, _ in app.libraryBrowser?.cycleSort() },
        CommandSpec("filter", "filter the list: type, Enter keeps the filter, Esc clears it", keys: ["/"], context: .library) { app, _ in app.libraryBrowser?.startFilter() },
        CommandSpec("cancel", "clear the filter; without one, back to the article", keys: ["<Esc>"], context: .library) { app, _ in
            guard let b = app.libraryBrowser else { return }
            if b.filter.isEmpty { app.librarySession?.hideList() } else { b.clearFilter() }
        },
        CommandSpec("library", "back to the article", keys: ["L"], context: .library) { app, _ in app.librarySession?.hideList() },
        CommandSpec("command-line", "enter a command (:find, :entity, :q, ...)", keys: [":"], context: .library) { app, _ in
            app.librarySession?.hideList()
            app.openPrompt(.command)
        },
        CommandSpec("help", "show the keys of the list", keys: ["?"], context: .library) { app, _ in app.openHelp() },
        CommandSpec("quit", "quit, saving first", keys: ["q"], context: .library) { app, _ in app.quit(save: true) },
    ]

    static let filter: [CommandSpec] = [
        CommandSpec("submit", "end the filter, keep it (Enter again opens)", keys: ["<CR>"], context: .filter) { app, _ in app.libraryBrowser?.endFilter() },
        CommandSpec("cancel", "clear the filter (the cursor stays on its article)", keys: ["<Esc>"], context: .filter) { app, _ in app.libraryBrowser?.clearFilter() },
        CommandSpec("delete-backward", "delete the last character (on an empty filter: end it)", keys: ["<BS>"], context: .filter) { app, _ in app.libraryBrowser?.deleteFilterCharacter() },
        CommandSpec("down", "next article", keys: ["<Down>"], context: .filter) { app, i in app.libraryBrowser?.moveSelection(by: i.repeatCount) },
        CommandSpec("up", "previous article", keys: ["<Up>"], context: .filter) { app, i in app.libraryBrowser?.moveSelection(by: -i.repeatCount) },
    ]

    static let hits: [CommandSpec] = [
        CommandSpec("down", "next place", keys: ["j", "<Down>"], context: .hits) { app, i in app.librarySession?.hitList?.move(i.repeatCount) },
        CommandSpec("up", "previous place", keys: ["k", "<Up>"], context: .hits) { app, i in app.librarySession?.hitList?.move(-i.repeatCount) },
        CommandSpec("page-down", "a page down", keys: ["<Space>", "<PgDn>"], context: .hits) { app, i in
            if let h = app.librarySession?.hitList { h.move(i.repeatCount * h.pageSize) }
        },
        CommandSpec("page-up", "a page up", keys: ["b", "<PgUp>"], context: .hits) { app, i in
            if let h = app.librarySession?.hitList { h.move(-i.repeatCount * h.pageSize) }
        },
        CommandSpec("top", "first place", keys: ["g", "<Home>"], context: .hits) { app, _ in app.librarySession?.hitList?.move(Int.min / 2) },
        CommandSpec("bottom", "last place", keys: ["G", "<End>"], context: .hits) { app, _ in app.librarySession?.hitList?.move(Int.max / 2) },
        CommandSpec("open", "go to the place in its article", keys: ["<CR>"], context: .hits) { app, _ in app.openSelectedHit() },
        CommandSpec("cancel", "close the results", keys: ["<Esc>", "q"], context: .hits) { app, _ in app.librarySession?.closeHits() },
        CommandSpec("help", "show the keys of the results", keys: ["?"], context: .hits) { app, _ in app.openHelp() },
    ]

    /// The commands the list's bottom line names, with their labels.
    static let listHint: [(String, String)] = [("filter", "filter"), ("open", "open"), ("mark-done", "done"),
                                               ("sort", "sort"), ("command-line", "command"), ("help", "help"), ("cancel", "back")]
    static let filterHint: [(String, String)] = [("submit", "keep"), ("cancel", "clear")]
}

extension ReaderApp {
    var libraryBrowser: LibraryBrowser? { librarySession?.browser }

    /// The library screen on top, if any: the results pane, the filter line or the list.
    var libraryOverlayContext: CommandContext? {
        guard let session = librarySession else { return nil }
        if session.hitList != nil { return .hits }
        guard session.isListVisible else { return nil }
        return session.browser.isTypingFilter ? .filter : .library
    }

    /// A character typed while the filter line is open.
    func typeIntoLibraryFilter(_ c: Character) { libraryBrowser?.typeFilter(c) }

    /// Enter in the list: hides it and shows the article under the cursor.
    func openLibrarySelection() {
        guard let session = librarySession, let entry = session.browser.selectedEntry else { return }
        session.hideList()
        openLibraryArticle(entry)
    }

    /// Enter in the results: closes them and selects the place.
    func openSelectedHit() {
        guard let session = librarySession, let hit = session.hitList?.selectedHit else { return }
        session.closeHits()
        openLibraryArticle(hit.article, select: hit.span)
    }

    /// "/ filter · Enter open · ..." from the keys bound now, so a rebound key shows as bound.
    func keyHint(_ commands: [(String, String)], in context: CommandContext) -> String {
        commands.compactMap { name, label in
            keymap.keys(for: name, in: context).first.map { KeyNotation.describe($0) + " " + label }
        }.joined(separator: " · ")
    }
}
