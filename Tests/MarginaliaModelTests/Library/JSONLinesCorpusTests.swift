import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct JSONLinesCorpusTests {
    /// Texts with escapes, non-BMP characters, nested fields after the text, odd whitespace.
    nonisolated(unsafe) static let articles: [[String: Any]] = [
        ["id": "x1", "title": "Über \"Zitate\"", "text": "Er sagte: „Wir kommen.“\nDann\tging er – schnell.", "quotations": [["quote": [[0, 5]]]]],
        ["id": "x2", "text": "Emoji 😀 und Tab\tund NBSP\u{00A0}hier; Zahl 42 — Ende", "date": "2020-01-01"],
        ["text": "", "title": "Leer"],
        ["id": "x1", "title": "Doppelte id", "text": "zweimal"],
    ]

    func writeCorpus(_ dir: TemporaryFolder) -> String {
        dir.write("k.jsonl", Self.articles.map(corpusLine).joined(separator: "\n") + "\n")
    }

    @Test(arguments: [3, 17, 64, 1 << 20])
    func scanAgreesWithAFullJSONParseWhateverTheReadSize(chunkSize: Int) throws {
        let dir = TemporaryFolder()
        let corpus = try JSONLinesCorpus.open(path: writeCorpus(dir), chunkSize: chunkSize)
        #expect(corpus.lines.count == Self.articles.count)
        #expect(corpus.skipped.isEmpty)
        for (n, article) in Self.articles.enumerated() {
            let expected = article["text"] as! String
            let text = try corpus.text(of: n)
            #expect(text.string == expected)
            #expect(corpus.lines[n].metadata.words == nil)   // counted for the rows shown
            #expect(corpus.wordCount(of: n) == WordCount.count(ArticleText(expected)))
            #expect(corpus.lines[n].lineNumber == n + 1)
        }
        #expect(corpus.lines.map(\.articleKey) == ["x1", "x2", "line-3", "x1@line4"])
        #expect(corpus.lines[0].metadata.title == "Über \"Zitate\"")
        #expect(corpus.lines[1].metadata.title == "Emoji 😀 und Tab und NBSP hier; Zahl 42 — Ende")
    }

    @Test func articleCarriesTitleAndNamesCorpusAndId() throws {
        let dir = TemporaryFolder()
        let path = writeCorpus(dir)
        let corpus = try JSONLinesCorpus.open(path: path)
        let article = try corpus.article(0)
        #expect(article.title == "Über \"Zitate\"")
        #expect(article.path == path + "#x1")
        #expect(try corpus.textPrefix(of: 0, maxBytes: 8) == "Er sagte")
    }

    @Test func wordCountIgnoresLonePunctuation() {
        #expect(WordCount.count("Er ging – schnell , weg.") == 4)
        #expect(WordCount.count("„Wir\u{00A0}kommen“") == 2)
        #expect(WordCount.count("") == 0)
    }

    @Test func missingFileIsAOneLineError() {
        #expect(throws: LoadError.notFound(path: "/nonexistent/x.jsonl")) {
            try JSONLinesCorpus.open(path: "/nonexistent/x.jsonl")
        }
    }
}
