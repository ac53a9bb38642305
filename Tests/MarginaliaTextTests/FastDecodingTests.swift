import Foundation
import Testing
@testable import MarginaliaText

/// The loader's fast paths (UTF-8 straight to scalars, scalars straight to a String) give the
/// same text as the standard library's conversions, for 1- to 4-byte characters.
struct FastDecodingTests {
    static let mixed = "Aä€😀 „Zitat“ — Vučić sagte: \"ok\"\u{00A0}Ende\u{1F1E9}\u{1F1EA}\n\tx\u{10FFFF}"

    @Test func validUTF8DecodesToTheSameScalars() {
        func decoded(_ bytes: [UInt8]) -> [Unicode.Scalar] {
            Array(bytes.withUnsafeBufferPointer { ScalarStore(validUTF8: $0, normalizingLineEnds: false) })
        }
        let bytes = Array(Self.mixed.utf8)
        #expect(decoded(bytes) == Array(Self.mixed.unicodeScalars))
        #expect(decoded(Array(bytes[1...])) == Array(String(decoding: bytes[1...], as: UTF8.self).unicodeScalars))
        #expect(decoded([]).isEmpty)
        #expect(Array(Array("a\r\nb\rc\n\r".utf8).withUnsafeBufferPointer { ScalarStore(validUTF8: $0) }) == Array("a\nb\nc\n\n".unicodeScalars))
    }

    @Test func scalarsBuildTheSameString() {
        let text = ArticleText(scalars: Array(Self.mixed.unicodeScalars))
        #expect(text.string == Self.mixed)
        #expect(text == ArticleText(Self.mixed))
        #expect(text.count == Self.mixed.unicodeScalars.count)
        #expect(ArticleText(scalars: []).string.isEmpty)
    }

    /// A JSON-lines `text` is decoded from its UTF-8 straight into the store: the same text and
    /// the same "changed" answer as normalising its scalars (BOM, CRLF, lone CR, CR at the end).
    @Test func stringNormalisesAsItsScalars() {
        for raw in [Self.mixed, "\u{FEFF}" + Self.mixed, "a\r\nb\rc\n\r", "\r", "\u{FEFF}", "", "x\u{FEFF}y", "\u{FEFF}\u{FEFF}a"] {
            let (text, changed) = LoadedTextNormalization.normalize(raw)
            let (scalars, scalarsChanged) = LoadedTextNormalization.normalize(Array(raw.unicodeScalars))
            #expect(Array(text.scalars) == scalars, "\(Array(raw.unicodeScalars))")
            #expect(changed == scalarsChanged)
        }
        #expect(LoadedTextNormalization.normalize("\u{FEFF}a\r\nb").text.string == "a\nb")
        #expect(!LoadedTextNormalization.normalize(Self.mixed).changed)
    }

    @Test func loadedFileKeepsItsText() throws {
        let path = NSTemporaryDirectory() + "fast-decoding-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(("\u{FEFF}" + Self.mixed + "\r\nZeile zwei\r").utf8).write(to: URL(fileURLWithPath: path))
        let article = try ArticleLoader.load(path: path)
        #expect(article.text.string == Self.mixed + "\nZeile zwei\n")
        #expect(Array(article.text.scalars) == Array((Self.mixed + "\nZeile zwei\n").unicodeScalars))
    }
}
