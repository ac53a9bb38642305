import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

@Suite struct AnnotationTests {
    static let text = """
    Der Kampf um Kherson geht weiter. Serbiens Präsident Aleksandar Vučić sprach von einer „Entscheidungsschlacht“. Die Zeitung „La Repubblica“ berichtete darüber.

    Am Abend blieb es ruhig. Niemand wusste mehr.
    """
    static var sentences: [Span] {
        let t = ArticleText(text)
        return ["Der Kampf um Kherson geht weiter.", "Serbiens Präsident Aleksandar Vučić sprach von einer „Entscheidungsschlacht“.",
                "Die Zeitung „La Repubblica“ berichtete darüber.", "Am Abend blieb es ruhig.", "Niemand wusste mehr."]
            .map { TextSearch.find($0, in: t)[0] }
    }

    /// The hand-made analysis of `text`: three entities (one of them wrong) and two quotes.
    static var entities: [EntityMention] {
        let t = ArticleText(text)
        return [mention(t, "Kherson", .LOC), mention(t, "Aleksandar Vučić", .PER), mention(t, "La Repubblica", .PER)]
    }
    static var quotes: [Quotation] {
        let t = ArticleText(text)
        let vucic = entities[1]
        return [
            Quotation(spans: [TextSearch.find("Entscheidungsschlacht", in: t)[0]], speaker: SpeakerMention(span: vucic.span, text: vucic.text, canonical: vucic.text)),
            Quotation(spans: [TextSearch.find("La Repubblica", in: t)[0]]),
        ]
    }
    static var paragraphs: [Span] { [Span(sentences[0].start, sentences[2].end), Span(sentences[3].start, sentences[4].end)] }

    func makeApp(_ sandbox: Sandbox, name: String = "article.txt") -> ReaderApp {
        sandbox.app(text: AnnotationTests.text, sentences: AnnotationTests.sentences, paragraphs: AnnotationTests.paragraphs,
                    entities: AnnotationTests.entities, quotes: AnnotationTests.quotes, name: name)
    }

    func saved(_ app: ReaderApp) throws -> String {
        let path = app.document!.store!.savePath
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func digitTagsTheSelectionAndSaves() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let first = AnnotationTests.sentences[0]
        #expect(app.document?.selection?.span == first)
        app.press("1")
        let store = try #require(app.document?.store)
        #expect(store.items.count == 1)
        #expect(store.items[0].tags == ["claim"])
        #expect(store.items[0].span == first)
        #expect(app.saveStateDescription == "modified")
        #expect(app.selectionDescription.contains("[claim]"))
        // The tag shows in the article in its theme style, and in the Tags pane.
        let grid = app.render()
        let cell = try #require(grid.find("Kampf", maxX: 80))
        #expect(grid[cell.x, cell.y].style.background == app.theme.style("selection").background)  // selected on top
        #expect(grid[cell.x, cell.y].style.underline)  // the tag's underline shows through
        #expect(grid.text.contains("Tags (1)"))
        #expect(grid.text.contains("claim 1"))
        app.flush()
        #expect(app.saveStateDescription == "saved")
        let json = try saved(app)
        #expect(json.contains("\"value\": \"claim\""))
        #expect(json.contains("\"start\": 0"))
        #expect(json.contains("Der Kampf um Kherson geht weiter."))
    }

