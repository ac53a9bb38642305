import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

@Suite struct NavigationTests {
    /// 40 numbered paragraphs of two sentences each: long enough to scroll.
    static let longText = (1...40).map { "Absatz \($0) beginnt hier. Er endet mit Satz zwei." }.joined(separator: "\n\n")

    func longApp(_ sandbox: Sandbox, width: Int = 120, height: Int = 20) -> ReaderApp {
        let text = ArticleText(NavigationTests.longText)
        var sentences: [Span] = []
        var paragraphs: [Span] = []
        var start = 0
        for p in NavigationTests.longText.components(separatedBy: "\n\n") {
            let len = p.unicodeScalars.count
            paragraphs.append(Span(start, start + len))
            let first = "Absatz X beginnt hier.".count + (p.count - "Absatz X beginnt hier. Er endet mit Satz zwei.".count)
            sentences.append(Span(start, start + first))
            sentences.append(Span(start + first + 1, start + len))
            start += len + 2
        }
        #expect(text.count == start - 2)
        return sandbox.app(text: NavigationTests.longText, sentences: sentences, paragraphs: paragraphs, width: width, height: height)
    }

    @Test func startsOnTheFirstSentence() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        #expect(app.document?.selection?.unit == .sentence(0))
        #expect(app.selectionDescription == "sentence 1/80")
    }

    @Test func scrollingPagingAndTopBottom() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        let layout = app.document!.layout
        app.press("j")
        #expect(app.document!.top == layout.advance(layout.firstPosition, by: 1))
        app.press("<Down><Down>k")
        #expect(app.document!.top == layout.advance(layout.firstPosition, by: 2))
        app.press("<Space>")
        #expect(layout.distance(from: layout.firstPosition, to: app.document!.top) == 2 + app.pageHeight - 1)
        app.press("b")
        #expect(layout.distance(from: layout.firstPosition, to: app.document!.top) == 2)
        app.press("G")
        #expect(app.positionDescription == "Bot")
        #expect(app.render().text.contains("Absatz 40 beginnt"))
        app.press("g")
        #expect(app.document!.top == layout.firstPosition)
        #expect(app.positionDescription == "Top")
        app.press("k")
        #expect(app.document!.top == layout.firstPosition)
    }

    @Test func sentenceAndParagraphSelectionFollowsWithScrolling() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press(")")
        #expect(app.document?.selection?.unit == .sentence(1))
        #expect(app.document.map { $0.text[$0.selection!.span] } == "Er endet mit Satz zwei.")
        app.press("(")
        #expect(app.document?.selection?.unit == .sentence(0))
        app.press("(")
        #expect(app.document?.selection?.unit == .sentence(0))
        #expect(app.message == "first sentence")
        for _ in 0..<30 { app.press("}") }
        #expect(app.document?.selection?.unit == .paragraph(30))
        #expect(app.selectionDescription == "paragraph 31/40")
        // The selected paragraph is on screen.
        #expect(app.render().text.contains("Absatz 31 beginnt"))
        app.press("{")
        #expect(app.document?.selection?.unit == .paragraph(29))
        // `zz` keeps the selection where it is; `)` continues from it.
        app.press(")")
        #expect(app.document?.selection?.unit == .sentence(58))
        #expect(app.render().text.contains("Absatz 30 beginnt"))
    }

    @Test func searchFindsWrapsAndReportsNoMatch() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press("/")
        #expect(app.mode == "SEARCH")
        app.type("absatz 3")
        #expect(app.render().rowText(app.height - 1).hasPrefix("/absatz 3"))
        app.press("<CR>")
        let search = app.document!.search!
        // "Absatz 3", "Absatz 30".."Absatz 39": 11 matches, smart case.
        #expect(search.matches.count == 11)
        #expect(app.document!.text[app.document!.selection!.span] == "Absatz 3")
        app.press("n")
        #expect(app.document!.search!.current == 1)
        app.press("N")
        app.press("N")
        #expect(app.document!.search!.current == 10)
        #expect(app.message?.contains("wrapped") == true)
        // An empty search repeats the last query.
        app.press("/<CR>")
        #expect(app.document!.search!.query == "absatz 3")
        app.press("/")
        app.type("Zebra")
        app.press("<CR>")
        #expect(app.message == "no match: Zebra")
        #expect(app.messageIsError)
    }

    @Test func searchWithCapitalsIsCaseSensitive() {
        let text = ArticleText("Bank und bank und BANK")
        #expect(TextSearch.find("bank", in: text).count == 3)
        #expect(TextSearch.find("Bank", in: text).count == 1)
        #expect(TextSearch.find("und bank", in: ArticleText("und\u{A0}bank")).count == 1)
    }

    @Test func countsRepeatMotions() throws {
        // Digits 1-9 tag by default (docs/CONTRACTS.md), so a count starts with a digit that is not bound:
        // here tags 3 and 5 move to F-keys, which frees `3` and `5` for counts.
        let sandbox = Sandbox()
        sandbox.writeConfig("[keys]\ntag-3 = \"<F3>\"\ntag-5 = \"<F5>\"\n")
        let app = longApp(sandbox)
        let layout = app.document!.layout
        app.press("5j")
        #expect(layout.distance(from: layout.firstPosition, to: app.document!.top) == 5)
        // The scroll moved the selection to the first sentence in view (paragraph 4's, sentence 6).
        #expect(app.document?.selection?.unit == .sentence(6))
        app.press("3)")
        #expect(app.document?.selection?.unit == .sentence(9))
    }

    @Test func escapeClearsAPendingCountAndPrefix() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press("z")
        #expect(app.pendingKeys == "z")
        #expect(app.render().rowText(app.height - 2).contains("z"))
        app.press("<Esc>")
        #expect(app.pendingKeys == "")
        app.press("j")
        #expect(app.document!.top == app.document!.layout.advance(app.document!.layout.firstPosition, by: 1))
    }

    @Test func unboundKeysSaySo() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press("Q")
        #expect(app.message == "Q is not bound (? for help)")
    }

    @Test func paneFocusCyclesAndEnterJumps() throws {
        let sandbox = Sandbox()
        let text = ArticleText(NavigationTests.longText)
        let far = TextSearch.find("Absatz 35", in: text)[0]
        let near = TextSearch.find("Absatz 2 ", in: text)[0]
        let entities = [
            EntityMention(span: Span(near.start, near.start + 6), text: "Absatz", type: .MISC, canonical: "Absatz", confidence: 1),
            EntityMention(span: Span(far.start, far.start + 6), text: "Absatz", type: .MISC, canonical: "Absatz", confidence: 1),
        ]
        let quoteSpan = TextSearch.find("Er endet mit Satz zwei.", in: text)[30]
        let app = sandbox.app(text: NavigationTests.longText, entities: entities, quotes: [Quotation(spans: [quoteSpan])], height: 20)
        app.press("<Tab>")
        #expect(app.focus == .entities)
        var grid = app.render()
        let border = try #require(grid.find("Entities (1)"))
        #expect(grid[border.x, border.y].style == app.theme.apply("ui.pane.focused", to: app.theme.base))
        #expect(grid.find("Quotes (1)").map { grid[$0.x, $0.y].style } != app.theme.apply("ui.pane.focused", to: app.theme.base))
        app.press("<CR>")
        #expect(app.document!.selection!.span == entities[0].span)
        app.press("<CR>")
        #expect(app.document!.selection!.span == entities[1].span)
        #expect(app.document!.selection!.unit == .entity(1))
        grid = app.render()
        #expect(grid.text.contains("Absatz 35"))
        app.press("<Tab>")
        #expect(app.focus == .quotes)
        app.press("jj")  // the speaker header, then its one quote: stays there
        #expect(app.cursor(in: .quotes) == 1)
        app.press("<CR>")
        #expect(app.document!.selection!.span == quoteSpan)
        #expect(app.document!.selection!.unit == .quote(0))
        app.press("<S-Tab><S-Tab>")
        #expect(app.focus == .article)
        app.press("<S-Tab>")
        #expect(app.focus == .tags)
        app.press("<Esc>")
        #expect(app.focus == .article)
    }

    @Test func commandLineRunsCommandsByName() throws {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press(":")
        #expect(app.mode == "COMMAND")
        app.type("theme light")
        app.press("<CR>")
        #expect(app.theme.theme.name == "light")
        app.press(":")
        app.type("theme nosuch")
        app.press("<CR>")
        #expect(app.message?.contains("unknown theme \"nosuch\"") == true)
        #expect(app.theme.theme.name == "light")
        app.press(":")
        app.type("frobnicate now")
        app.press("<CR>")
        #expect(app.message == "unknown command: frobnicate")
        app.press(":")
        app.type("next-sentence")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .sentence(1))
        app.press(":")
        app.type("theme")
        app.press("<CR>")
        #expect(app.message?.contains("high-contrast") == true)
        // Esc and Backspace on an empty line leave the command line without running anything.
        app.press(":")
        app.type("q")
        app.press("<Esc>")
        #expect(!app.shouldQuit)
        app.press(":<BS>")
        #expect(app.prompt == nil)
        app.press(":")
        app.type("q")
        app.press("<CR>")
        #expect(app.shouldQuit)
    }

    @Test func quitKey() {
        let sandbox = Sandbox()
        let app = longApp(sandbox)
        app.press("q")
        #expect(app.shouldQuit)
    }

    @Test func libraryOfAFolderSwitchesArticlesAndRemembersPlaces() throws {
        let sandbox = Sandbox()
        sandbox.write("lib/a.txt", NavigationTests.longText)
        sandbox.write("lib/b.md", "# Zweiter Artikel\n\nKurzer Text. Noch ein Satz.")
        sandbox.write("lib/skip.bin", "ignored")
        let app = try sandbox.open([sandbox.root + "/lib"], width: 100, height: 20)
        #expect(app.documents.count == 2)
        #expect(app.document?.displayName == "a.txt")
        app.press("}}")
        let selection = app.document!.selection
        app.press("]")
        #expect(app.document?.displayName == "b.md")
        #expect(app.render().rowText(app.height - 2).contains("[2/2]"))
        app.press("]")
        #expect(app.document?.displayName == "a.txt")
        #expect(app.document?.selection == selection)
        app.press("[")
        #expect(app.document?.displayName == "b.md")
    }

    @Test func editOpensAnotherFileAndReportsErrors() throws {
        let sandbox = Sandbox()
        let first = sandbox.write("one.txt", "Erster Text.")
        let second = sandbox.write("two.txt", "Zweiter Text.")
        let app = try sandbox.open([first])
        app.execute(commandLine: "e \(second)")
        #expect(app.document?.displayName == "two.txt")
        app.execute(commandLine: "e \(sandbox.root)/missing.txt")
        #expect(app.messageIsError)
        #expect(app.message?.contains("missing.txt") == true)
        #expect(app.document?.displayName == "two.txt")
        // The failed file left no phantom entry: still two articles, and the status says so.
        #expect(app.documents.count == 2)
        #expect(app.render().text.contains("[2/2]"))
        #expect(!app.render().text.contains("/3]"))
        app.execute(commandLine: "e \(sandbox.root)/missing.txt")
        #expect(app.documents.count == 2)
    }

    @Test func openingNothingUsefulThrowsTheLoadersError() {
        let sandbox = Sandbox()
        #expect(throws: (any Error).self) { try sandbox.open([sandbox.root + "/nope.txt"]) }
        let binary = sandbox.root + "/bin.txt"
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x41, 0x00, 0x42]))
        do { _ = try sandbox.open([binary]); Issue.record("opened a binary file") } catch {
            #expect("\(error)".contains("bin.txt"))
        }
    }

    @Test func jumpsToTheEndWrapOnlyWhatTheyShow() {
        let sandbox = Sandbox()
        let text = (1...5000).map { "Zeile \($0) mit etwas Text, der umbrochen werden will." }.joined(separator: "\n") + "\nZielwort am Ende."
        let app = sandbox.app(text: text, sentences: [], paragraphs: [], width: 60, height: 20)
        app.press("/")
        app.type("Zielwort")
        app.press("<CR>")
        #expect(app.render().text.contains("Zielwort am Ende."))
        #expect(app.document!.layout.wrappedLineCount < 100)
        app.press("g")
        app.press("G")
        #expect(app.document!.layout.wrappedLineCount < 150)
        #expect(app.positionDescription == "Bot")
    }

    @Test func bigArticleFirstScreenDoesNotWaitForAnalysis() throws {
        let sandbox = Sandbox()
        let paragraph = "Der Präsident sagte am Montag in Berlin, die Lage sei „sehr ernst“. "
        let big = String(repeating: String(repeating: paragraph, count: 8) + "\n\n", count: 500)  // ~270 KB
        let path = sandbox.write("big.txt", big)
        var options = sandbox.options
        options.analysisWait = 0
        options.jobs = .deferred   // what is shown before the background work is done (no thread)
        let app = try ReaderApp.open(paths: [path], options: options)
        app.resize(width: 120, height: 30)
        let grid = app.render()
        #expect(grid.text.contains("Der Präsident sagte"))
        // The analysis arrives later through tick.
        for _ in 0..<10 where app.document?.isAnalysed == false {
            app.document?.finishNextBackgroundJob()
            app.tick(now: Date())
        }
        #expect(app.document?.isAnalysed == true)
        #expect(app.document?.selection?.unit == .sentence(0))
        app.press("G")
        #expect(app.positionDescription == "Bot")
    }
}
