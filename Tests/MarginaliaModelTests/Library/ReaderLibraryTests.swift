import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// The library as the reader uses it: opening corpora, `L`, `D`, `]`/`[`, `:find`, and what
/// is remembered between sessions. Uses the real loader and analyser (Sandbox of the ui tests).
@Suite struct ReaderLibraryTests {
    static let bridge = (1...30).map { "Brückenabsatz \($0). Die Stadt plant eine neue Brücke über den Fluss." }.joined(separator: "\n\n")

    func writeFolder(_ sandbox: Sandbox) -> String {
        sandbox.write("news/1-radweg.txt", "Radweg beschlossen\n\nDer Stadtrat hat den Radweg beschlossen.")
        sandbox.write("news/2-bruecke.txt", "Neue Brücke\n\n" + ReaderLibraryTests.bridge)
        sandbox.write("news/3-haushalt.txt", "Haushalt\n\nDer Haushalt der Stadt wurde beschlossen.")
        return sandbox.root + "/news"
    }

    func writeTwoArticleCorpus(_ sandbox: Sandbox) -> String {
        sandbox.write("c.jsonl", [
            corpusLine(["id": "a/1", "title": "Erster", "text": "Der erste Artikel. Er hat zwei Sätze."]),
            corpusLine(["id": "b2", "title": "Zweiter", "text": "Der zweite Artikel."]),
        ].joined(separator: "\n"))
    }

    @Test func corpusArticlesOpenAndKeepAnnotationsInAFolderBesideTheCorpus() throws {
        let sandbox = Sandbox()
        let corpus = writeTwoArticleCorpus(sandbox)
        let app = try sandbox.open([corpus])
        #expect(app.documents.count == 2)
        #expect(app.document?.article.text.string == "Der erste Artikel. Er hat zwei Sätze.")
        #expect(app.render().text.contains("Erster"))
        app.press("1")
        app.execute(commandLine: "w")
        let saved = corpus + ".annotations/a%2F1.annotations.json"
        #expect(FileManager.default.fileExists(atPath: saved))
        #expect(app.librarySession?.library.annotationCount(at: 0) == 1)
        app.press("]")
        #expect(app.document?.article.text.string == "Der zweite Artikel.")
    }

    /// Issue 15 item 1: `:export` of a corpus article names its files by the article's id.
    @Test func exportOfACorpusArticleIsNamedByItsID() throws {
        let sandbox = Sandbox()
        let corpus = writeTwoArticleCorpus(sandbox)
        let app = try sandbox.open([corpus])
        app.press("]")
        app.press("1")
        app.execute(commandLine: "export brat \(sandbox.root)/out")
        #expect(app.message?.hasPrefix("exported brat") == true)
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/out/b2.ann"))
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/out/annotation.conf"))
        app.execute(commandLine: "export w3c \(sandbox.root)/w3c/")
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/w3c/b2.annotations.json"))
    }

    @Test func listDoneAndNextFromTheReader() throws {
        let sandbox = Sandbox()
        let app = try sandbox.open([writeFolder(sandbox)], width: 110, height: 20)
        app.press("L")
        var screen = app.render().text
        #expect(screen.contains("Library: 3 articles"))
        #expect(screen.contains("Neue Brücke"))
        app.press("/haus")
        app.press("<CR><CR>")   // the first ends the filter, the second opens
        #expect(app.document?.article.text.string.hasPrefix("Haushalt") == true)
        app.press("D")
        #expect(app.librarySession?.library.status(at: 2) == .done)
        app.press("]")   // the filter leaves only this one: the whole library, wrapping around
        #expect(app.document?.article.text.string.hasPrefix("Radweg") == true)
        app.press("L")
        screen = app.render().text
        #expect(screen.contains("filter: haus"))
        app.press("<Esc><Esc><Esc>")
        #expect(app.librarySession?.isShowingOverlay == false)
    }

    @Test func positionStatusAndLastArticleSurviveQuitting() throws {
        let sandbox = Sandbox()
        let folder = writeFolder(sandbox)
        do {
            let app = try sandbox.open([folder], width: 100, height: 12)
            app.press("]")
            app.press("<Space><Space>")
            let top = app.document!.layout.row(at: app.document!.top).span.start
            #expect(top > 0)
            app.press("q")
            #expect(app.shouldQuit)
            let again = try sandbox.open([folder], width: 100, height: 12)
            #expect(again.documents.current == 1)
            #expect(again.document!.layout.row(at: again.document!.top).span.start == top)
            // The selection is on the screen, not back at the first sentence.
            #expect((again.document?.selection?.span.start ?? 0) >= top)
            #expect(again.librarySession?.library.status(at: 1) == .inProgress)
            #expect(again.librarySession?.library.status(at: 2) == .new)
        }
    }

    @Test func findListsPlacesAcrossArticlesAndEnterJumps() throws {
        let sandbox = Sandbox()
        let app = try sandbox.open([writeFolder(sandbox)], width: 110, height: 20)
        let session = try #require(app.librarySession)
        session.waitForIndex()
        app.execute(commandLine: "find beschlossen")
        session.hitList?.waitForSearch()
        let screen = app.render().text
        #expect(screen.contains("find \"beschlossen\": 3 places in 2 articles"))
        app.press("G")      // the last place: in the third article
        app.press("<CR>")
        #expect(app.document?.article.text.string.hasPrefix("Haushalt") == true)
        let selection = try #require(app.document?.selection)
        #expect(app.document?.article.text[selection.span] == "beschlossen")
        app.execute(commandLine: "find")
        #expect(app.message == "usage: :find TEXT")
    }
}