    @Test func autosaveFromTickWithinASecond() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("2")
        app.tick(now: Date())
        #expect(!FileManager.default.fileExists(atPath: app.document!.store!.savePath))
        sandbox.clock.advance(by: 1.05)
        app.tick(now: Date())
        #expect(FileManager.default.fileExists(atPath: app.document!.store!.savePath))
        #expect(try saved(app).contains("\"source\""))
    }

    @Test func severalTagsOverlapsAndRemoval() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("14")          // two tags on sentence 1
        app.press("v)")          // visual range over sentences 1-2
        #expect(app.mode == "VISUAL")
        app.press("3")           // overlapping tag on the range
        #expect(app.mode == "NORMAL")
        let store = try #require(app.document?.store)
        #expect(store.items.count == 2)
        let s = AnnotationTests.sentences
        #expect(store.items.contains { $0.span == s[0] && $0.tags == ["claim", "fact"] })
        #expect(store.items.contains { $0.span == Span(s[0].start, s[1].end) && $0.tags == ["speculation"] })
        // Overlapping tags are marked where they overlap.
        app.press("}")
        let grid = app.render()
        let overlap = try #require(grid.find("Kampf", maxX: 80))
        #expect(grid[overlap.x, overlap.y].style.italic)
        let single = try #require(grid.find("Serbiens", maxX: 80))
        #expect(!grid[single.x, single.y].style.italic)
        // x on sentence 1 removes only the annotation inside it.
        app.press("g(")
        app.document!.selection = Selection(span: s[0], unit: .sentence(0))
        app.press("x")
        #expect(store.items.count == 1)
        #expect(store.items[0].tags == ["speculation"])
        #expect(app.message == "tags removed")
    }

    @Test func visualRangeExtendsAndEscapeCancels() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let s = AnnotationTests.sentences
        app.press("v))")
        #expect(app.document?.selection?.span == Span(s[0].start, s[2].end))
        #expect(app.selectionDescription.hasPrefix("visual sentence 3/5"))
        app.press("(")
        #expect(app.document?.selection?.span == Span(s[0].start, s[1].end))
        app.press("<Esc>")
        #expect(app.document?.selection?.span == s[0])
        #expect(app.mode == "NORMAL")
    }

    @Test func noteEditorHandlesUnicodeCursorAndCancel() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("c")
        #expect(app.mode == "INSERT")
        app.type("Quelle prüfen")
        #expect(app.cursorPosition?.x == "note: ".count + 13)
        #expect(app.cursorPosition?.y == app.height - 1)
        app.press("<Home>")
        app.type("e\u{301}")            // e + combining acute: one character
        #expect(app.prompt?.editor.text == "éQuelle prüfen")
        #expect(app.prompt?.editor.cursor == 1)
        app.press("<Right><BS>")      // deletes the Q
        #expect(app.prompt?.editor.text == "éuelle prüfen")
        app.press("<End><BS><BS>")
        app.type("en!")
        app.press("<CR>")
        let store = try #require(app.document?.store)
        #expect(store.items.first?.note == "éuelle prüfen!")
        #expect(store.items.first?.motivation == .commenting)
        #expect(app.cursorPosition == nil)
        // Editing again starts from the note; Esc leaves it unchanged.
        app.press("c")
        #expect(app.prompt?.editor.text == "éuelle prüfen!")
        app.type(" mehr")
        app.press("<Esc>")
        #expect(store.items.first?.note == "éuelle prüfen!")
        // The note shows in the Tags pane and the status line.
        #expect(app.paneItems(.tags).first?.label.hasSuffix("✎ éuelle prüfen!") == true)
        #expect(app.selectionDescription.hasSuffix("✎"))
        // Control characters typed into the editor are ignored.
        app.press("c")
        app.handle(.character("\u{1B}"))
        #expect(app.prompt?.editor.text == "éuelle prüfen!")
    }

    @Test func undoAndRedoEveryEditUnbounded() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        // 20 edits: five tags on each of four sentences.
        for _ in 0..<4 { app.press("12345)") }
        let full = store.items
        #expect(full.count == 4)
        #expect(full.allSatisfy { $0.tags == ["claim", "source", "speculation", "fact", "opinion"] })
        app.press("c")
        app.type("Notiz")
        app.press("<CR>")     // 21: a note on sentence 5
        app.press("1")        // 22: tag it
        app.press("x")        // 23: untag (the note stays)
        #expect(store.items.count == 5)
        #expect(store.items.contains { $0.note == "Notiz" && $0.tags.isEmpty })
        for _ in 0..<23 { app.press("u") }
        #expect(store.items.isEmpty)
        // Undo selected the passage it changed last: the first sentence.
        #expect(app.document?.selection?.unit == .sentence(0))
        app.press("u")
        #expect(app.message == "nothing to undo")
        for _ in 0..<20 { app.press("<C-r>") }
        #expect(store.items.map(\.tags) == full.map(\.tags))
        app.press("<C-r><C-r><C-r>")
        #expect(store.items.contains { $0.note == "Notiz" && $0.tags.isEmpty })
        app.press("<C-r>")
        #expect(app.message == "nothing to redo")
        // A new edit clears the redo stack.
        app.press("uu1<C-r>")
        #expect(app.message == "nothing to redo")
    }

    @Test func entityCorrectionsAcceptRejectRetypeAndUndo() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("e")
        #expect(app.document?.selection?.unit == .entity(0))
        #expect(app.selectionDescription.contains("Kherson (LOC)"))
        #expect(app.message == "LOC Kherson (90%) — a accept, r reject, t type")
        app.press("a")
        #expect(store.items.last?.motivation == .identifying)
        #expect(store.items.last?.value == "LOC")
        app.press("ee")  // La Repubblica, wrongly PER
        #expect(app.selectedEntity?.text == "La Repubblica")
        app.press("t")
        #expect(app.selectedEntity?.type == .LOC)
        app.press("t")
        #expect(app.selectedEntity?.type == .ORG)
        #expect(app.document?.entities.first { $0.text == "La Repubblica" }?.type == .ORG)
        // The corrected type shows in the article.
        let grid = app.render()
        let org = try #require(grid.find("Repubblica", maxX: 80))
        let base = app.theme.base
        // (It is also still a quote here, whose style layers over the entity's.)
        let expected = app.theme.apply("quote", to: app.theme.apply("entity.organization", to: base))
        #expect(grid[org.x, org.y].style.foreground == expected.foreground && grid[org.x, org.y].style.italic)
        #expect(grid[org.x, org.y].style.bold)
        app.press("E")   // Vučić
        app.press("r")
        #expect(app.document?.entities.contains { $0.text == "Aleksandar Vučić" } == false)
        #expect(store.items.last?.value == "none")
        #expect(app.render().text.contains("Entities (2)"))
        app.press("u")
        #expect(app.document?.entities.contains { $0.text == "Aleksandar Vučić" } == true)
        app.press("uu")
        #expect(app.document?.entities.first { $0.text == "La Repubblica" }?.type == .PER)
        // t on a passage that is not an entity says so; mark-entity makes it one.
        app.press("/Abend<CR>")
        app.press("t")
        #expect(app.document?.entities.contains { $0.text == "Abend" } == false)
        app.press("m")
        #expect(app.prompt?.editor.text == "mark-entity ")
        app.type("PER")
        app.press("<CR>")
        #expect(app.document?.entities.contains { $0.text == "Abend" && $0.type == .PER } == true)
        app.execute(commandLine: "retype MISC")
        #expect(app.document?.entities.first { $0.text == "Abend" }?.type == .MISC)
    }

    @Test func quoteCorrectionsFromTheQuotesPane() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("<Tab><Tab>")
        #expect(app.focus == .quotes)
        app.press("jjj")    // under "unknown speaker": „La Repubblica“
        app.press("r")      // „La Repubblica“ is a name, not a quote
        #expect(app.document?.quotes.count == 1)
        #expect(store.items.last?.value == "not-quote")
        #expect(app.render().text.contains("Quotes (1)"))
        #expect(app.cursor(in: .quotes) == 1)   // on the quote left, under its speaker
        app.press("s")
        #expect(app.mode == "INSERT")
        #expect(app.prompt?.editor.text == "Aleksandar Vučić")
        app.press("<C-u>")
        app.type("Vučić")
        app.press("<CR>")
        #expect(app.document?.quotes.first?.speaker?.text == "Vučić")
        #expect(store.items.last?.motivation == .classifying)
        #expect(store.items.last?.speaker?.name == "Vučić")
        app.press("a")
        #expect(store.items.last?.value == "quote")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .quote(0))
        app.press("<Esc>")
        app.press("r")       // reject from the article, the quote being selected
        #expect(app.document?.quotes.isEmpty == true)
        app.press("uuuu")
        #expect(app.document?.quotes.count == 2)
    }

    @Test func tagsPaneListsInTextOrderJumpsAndDeletes() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("))")
        app.press("2")          // sentence 3: source
        app.press("((")
        app.press("1")          // sentence 1: claim
        app.press("}")
        app.press("1")          // paragraph 2: claim
        let items = app.paneItems(.tags)
        #expect(items.map(\.marker) == ["claim", "source", "claim"])
        #expect(items[0].label.hasPrefix("„Der Kampf"))
        #expect(app.tagCountsDescription == "claim 2 · source 1")
        app.press("<S-Tab>")
        #expect(app.focus == .tags)
        app.press("j<CR>")
        #expect(app.document?.selection?.span == AnnotationTests.sentences[2])
        app.press("x")
        #expect(app.paneItems(.tags).map(\.marker) == ["claim", "claim"])
        app.press("u")
        #expect(app.paneItems(.tags).map(\.marker) == ["claim", "source", "claim"])
        app.press("c")
        app.type("stimmt das?")
        app.press("<CR>")
        #expect(app.paneItems(.tags)[1].label.contains("✎ stimmt das?"))
    }

    @Test func tagSetPerArticleAndConfig() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("tags = [\"pro\", \"contra\"]\n")
        let app = makeApp(sandbox)
        app.press("2")
        #expect(app.document?.store?.items.first?.tags == ["contra"])
        #expect(app.document?.store?.tagSet == ["pro", "contra"])
        app.press("3")
        #expect(app.message?.hasPrefix("no tag 3") == true)
        app.execute(commandLine: "tags wahr, falsch, unklar")
        #expect(app.tagSet == ["wahr", "falsch", "unklar"])
        app.clearMessage()
        #expect(app.render().rowText(app.height - 1).contains("3 unklar"))
        app.press(")3")
        #expect(app.document?.store?.items.last?.tags == ["unklar"])
        app.flush()
        #expect(try saved(app).contains("\"unklar\""))
        app.press("uu")
        #expect(app.tagSet == ["pro", "contra"])
    }

    @Test func persistsAcrossSessions() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press(")4")
        app.press("c")
        app.type("später prüfen")
        app.press("<CR>")
        app.press("q")
        #expect(app.shouldQuit)
        let path = app.document!.article.path
        let again = try sandbox.open([path])
        let store = try #require(again.document?.store)
        #expect(store.items.count == 1)
        #expect(store.items[0].tags == ["fact"])
        #expect(store.items[0].note == "später prüfen")
        #expect(again.render().text.contains("Tags (1)"))
        #expect(again.saveStateDescription == "saved")
        #expect(!store.isReadOnly)
    }

    @Test func secondInstanceIsReadOnlyAndNeverWrites() throws {
        let sandbox = Sandbox()
        let first = makeApp(sandbox)
        first.press("1")
        first.flush()
        let path = first.document!.article.path
        let before = try saved(first)
        let second = try sandbox.open([path])
        #expect(second.saveStateDescription == "read-only")
        #expect(second.message?.contains("read-only") == true)
        #expect(second.render().text.contains("read-only"))
        second.press(")2")
        #expect(second.messageIsError)
        #expect(second.message?.hasPrefix("read-only") == true)
        second.press("c")
        #expect(second.prompt == nil)
        second.flush()
        second.press("q")
        #expect(try saved(first) == before)
    }

    @Test func viewOnlyLooksWithoutLockingOrWriting() throws {
        let sandbox = Sandbox()
        let first = makeApp(sandbox)
        first.press("1")
        first.flush()
        let path = first.document!.article.path
        var options = sandbox.options
        options.viewOnly = true
        let look = try ReaderApp.open(paths: [path], options: options)
        look.resize(width: 120, height: 30)
        #expect(look.saveStateDescription == "saved")
        #expect(look.message == nil)
        #expect(look.render().text.contains("Tags (1)"))
        look.press(")2")
        #expect(look.document?.store?.items.count == 1)
        // The first instance still holds its lock and keeps saving.
        first.press(")2")
        first.flush()
        #expect(try saved(first).contains("\"source\""))
    }

    @Test func corruptAnnotationFileIsKeptByteForByte() throws {
        let sandbox = Sandbox()
        let garbage = "{ this is not json \u{1B}[31m"
        sandbox.write("article.txt.annotations.json", garbage)
        let app = makeApp(sandbox)
        #expect(app.message?.contains("not a valid annotation file") == true)
        app.press("1")
        app.flush()
        app.press("q")
        #expect(try String(contentsOfFile: sandbox.root + "/article.txt.annotations.json", encoding: .utf8) == garbage)
        // The message line shows the file's complaint inertly.
        for cell in app.render().cells { #expect(!cell.text.unicodeScalars.contains { $0.value == 0x1B }) }
    }

    @Test func orphanedAnnotationsAreListed() throws {
        let sandbox = Sandbox()
        let old = makeApp(sandbox, name: "moved.txt")
        old.press("}1")
        old.press("q")
        // The article is rewritten without its second paragraph.
        sandbox.write("moved.txt", "Ganz anderer Text. Nichts davon bleibt.")
        let app = try sandbox.open([sandbox.root + "/moved.txt"])
        let items = app.paneItems(.tags)
        #expect(items.count == 1)
        #expect(items[0].marker.hasPrefix("orphaned"))
        #expect(items[0].target == nil)
        #expect(app.tagCountsDescription.contains("1 orphaned"))
        app.press("<S-Tab><CR>")
        #expect(app.message?.hasPrefix("orphaned") == true)
    }

    @Test func exportFromTheCommandLine() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press(")2")
        app.execute(commandLine: "export jsonl \(sandbox.root)/out.jsonl")
        #expect(app.message?.hasPrefix("exported jsonl") == true)
        let line = try String(contentsOfFile: sandbox.root + "/out.jsonl", encoding: .utf8)
        let s = AnnotationTests.sentences[1]
        #expect(line.contains("[\(s.start),\(s.end),\"source\"]"))
        app.execute(commandLine: "export pdf \(sandbox.root)/x")
        #expect(app.messageIsError)
        #expect(app.message?.contains("usage") == true)
    }

    @Test func entityPaneCorrectsEveryMention() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("<Tab>j")   // Aleksandar Vučić
        app.press("r")
        #expect(app.document?.entities.map(\.text) == ["Kherson", "La Repubblica"])
        app.press("u")
        #expect(app.document?.entities.count == 3)
        app.press("jt")       // La Repubblica PER -> LOC
        #expect(app.document?.entities.first { $0.text == "La Repubblica" }?.type == .LOC)
    }
}

