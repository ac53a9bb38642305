import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// Issue 15 item 6: a JSON-lines text is the same loaded text as the same bytes in a file.
@Suite struct CorpusTextNormalizationTests {
    @Test func corpusTextIsNormalisedLikeAFile() throws {
        let dir = TemporaryFolder()
        let body = "\u{FEFF}Titel\r\nErster Satz.\rZweiter 😀 Satz.\r\n"
        let corpus = dir.write("c.jsonl", corpusLine(["id": "7", "text": body]) + "\n")
        let file = dir.write("a.txt", body)
        let fromCorpus = try JSONLinesCorpus.open(path: corpus).article(0)
        let fromFile = try ArticleLoader.load(path: file)
        #expect(fromCorpus.text == fromFile.text)
        #expect(!fromCorpus.text.string.contains("\r") && fromCorpus.text.scalars.first != "\u{FEFF}")
        #expect(fromCorpus.rawText?.string == body)   // kept for moving older annotations
        // An article that needs no normalisation carries no second copy.
        let plain = dir.write("p.jsonl", corpusLine(["id": "8", "text": "Schon normal.\n"]) + "\n")
        #expect(try JSONLinesCorpus.open(path: plain).article(0).rawText == nil)
    }
}
