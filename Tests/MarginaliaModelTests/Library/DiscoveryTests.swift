import Foundation
import Testing
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct DiscoveryTests {
    @Test func folderIsWalkedInNaturalOrderWithSkippedFilesListed() {
        let dir = TemporaryFolder()
        dir.write("10-late.txt", "Late article.\n")
        dir.write("2-early.md", "# Early\n\nText.\n")
        dir.write("sub/inner.html", "<h1>Inner</h1>")
        dir.write(".hidden.txt", "secret")
        dir.write(".git/config", "x")
        dir.write("scan.pdf", "%PDF")
        dir.write("README", "no extension")
        dir.write("2-early.md.annotations.json", "{}")
        dir.write("corpus.jsonl", corpusLine(["id": "a1", "text": "Erster Artikel."]) + "\n")
        dir.write("corpus.jsonl.annotations/a1.annotations.json", "{}")

        let result = LibraryDiscovery.discover(paths: [dir.path])
        let names = result.entries.map { entry -> String in
            switch entry.location {
            case .file(let path): return String(path.dropFirst(dir.path.count + 1))
            case .corpusLine(_, let line): return "corpus#\(line)"
            }
        }
        #expect(names == ["2-early.md", "10-late.txt", "corpus#0", "sub/inner.html"])
        let skipped = Dictionary(uniqueKeysWithValues: result.skipped.map { (String($0.path.dropFirst(dir.path.count + 1)), $0.reason) })
        #expect(Set(skipped.keys) == ["scan.pdf", "README"])
        #expect(skipped["scan.pdf"]!.contains("PDF"))
        #expect(skipped["README"]!.contains("extension"))
    }

    @Test func explicitFilesAreOpenedInGivenOrderOnceEach() {
        let dir = TemporaryFolder()
        let b = dir.write("b.txt", "B")
        let a = dir.write("a.md", "A")
        let notes = dir.write("notes", "named explicitly, so read whatever its extension")
        let result = LibraryDiscovery.discover(paths: [b, a, notes, b, dir.path + "/missing.txt"])
        #expect(result.entries.map(\.location) == [.file(path: b), .file(path: a), .file(path: notes)])
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.reason == "no such file or folder")
        #expect(result.entries.map(\.key) == [b, a, notes].map(LibraryPaths.absolute))
    }

    @Test func jsonLinesCorpusBecomesOneEntryPerArticleLine() {
        let dir = TemporaryFolder()
        let lines = [
            corpusLine(["id": "11059", "title": "Flugzeug landete", "date": "2005-08-20", "source": "de.wikinews.org", "text": "Gestern gab es."]),
            "",
            "not json at all",
            corpusLine(["id": 42, "text": "Zahl als id."]),
            corpusLine(["title": "Ohne Text"]),
            corpusLine(["url": "https://www.example.org/a/b", "text": "\n\n  Erste Zeile  \nZweite"]),
        ]
        let path = dir.write("c.jsonl", lines.joined(separator: "\n"))
        let result = LibraryDiscovery.discover(paths: [path])
        #expect(result.entries.count == 3)
        #expect(result.entries.map(\.corpusArticleKey) == ["11059", "42", "line-6"])
        #expect(result.entries[0].key == LibraryPaths.absolute(path) + "#11059")
        #expect(result.entries[0].metadata.title == "Flugzeug landete")
        #expect(result.entries[0].metadata.source == "de.wikinews.org")
        #expect(result.entries[0].metadata.date == "2005-08-20")
        #expect(result.entries[2].metadata.title == "Erste Zeile")
        #expect(result.entries[2].metadata.source == "www.example.org")
        #expect(result.skipped.map(\.path) == [path + ":3", path + ":5"])
        #expect(result.skipped[1].reason.contains("text"))
    }

    @Test func naturalOrderComparesNumbersByValue() {
        let names = ["a10.txt", "a2.txt", "B1.txt", "a1.txt"]
        #expect(names.sorted(by: LibraryDiscovery.naturalLess) == ["a1.txt", "a2.txt", "a10.txt", "B1.txt"])
    }
}
