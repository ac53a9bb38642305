import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis

/// Big articles: the first screen comes from a preview of the file's beginning, the whole text
/// replaces it in the background, and a search moves at once while its matches are counted.
@Suite struct BigArticleTests {
    /// About `bytes` of numbered paragraphs ("Absatz 1: ..."), each naming a word to search.
    static func bigText(bytes: Int) -> String {
        var out = ""
        var n = 0
        while out.utf8.count < bytes {
            n += 1
            out += "Absatz \(n): Die Fähre legt um sieben Uhr ab, und der Kapitän grüßt vom Steg. Zielwort \(n % 7).\n\n"
        }
        return out
    }

    /// Opens `path` as the terminal reader does: no wait for anything in the background (which
    /// only runs when the test asks for it).
    static func openAsTheReaderDoes(_ path: String, in sandbox: Sandbox) throws -> ReaderApp {
        var options = sandbox.options
        options.analysisWait = 0
        options.jobs = .deferred   // what is shown before the background work is done (no thread)
        let app = try ReaderApp.open(paths: [path], options: options)
        app.resize(width: 100, height: 30)
        return app
    }

    /// Runs the document's background jobs one by one (deferred: each runs on the test's thread
    /// when waited for) and ticks the app to pick up each result, until `done`.
    static func tick(_ app: ReaderApp, until done: () -> Bool) {
        for _ in 0..<20 where !done() {
            app.document?.finishNextBackgroundJob()
            app.tick(now: Date())
        }
    }

    @Test func bigFileOpensWithAPreviewThatTheWholeTextReplaces() throws {
        let sandbox = Sandbox()
        let text = Self.bigText(bytes: ArticlePreview.threshold + 200_000)
        let app = try Self.openAsTheReaderDoes(sandbox.write("big.txt", text), in: sandbox)
        let preview = try #require(app.document)
        #expect(preview.isPreview)
        #expect(preview.text.count < text.unicodeScalars.count)
        #expect(app.render().text.contains("Absatz 1: Die Fähre"))
        // Nothing is annotated on a preview: its annotations belong to the whole text.
        #expect(preview.store == nil && preview.storeJob == nil)
        app.press("jjjjj")
        let topOffset = preview.layout.row(at: preview.top).span.start
        #expect(topOffset > 0)

        Self.tick(app) { app.document?.isPreview == false }
        let full = try #require(app.document)
        #expect(!full.isPreview)
        #expect(full !== preview)
        #expect(full.text.count == text.unicodeScalars.count)
        // The same text stays at the top of the screen.
        #expect(full.layout.row(at: full.top).span.start == topOffset)
        // The whole document now opens its annotations and is analysed.
        Self.tick(app) { app.document?.store != nil }
        #expect(app.document?.store != nil)
        app.press("G")
        #expect(app.render().text.contains("Zielwort"))
    }

    @Test func commandsBeyondScrollingWaitForTheWholeText() throws {
        let sandbox = Sandbox()
        let text = Self.bigText(bytes: ArticlePreview.threshold + 200_000) + "Schlusswort.\n"
        let app = try Self.openAsTheReaderDoes(sandbox.write("big.txt", text), in: sandbox)
        #expect(app.document?.isPreview == true)
        app.press("j")  // scrolling the beginning needs nothing more
        app.press("G")  // the end of the article: the whole text first, as less does
        #expect(app.document?.isPreview == false)
        #expect(app.render().text.contains("Schlusswort."))
    }

    @Test func aLongArticlesBeginningIsHighlightedBeforeTheWholeAnalysis() throws {
        let sandbox = Sandbox()
        // Over LaunchOptions.longArticle code points, under the preview threshold.
        let text = "Bürgermeisterin Anna Berger besuchte am Montag Hamburg.\n\n" + Self.bigText(bytes: 400_000)
        let app = try Self.openAsTheReaderDoes(sandbox.write("long.txt", text), in: sandbox)
        let document = try #require(app.document)
        document.finishBeginningAnalysis()
        app.tick(now: Date())
        // The beginning (20,000 code points) is analysed long before the whole 400 KB.
        #expect(document.beginningAnalysis != nil && !document.isAnalysed)
        let grid = app.render()
        let place = try #require(grid.find("Hamburg", maxX: 70))
        #expect(grid[place.x, place.y].style == app.theme.apply("entity.location", to: app.theme.base))
        // Panes and selection wait for the whole analysis.
        #expect(document.selection == nil)
        Self.tick(app) { document.isAnalysed }
        #expect(document.beginningAnalysis == nil)
        #expect(document.selection?.unit == .sentence(0))
    }

