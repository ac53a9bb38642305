import Foundation
import Testing
@testable import MarginaliaModel

/// Reading leaves no trace beside the articles: a corpus in a shared data folder keeps exactly
/// its own files until the user saves an annotation (and a view-only session writes nothing at all).
@Suite struct NothingCreatedTests {
    func writeCorpus(_ sandbox: Sandbox) -> String {
        sandbox.write("shared/dev.jsonl", [
            corpusLine(["id": "1", "title": "Erster", "text": "Der erste Artikel. Er hat zwei Sätze."]),
            corpusLine(["id": "2", "title": "Zweiter", "text": "Der zweite Artikel."]),
        ].joined(separator: "\n") + "\n")
    }

    func files(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func readingACorpusCreatesNothingBesideIt() throws {
        let sandbox = Sandbox()
        let corpus = writeCorpus(sandbox)
        let app = try sandbox.open([corpus])
        app.press(")")
        app.press("]")
        #expect(app.document?.article.text.string == "Der zweite Artikel.")
        #expect(app.document?.store?.lockPath != nil)   // it is locked, elsewhere
        #expect(files(sandbox.root + "/shared") == ["dev.jsonl"])
        app.press("q")
        #expect(app.shouldQuit)
        #expect(files(sandbox.root + "/shared") == ["dev.jsonl"])
    }

    @Test func viewOnlyLibraryWritesNothingAnywhere() throws {
        let sandbox = Sandbox()
        let corpus = writeCorpus(sandbox)
        var options = sandbox.options
        options.viewOnly = true
        let app = try ReaderApp.open(paths: [corpus], options: options)
        app.resize(width: 120, height: 30)
        app.press("1")
        app.press("]")
        app.press("1")
        app.flush()
        app.press("q")
        #expect(files(sandbox.root + "/shared") == ["dev.jsonl"])
        // No library state, no lock, no annotation file under HOME's data directory either.
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/.local"))
    }
}