@Suite struct PromptTests {
    @Test func longInputScrollsToKeepTheCursorVisible() {
        let sandbox = Sandbox()
        let app = sandbox.app(text: "Ein Satz. Noch ein Satz.", width: 40, height: 10)
        app.press("c")
        let long = String(repeating: "Wörter und 漢字 ", count: 8)
        app.type(long)
        let cursor = app.cursorPosition!
        #expect(cursor.y == 9)
        #expect(cursor.x <= 39)
        let row = app.render().rowText(9)
        #expect(row.hasPrefix("n…"))
        #expect(DisplayWidth.of(row.trimmingCharacters(in: .whitespaces)) <= 40)
        app.press("<Home>")
        #expect(app.cursorPosition?.x == "note: ".count)
        #expect(app.render().rowText(9).hasPrefix("note: Wörter"))
    }

    @Test func lineEditorEditsByGraphemeCluster() {
        var editor = LineEditor("ab")
        editor.apply(.left)
        editor.insert("👍")
        editor.insert("\u{1F3FD}")   // skin tone joins the thumb
        #expect(editor.text == "a👍🏽b")
        #expect(editor.cursor == 2)
        #expect(editor.cursorColumn == 3)
        editor.apply(.deleteBackward)
        #expect(editor.text == "ab")
        editor.apply(.deleteForward)
        #expect(editor.text == "a")
    }
}

