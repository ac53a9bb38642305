/// The library's rows of the command table (`CommandTable.all` includes them): keys, `:` names
/// and help text come from here like every other command's.
enum LibraryCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("library", "the library list: filter by typing, Enter opens, D done, s sort", keys: ["L"], context: .global) { app, _ in
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
}
