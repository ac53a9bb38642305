import MarginaliaEntities
import MarginaliaQuotes

/// Every key any screen reacts to, one row each: name, description, default keys, context.
/// The keymap, the `:` line and the help screen are all generated from this table. A name
/// may have a row in several contexts (`down` in the article, a pane, the library list, the
/// help): rebinding the name rebinds it everywhere.
public enum CommandTable {
    public static let all: [CommandSpec] = navigation + selection + panes + session + annotation
        + LibraryCommands.specs + EditingCommands.specs + LearningCommands.specs

    static let navigation: [CommandSpec] = [
        CommandSpec("down", "scroll down a line", keys: ["j", "<Down>"], context: .article) { app, i in app.article.scroll(by: i.repeatCount) },
        CommandSpec("up", "scroll up a line", keys: ["k", "<Up>"], context: .article) { app, i in app.article.scroll(by: -i.repeatCount) },
        CommandSpec("page-down", "page down", keys: ["<Space>", "<PgDn>", "<C-f>"], context: .article) { app, i in app.article.scroll(by: i.repeatCount * app.article.pageStep) },
        CommandSpec("page-up", "page up", keys: ["b", "<PgUp>", "<C-b>"], context: .article) { app, i in app.article.scroll(by: -i.repeatCount * app.article.pageStep) },
        CommandSpec("half-page-down", "half a page down", keys: ["<C-d>"], context: .article) { app, i in app.article.scroll(by: i.repeatCount * app.article.halfPageStep) },
        CommandSpec("half-page-up", "half a page up", keys: ["<C-u>"], context: .article) { app, i in app.article.scroll(by: -i.repeatCount * app.article.halfPageStep) },
        CommandSpec("screen-top", "select the first sentence on screen", keys: ["H"], context: .article) { app, _ in app.say(app.article.selectOnScreen(.top)) },
        CommandSpec("screen-middle", "select the sentence in the middle of the screen", keys: ["M"], context: .article) { app, _ in app.say(app.article.selectOnScreen(.middle)) },
        CommandSpec("screen-bottom", "select the last sentence on screen (L is the library's key; bind it in config.toml)", context: .article) { app, _ in app.say(app.article.selectOnScreen(.bottom)) },
        CommandSpec("redraw", "redraw the screen", keys: ["<C-l>"], context: .global) { app, _ in app.requestRedraw() },
        CommandSpec("top", "go to the top, select the first sentence", keys: ["g", "<Home>"], context: .article) { app, _ in app.article.scrollToEnd(bottom: false) },
        CommandSpec("bottom", "go to the bottom, select the last sentence", keys: ["G", "<End>"], context: .article) { app, _ in app.article.scrollToEnd(bottom: true) },
        CommandSpec("center", "scroll the selection to the middle", keys: ["zz"], context: .article) { app, _ in app.article.centerSelection() },
        CommandSpec("search", "search (all matches highlighted; the match is the selection, to tag or mark); lower case matches any case, /~vucic folds accents", keys: ["/"], context: .article) { app, i in
            if i.rawArgument.isEmpty { app.openPrompt(.search) } else { app.search(i.rawArgument) }
        },
        CommandSpec("search-next", "next match", keys: ["n"], context: .article) { app, i in app.say(app.article.searchNext(forward: true, count: i.repeatCount)) },
        CommandSpec("search-previous", "previous match", keys: ["N"], context: .article) { app, i in app.say(app.article.searchNext(forward: false, count: i.repeatCount)) },
        CommandSpec("next-article", "next article of the library", keys: ["]"], context: .global) { app, i in app.switchDocument(by: i.repeatCount) },
        CommandSpec("previous-article", "previous article of the library", keys: ["["], context: .global) { app, i in app.switchDocument(by: -i.repeatCount) },
    ]