@Suite struct RetypeTests {
    @Test func typeKeyDoesNotTurnAWholeSentenceIntoAnEntity() throws {
        let sandbox = Sandbox()
        let app = sandbox.app(text: "Ein Satz über Wien. Noch einer.")
        app.press("t")
        #expect(app.document?.entities.isEmpty == true)
        #expect(app.message?.hasPrefix("select an entity") == true)
        // Issue 14, defect 3: an explicit type on a sentence changes nothing either.
        app.execute(commandLine: "retype ORG")
        #expect(app.document?.entities.isEmpty == true)
        #expect(app.message?.hasPrefix("select an entity") == true)
        app.press("/Wien<CR>")
        app.execute(commandLine: "mark-entity LOC")
        #expect(app.document?.entities.map(\.text) == ["Wien"])
        app.press("tt")
        #expect(app.document?.entities.first?.type == .MISC)
    }
}

@Suite struct SaveCommandTests {
    func app(_ sandbox: Sandbox) -> ReaderApp { sandbox.app(text: "Erster Satz. Zweiter Satz.") }

    @Test func writeSavesNowAndSaysSo() throws {
        let sandbox = Sandbox()
        let app = app(sandbox)
        app.press("1")
        app.execute(commandLine: "w")
        #expect(app.message == "saved article.txt.annotations.json (1 annotations)")
        #expect(app.saveStateDescription == "saved")
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/article.txt.annotations.json"))
    }

    @Test func writeQuitSavesAndReleasesTheLock() throws {
        let sandbox = Sandbox()
        let app = app(sandbox)
        let lock = try #require(app.document?.store?.lockPath)
        #expect(FileManager.default.fileExists(atPath: lock))
        app.press("2")
        app.execute(commandLine: "wq")
        #expect(app.shouldQuit)
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/article.txt.annotations.json"))
        #expect(!FileManager.default.fileExists(atPath: lock))
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/article.txt.annotations.json.lock"))
    }

    @Test func quitWithoutSavingWritesNothing() throws {
        let sandbox = Sandbox()
        let app = app(sandbox)
        app.press("3")
        app.execute(commandLine: "q!")
        app.press("y<CR>")
        #expect(app.shouldQuit)
        sandbox.clock.advance(by: 1.1)   // past the autosave delay
        app.tick(now: Date())
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/article.txt.annotations.json"))
    }
}