    @Test func smallFileOpensWhole() throws {
        let sandbox = Sandbox()
        let path = sandbox.write("small.txt", Self.bigText(bytes: 20_000))
        let app = try sandbox.open([path])
        #expect(app.document?.isPreview == false)
    }

    /// A document with no analysis to speak of, on a text longer than the synchronous search limit.
    static func longApp(_ sandbox: Sandbox) -> (ReaderApp, String) {
        let text = bigText(bytes: TextSearch.synchronousLimit + 100_000)
        let path = sandbox.write("long.txt", text)
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text))
        let analysis = ArticleAnalysis(language: .de, segmentation: Segmentation(), entities: [], quotes: [])
        let document = Document(article: article, width: 100, analysis: analysis)
        var options = sandbox.options
        options.width = 100
        let app = ReaderApp(documents: DocumentList(documents: [document]), options: options)
        app.resize(width: 100, height: 30)
        return (app, text)
    }

    @Test func searchInALongArticleMovesAtOnceAndCountsInTheBackground() throws {
        let sandbox = Sandbox()
        let (app, text) = Self.longApp(sandbox)
        let document = try #require(app.document)
        // "Zielwort" ends every paragraph: several on each screen.
        app.press("/Zielwort<CR>")
        var search = try #require(document.search)
        #expect(search.isCounting)
        let first = try #require(search.currentSpan)
        #expect(document.text[first] == "Zielwort")
        #expect(document.selection?.span == first)
        #expect(app.selectionDescription.hasPrefix("match (counting…)"))
        // The matches on screen are highlighted before the count is in.
        #expect(app.render().searchHighlightedCells(theme: app.theme) >= 2 * "Zielwort".count)

        // n while counting: the next match, found by scanning from the current one.
        app.press("n")
        search = try #require(document.search)
        let second = try #require(search.currentSpan)
        #expect(second.start > first.start)
        #expect(document.text[second] == "Zielwort")

        Self.tick(app) { app.document?.search?.isCounting == false }
        search = try #require(document.search)
        #expect(!search.isCounting)
        let expected = text.components(separatedBy: "Zielwort").count - 1
        #expect(search.matches.count == expected)
        #expect(search.current == 1)
        #expect(app.selectionDescription.hasPrefix("match 2/\(expected)"))
        // N goes back to the first, then wraps to the last.
        app.press("N")
        #expect(document.search?.current == 0)
        app.press("N")
        #expect(document.search?.current == expected - 1)
        #expect(app.message?.contains("wrapped") == true)
        // Esc clears the search; the selected match stays, no longer counted.
        app.press("<Esc>")
        #expect(document.search == nil)
        #expect(app.selectionDescription.hasPrefix("match"))
        #expect(!app.selectionDescription.contains("counting"))
    }

    @Test func searchWithNoMatchInALongArticle() throws {
        let sandbox = Sandbox()
        let (app, _) = Self.longApp(sandbox)
        app.press("/Nirgendwo<CR>")
        #expect(app.messageIsError)
        #expect(app.message == "no match: Nirgendwo")
        #expect(app.document?.search?.isCounting == false)
        #expect(app.document?.search?.matches.isEmpty == true)
    }

    @Test func heldBackgroundWorkStartsOnRelease() throws {
        // A job created while work is held does not run until release (the reader holds it
        // until its first frame is drawn).
        BackgroundThread.holdUntilReleased()
        let job = BackgroundJob { 42 }
        #expect(BackgroundThread.heldCount >= 1)   // queued, not started
        let before = job.result
        BackgroundThread.release()
        #expect(before == nil)
        #expect(job.wait(timeout: 10) == 42)
    }
}