    static let selection: [CommandSpec] = [
        CommandSpec("next-sentence", "select the next sentence", keys: [")"], context: .article) { app, i in app.say(app.article.selectSentence(forward: true, count: i.repeatCount)) },
        CommandSpec("previous-sentence", "select the previous sentence", keys: ["("], context: .article) { app, i in app.say(app.article.selectSentence(forward: false, count: i.repeatCount)) },
        CommandSpec("next-paragraph", "select the next paragraph", keys: ["}"], context: .article) { app, i in app.say(app.article.selectParagraph(forward: true, count: i.repeatCount)) },
        CommandSpec("previous-paragraph", "select the previous paragraph", keys: ["{"], context: .article) { app, i in app.say(app.article.selectParagraph(forward: false, count: i.repeatCount)) },
        CommandSpec("next-entity", "select the next entity mention", keys: ["e"], context: .article) { app, i in app.say(app.article.selectEntity(forward: true, count: i.repeatCount)) },
        CommandSpec("previous-entity", "select the previous entity mention", keys: ["E"], context: .article) { app, i in app.say(app.article.selectEntity(forward: false, count: i.repeatCount)) },
        CommandSpec("next-word", "select the next word (in a visual range: extend by a word)", keys: ["w"], context: .article) { app, i in app.say(app.article.selectWord(forward: true, count: i.repeatCount)) },
        CommandSpec("previous-word", "select the previous word", keys: ["B"], context: .article) { app, i in app.say(app.article.selectWord(forward: false, count: i.repeatCount)) },
        CommandSpec("previous-word", "extend the visual range to the previous word", keys: ["b"], context: .visual) { app, i in app.say(app.article.selectWord(forward: false, count: i.repeatCount)) },
        CommandSpec("visual", "start (or end) a visual range at the selection", keys: ["v"], context: .article) { app, _ in app.say(app.article.toggleVisual()) },
        CommandSpec("cancel", "cancel the visual range, clear the search", keys: ["<Esc>"], context: .article) { app, _ in app.article.cancel() },
    ]

    static let panes: [CommandSpec] = [
        CommandSpec("focus-next", "focus the next pane", keys: ["<Tab>"], context: .global) { app, _ in app.cycleFocus(by: 1) },
        CommandSpec("focus-previous", "focus the previous pane", keys: ["<S-Tab>"], context: .global) { app, _ in app.cycleFocus(by: -1) },
        CommandSpec("down", "next item of the pane", keys: ["j", "<Down>"], context: .pane) { app, i in app.movePaneCursor(by: i.repeatCount) },
        CommandSpec("up", "previous item of the pane", keys: ["k", "<Up>"], context: .pane) { app, i in app.movePaneCursor(by: -i.repeatCount) },
        CommandSpec("top", "first item of the pane", keys: ["g", "<Home>"], context: .pane) { app, _ in app.movePaneCursor(by: Int.min / 2) },
        CommandSpec("bottom", "last item of the pane", keys: ["G", "<End>"], context: .pane) { app, _ in app.movePaneCursor(by: Int.max / 2) },
        CommandSpec("open", "select the item in the article (again: its next mention or quote)", keys: ["<CR>"], context: .pane) { app, _ in app.openPaneItem() },
        CommandSpec("cancel", "back to the article", keys: ["<Esc>"], context: .pane) { app, _ in app.focus(.article) },
    ]

    static let session: [CommandSpec] = [
        CommandSpec("command-line", "enter a command (:w, :q, :theme NAME, ...)", keys: [":"], context: .global) { app, _ in app.openPrompt(.command) },
        CommandSpec("help", "show the keys of this screen", keys: ["?"], context: .global) { app, _ in app.openHelp() },
        CommandSpec("quit", aliases: ["q"], "quit, saving first", keys: ["q"], context: .global) { app, _ in app.quit(save: true) },
        CommandSpec("quit-without-saving", aliases: ["q!"], "quit, the annotations back as they were when opened (asks first)", context: .global) { app, _ in app.quitDiscardingSession() },
        CommandSpec("messages", "every message of this session in full (config errors included)", context: .global) { app, _ in app.openMessages() },
        CommandSpec("write", aliases: ["w"], "save the annotations now", context: .global) { app, _ in app.save() },
        CommandSpec("write-quit", aliases: ["wq", "x"], "save and quit", context: .global) { app, _ in app.quit(save: true) },
        CommandSpec("theme", "switch theme: :theme NAME (no name: list themes)", context: .global) { app, i in
            if let name = i.arguments.first { app.setTheme(named: name) } else { app.show(message: "themes: " + app.themeNames.joined(separator: ", ") + " (current: \(app.theme.theme.name))") }
        },
        CommandSpec("edit", aliases: ["e"], "open an article: :e FILE", context: .global) { app, i in app.edit(path: i.rawArgument) },
    ]

