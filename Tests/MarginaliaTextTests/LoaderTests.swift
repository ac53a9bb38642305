import Foundation
import Testing
@testable import MarginaliaText

@Suite("Loading files")
struct LoaderTests {
    @Test func formatFromExtension() throws {
        #expect(try load("a", name: "a.txt").format == .plainText)
        #expect(try load("a", name: "a.md").format == .markdown)
        #expect(try load("a", name: "a.markdown").format == .markdown)
        #expect(try load("a", name: "a.html").format == .html)
        #expect(try load("a", name: "a.HTM").format == .html)
    }

    @Test func formatSniffedWithoutKnownExtension() throws {
        #expect(try load("<!DOCTYPE html><p>Hallo</p>", name: "page").format == .html)
        #expect(try load("  <html><body>Hallo</body></html>", name: "page.dat").format == .html)
        #expect(try load("Hallo <b>Welt</b>", name: "notes").format == .plainText)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Hallo".utf8)
        let article = try ArticleLoader.load(data: data, path: "a.txt")
        #expect(article.text.string == "Hallo")
        #expect(article.notices.isEmpty)
    }

    @Test func lineEndsBecomeLineFeeds() throws {
        let article = try load("Eins\r\nZwei\rDrei\n", name: "a.txt")
        #expect(article.text.string == "Eins\nZwei\nDrei\n")
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "Größe – „gut“" in Windows-1252.
        let data = Data([0x47, 0x72, 0xF6, 0xDF, 0x65, 0x20, 0x96, 0x20, 0x84, 0x67, 0x75, 0x74, 0x93])
        let article = try ArticleLoader.load(data: data, path: "a.txt")
        #expect(article.text.string == "Größe – „gut“")
        #expect(article.notices == ["decoded as Windows-1252: not valid UTF-8"])
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: LoadError.binary(path: "x.txt")) {
            try ArticleLoader.load(data: Data([0x41, 0x00, 0x42]), path: "x.txt")
        }
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Grüße".utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        #expect(try ArticleLoader.load(data: data, path: "a.txt").text.string == "Grüße")
    }

    @Test func missingFile() {
        let path = "/nonexistent/marginalia/missing.txt"
        #expect(throws: LoadError.notFound(path: path)) { try ArticleLoader.load(path: path) }
        #expect(LoadError.notFound(path: path).description == "\(path): no such file")
    }

    @Test func directory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: LoadError.isDirectory(path: dir.path)) { try ArticleLoader.load(path: dir.path) }
    }

    @Test func sizeLimit() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2000).write(to: file)
        #expect(throws: LoadError.tooLarge(path: file.path, bytes: 2000, limit: 1000)) {
            try ArticleLoader.load(path: file.path, sizeLimit: 1000)
        }
        #expect(try ArticleLoader.load(path: file.path).text.count == 2000)
    }

    @Test(.enabled(if: getuid() != 0, "root can read every file"))
    func unreadableFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("secret.txt")
        try Data("x".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        #expect(throws: LoadError.unreadable(path: file.path, reason: "permission denied")) {
            try ArticleLoader.load(path: file.path)
        }
    }

    @Test func endlessDeviceIsRefused() {
        #expect(throws: LoadError.binary(path: "/dev/zero")) { try ArticleLoader.load(path: "/dev/zero") }
    }

    @Test func errorDescriptionsAreOneLineAndNameThePath() {
        let errors: [LoadError] = [
            .notFound(path: "a.txt"), .unreadable(path: "a.txt", reason: "permission denied"),
            .binary(path: "a.txt"), .tooLarge(path: "a.txt", bytes: 10, limit: 5), .isDirectory(path: "a.txt"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("a.txt: "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func realFileRoundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("artikel.txt")
        try Data("Überschrift\n\nDer erste Satz. Der zweite Satz.\n".utf8).write(to: file)
        let article = try ArticleLoader.load(path: file.path)
        #expect(article.format == .plainText)
        #expect(article.title == "Überschrift")
        #expect(article.path == file.path)
    }

    @Test func plainTextKeepsNonBreakingAndSoftHyphens() throws {
        let text = "Am 3.\u{00A0}Oktober tagte die Bundes\u{00AD}regierung."
        #expect(try load(text, name: "a.txt").text.string == text)
    }
}
