import Foundation
import Testing
@testable import MarginaliaText

@Suite struct ArticlePreviewTests {
    @Test func previewEndsAtTheLastWholeLine() throws {
        let bytes = Array("Überschrift\n\nErster Absatz.\nZweite Zeile, abgeschn".utf8)
        let preview = try #require(ArticlePreview.make(head: bytes, path: "a.txt"))
        #expect(preview.text.string == "Überschrift\n\nErster Absatz.\n")
        #expect(preview.title == "Überschrift")
    }

    @Test func oneHugeLineIsCutBeforeASplitCharacter() throws {
        // "ä" is two bytes; the head ends after its first one.
        let bytes = Array("Straße".utf8) + [0xC3]
        let preview = try #require(ArticlePreview.make(head: bytes, path: "a.txt"))
        #expect(preview.text.string == "Straße")
    }

    @Test func crlfBecomesLF() throws {
        let preview = try #require(ArticlePreview.make(head: Array("eins\r\nzwei\r\n".utf8), path: "a.txt"))
        #expect(preview.text.string == "eins\nzwei\n")
    }

    @Test func noPreviewForHTMLBinaryOrInvalidUTF8() {
        #expect(ArticlePreview.make(head: Array("<!doctype html><p>x</p>\n".utf8), path: "a") == nil)
        #expect(ArticlePreview.make(head: Array("<p>x</p>\n".utf8), path: "a.html") == nil)
        #expect(ArticlePreview.make(head: [0x61, 0x00, 0x62, 0x0A], path: "a.txt") == nil)
        #expect(ArticlePreview.make(head: [0x61, 0xFF, 0x62, 0x0A], path: "a.txt") == nil)
    }

    @Test func onlyFilesOverTheThresholdGetAPreview() throws {
        let folder = NSTemporaryDirectory() + "marginalia-preview-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let line = "Ein Satz über die Elbe, der sich wiederholt.\n"
        let small = folder + "/small.txt", big = folder + "/big.txt"
        try String(repeating: line, count: 100).write(toFile: small, atomically: true, encoding: .utf8)
        let bigText = String(repeating: line, count: ArticlePreview.threshold / line.utf8.count + 100)
        try bigText.write(toFile: big, atomically: true, encoding: .utf8)
        #expect(ArticlePreview.load(path: small) == nil)
        let preview = try #require(ArticlePreview.load(path: big))
        #expect(preview.text.string.utf8.count <= ArticlePreview.prefixBytes)
        #expect(bigText.hasPrefix(preview.text.string))
        // Over the size limit: no preview (the whole load reports the error).
        #expect(ArticlePreview.load(path: big, sizeLimit: ArticlePreview.threshold) == nil)
        #expect(ArticlePreview.load(path: folder) == nil)
    }
}