    static let annotation: [CommandSpec] = (1...9).map { n in
        CommandSpec("tag-\(n)", "tag the selection with tag \(n) of the tag set", keys: ["\(n)"], context: .article) { app, _ in app.tagSelection(n) }
    } + [
        CommandSpec("untag", "remove the tags on exactly the selection (overlapping ones: choose in the Tags pane)", keys: ["x"], context: .article) { app, _ in app.untagSelection() },
        CommandSpec("mark-entity", "make the selection an entity: :mark-entity PER|LOC|ORG|MISC", keys: ["m"], context: .article) { app, i in app.markEntity(i.rawArgument) },
        CommandSpec("mark-quote", "make the selection a quote: :mark-quote [SPEAKER] (no name: asks)", keys: ["\""], context: .article) { app, i in app.markQuote(i.rawArgument) },
        CommandSpec("note", "add or edit a note on the selection", keys: ["c"], context: .article) { app, _ in app.startNote() },
        CommandSpec("accept", "accept the selected entity (or quote)", keys: ["a"], context: .article) { app, _ in app.acceptSelection() },
        CommandSpec("reject", "reject the selected entity (or quote)", keys: ["r"], context: .article) { app, _ in app.rejectSelection() },
        CommandSpec("retype", "change the selected entity's type (PER LOC ORG MISC); :retype LOC", keys: ["t"], context: .article) { app, i in
            if let name = i.arguments.first {
                guard let type = EntityType(rawValue: name.uppercased()) else { app.show(message: "entity types: PER LOC ORG MISC", error: true); return }
                app.retypeSelection(to: type)
            } else {
                app.retypeSelection()
            }
        },
        CommandSpec("speaker", "set the speaker of the selected quote: :speaker NAME", context: .global) { app, i in
            guard let q = app.selectedQuoteIndex ?? (app.focus == .quotes ? SidePane.quoteIndex(atRow: app.cursor(in: .quotes), in: app.paneItems(.quotes), orFirstOfHeader: true) : nil) else { app.show(message: "select a quote first (Quotes pane)"); return }
            if i.rawArgument.isEmpty { app.startSpeakerPrompt(q) } else { app.promptLine.target = app.document?.quotes[q].span; app.setQuoteSpeaker(i.rawArgument) }
        },
        CommandSpec("accept", "accept the item (quote, or every mention of the entity)", keys: ["a"], context: .pane) { app, _ in app.paneCorrection(.accept) },
        CommandSpec("reject", "reject the item (not a quote / not an entity)", keys: ["r"], context: .pane) { app, _ in app.paneCorrection(.reject) },
        CommandSpec("retype", "change the type of every mention of the entity", keys: ["t"], context: .pane) { app, i in
            // `:retype LOC` names the type: the article's row does that for the selection.
            if i.arguments.isEmpty { app.paneCorrection(.retype) } else { app.run("retype", i, in: .article) }
        },
        CommandSpec("speaker", "set the speaker of the quote (on a speaker: of all their quotes)", keys: ["s"], context: .pane) { app, i in
            if i.rawArgument.isEmpty { app.paneCorrection(.speaker) } else { app.run("speaker", i, in: .global) }
        },
        CommandSpec("untag", "delete the annotation (Tags pane)", keys: ["x"], context: .pane) { app, _ in app.paneCorrection(.delete) },
        CommandSpec("note", "edit the note of the annotation (Tags pane)", keys: ["c"], context: .pane) { app, _ in app.paneCorrection(.note) },
        CommandSpec("view-note", "read the note of the annotation in full", keys: ["K"], context: .pane) { app, _ in app.viewNote() },
        CommandSpec("view-note", "read the notes on the selection in full", keys: ["K"], context: .article) { app, _ in app.viewNote() },
        CommandSpec("undo", "undo the last change", keys: ["u"], context: .global) { app, i in app.undo(count: i.repeatCount) },
        CommandSpec("redo", "redo the last undone change", keys: ["<C-r>"], context: .global) { app, i in app.redo(count: i.repeatCount) },
        CommandSpec("tags", "this article's tag set: :tags a,b,c; :tags alone adopts config.toml's (tags renamed by position, undoable)", context: .global) { app, i in app.setTagSet(i.rawArgument) },
        CommandSpec("export", "export annotations: :export jsonl|brat|conll|w3c PATH", context: .global) { app, i in app.export(i.arguments, raw: i.rawArgument) },
    ]
}
