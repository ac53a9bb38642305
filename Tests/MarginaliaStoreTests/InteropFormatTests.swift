import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

/// Issue 15 (W3C MUSTs, offsets units, quote context) and issue 20 items 8 and 9.
@Suite struct InteropFormatTests {
    let text = ArticleText(sampleText)

    /// An annotation file as another W3C tool writes it: fields Marginalia does not know in
    /// every object it does know (target, selectors, bodies, source, context).
    static let foreignFile = #"""
    {
      "@context": ["http://www.w3.org/ns/anno.jsonld", {"ex": "https://example.org/terms#", "reviewed": "ex:reviewed"}],
      "type": "AnnotationCollection",
      "generator": {"id": "https://example.org/othertool", "type": "Software", "name": "othertool 2.1"},
      "source": {"path": "a.txt", "sha256": "", "license": "CC-BY-4.0"},
      "reviewed": true,
      "items": [{
        "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
        "type": "Annotation",
        "motivation": "tagging",
        "creator": {"id": "https://example.org/anna", "name": "Anna"},
        "body": [
          {"type": "TextualBody", "purpose": "tagging", "value": "claim", "language": "de", "creator": "https://example.org/anna"},
          {"type": "TextualBody", "purpose": "commenting", "value": "prüfen", "format": "text/plain"}
        ],
        "target": {
          "source": "https://example.org/a.txt",
          "scope": "https://example.org/page",
          "state": {"type": "TimeState", "sourceDate": "2026-11-01T00:00:00Z"},
          "selector": [
            {"type": "TextPositionSelector", "start": 0, "end": 90, "refinedBy": {"type": "CssSelector", "value": "p"}},
            {"type": "TextQuoteSelector", "exact": "Der Kampf um Kherson könnte zu einer der brutalsten Schlachten des Ukraine-Krieges werden.", "note": "kept"},
            {"type": "XPathSelector", "value": "/p[1]"}
          ]
        }
      }]
    }
    """#

    @Test func resavingKeepsUnknownFieldsEverywhereIncludingTheTarget() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let article = folder.article("a.txt", sampleText)
        try Self.foreignFile.write(toFile: article + ".annotations.json", atomically: true, encoding: .utf8)
        let store = AnnotationStore(articlePath: article, text: text, options: testOptions(folder))
        #expect(store.items.count == 1 && store.items[0].tags == ["claim"] && store.items[0].note == "prüfen")
        store.tag(store.items[0].span, with: "fact")   // an edit, then a real save
        #expect(store.flush() == nil)
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: article + ".annotations.json"))) as? [String: Any])
        let contexts = try #require(saved["@context"] as? [Any])
        #expect(contexts.contains { ($0 as? [String: Any])?["reviewed"] as? String == "ex:reviewed" })
        #expect(saved["reviewed"] as? Bool == true)
        #expect((saved["source"] as? [String: Any])?["license"] as? String == "CC-BY-4.0")
        let item = try #require((saved["items"] as? [[String: Any]])?.first)
        #expect((item["creator"] as? [String: Any])?["name"] as? String == "Anna")
        let target = try #require(item["target"] as? [String: Any])
        #expect(target["scope"] as? String == "https://example.org/page")
        #expect((target["state"] as? [String: Any])?["sourceDate"] as? String == "2026-11-01T00:00:00Z")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect((selectors[0]["refinedBy"] as? [String: Any])?["value"] as? String == "p")
        #expect(selectors[1]["note"] as? String == "kept")
        #expect(selectors.contains { $0["type"] as? String == "XPathSelector" })
        let bodies = try #require(item["body"] as? [[String: Any]])
        let claim = try #require(bodies.first { $0["value"] as? String == "claim" })
        #expect(claim["language"] as? String == "de" && claim["creator"] as? String == "https://example.org/anna")
        #expect(bodies.first { $0["value"] as? String == "prüfen" }?["format"] as? String == "text/plain")
        #expect(bodies.contains { $0["value"] as? String == "fact" })
    }

    /// A file of the previous format (string generator, relative `target.source`, the speaker's
    /// place as a selector on its TextualBody, no collection id) still reads, and stably.
    @Test func oldFormatFileIsReadAndGetsStableIDs() throws {
        let old = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/old-format.annotations.json"), encoding: .utf8)
        let first = try AnnotationDecoder.decode(Array(old.utf8), path: "old.json").collection
        let second = try AnnotationDecoder.decode(Array(old.utf8), path: "old.json").collection
        #expect(first.generator == "marginalia 0.1.0")
        #expect(first.items.count == 3)
        let quote = try #require(first.items.first { $0.motivation == .classifying })
        #expect(quote.speaker?.name == "Aleksandar Vučić")
        #expect(quote.speaker?.span.map { text[$0] } == "Aleksandar Vučić")
        #expect(first.id.hasPrefix("urn:uuid:") && first.id == second.id)
        #expect(first.items.map(\.id) == second.items.map(\.id))     // the item without an id too
        #expect(first.items.allSatisfy { $0.id.hasPrefix("urn:uuid:") })
        // Written back in the new shape, it reads back the same.
        let again = try AnnotationDecoder.decode(AnnotationEncoder.data(of: first), path: "new.json").collection
        #expect(again == first)
    }

    @Test func movedArticleWithTheSameTextKeepsItsAnnotationsExact() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let before = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: before, text: text, options: testOptions(folder))
        store.tag(Span(0, 90), with: "claim")
        #expect(store.close() == nil)
        // Moved to another folder, annotation file with it.
        try FileManager.default.createDirectory(atPath: folder.file("moved"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: before, toPath: folder.file("moved/b.txt"))
        try FileManager.default.moveItem(atPath: before + ".annotations.json", toPath: folder.file("moved/b.txt.annotations.json"))
        let moved = AnnotationStore(articlePath: folder.file("moved/b.txt"), text: text, options: testOptions(folder))
        #expect(!moved.sourceChanged)
        #expect(moved.warnings.isEmpty)
        #expect(moved.items.map(\.anchoring) == [.exact])
        #expect(moved.collection.source.uri == FileURI.from(path: folder.file("moved/b.txt")))
        _ = moved.close()
    }

    @Test func quoteContextFitsThirtyTwoUTF16Units() {
        let emoji = String(repeating: "😀", count: 40)
        let t = ArticleText(emoji + "Mitte" + emoji)
        let quote = TextQuote(span: Span(40, 45), in: t)
        #expect(quote.exact == "Mitte")
        #expect(quote.prefix.utf16.count <= 32 && quote.suffix.utf16.count <= 32)
        #expect(quote.prefix.unicodeScalars.count == 16 && quote.suffix.unicodeScalars.count == 16)
        let plain = TextQuote(span: Span(91, 100), in: text)
        #expect(plain.prefix.unicodeScalars.count == 32 && plain.suffix.unicodeScalars.count == 32)
    }

    @Test func offsetUnitsAgreeWithSwiftsOwnCounts() {
        let raw = "a👍🏽b\u{65}\u{301}中文\r\n🇩🇪x"
        let t = ArticleText(raw)
        let scalars = Array(raw.unicodeScalars)
        for unit in OffsetUnit.allCases {
            let map = unit.map(for: t)
            for i in 0...t.count {
                let prefix = String(String.UnicodeScalarView(scalars[0..<i]))
                let expected = unit == .codepoint ? i : unit == .utf16 ? prefix.utf16.count : prefix.utf8.count
                #expect(map.convert(i) == expected, "\(unit) \(i)")
                #expect(map.codePoint(of: expected) == i)
            }
        }
        // Half of a surrogate pair is not a position.
        #expect(OffsetUnit.utf16.map(for: t).codePoint(of: 2) == nil)
    }

    @Test func collectionIDIsStableAndURIsAreAbsolute() {
        let source = AnnotationSource(path: "a.txt", text: text, articlePath: "/news/ä b.txt")
        #expect(source.uri == "file:///news/%C3%A4%20b.txt")
        #expect(FileURI.path(of: source.uri) == "/news/ä b.txt")
        let corpus = AnnotationSource(path: "c.jsonl#7", text: text, articlePath: "/news/c.jsonl#7")
        #expect(corpus.uri == "file:///news/c.jsonl#7" && FileURI.fragment(of: corpus.uri) == "7")
        #expect(AnnotationCollection(source: source).id == AnnotationCollection(source: source).id)
        #expect(AnnotationCollection(source: source).id != AnnotationCollection(source: corpus).id)
    }
}

/// Issue 15 item 6: annotations older versions made on a corpus text with a BOM and CRLF.
@Suite struct NormalizationMigrationTests {
    @Test func annotationsOnTheRawTextMoveOntoTheLoadedText() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let raw = ArticleText("\u{FEFF}Erste Zeile.\r\nZweite Zeile mit Kherson.\r\nDritte.")
        let loaded = LoadedTextNormalization.normalize(raw.string)
        #expect(loaded.changed && loaded.text.string == "Erste Zeile.\nZweite Zeile mit Kherson.\nDritte.")
        // Saved by an older version against the raw text.
        var old = AnnotationCollection(source: AnnotationSource(path: "c.jsonl#1", text: raw))
        old.items = [Annotation.tagging(raw.span(of: "Kherson"), in: raw, tags: ["claim"], now: "2026-11-25T10:00:00Z"),
                     Annotation.tagging(raw.span(of: "Zweite Zeile mit Kherson.\r\nDritte"), in: raw, tags: ["fact"], now: "2026-11-25T10:00:00Z")]
        let path = folder.file("1.annotations.json")
        try Data(AnnotationEncoder.data(of: old)).write(to: URL(fileURLWithPath: path))
        var options = testOptions(folder)
        options.location = AnnotationFileLocation(path: path, readPath: path, environment: options.environment)
        options.rawText = raw
        let store = AnnotationStore(articlePath: folder.file("c.jsonl#1"), text: loaded.text, options: options)
        #expect(store.items.map { loaded.text[$0.span] } == ["Kherson", "Zweite Zeile mit Kherson.\nDritte"])
        #expect(store.items.allSatisfy { $0.anchoring == .reanchored })
        #expect(store.warnings.contains { $0.contains("2 re-anchored") })
        #expect(store.close() == nil)
        // Saved against the loaded text now: the next open is exact.
        let again = AnnotationStore(articlePath: folder.file("c.jsonl#1"), text: loaded.text, options: options)
        #expect(again.items.allSatisfy { $0.anchoring == .exact } && again.warnings.isEmpty)
        _ = again.close()
    }

    @Test func offsetMapOfTheNormalisation() {
        let raw = Array("\u{FEFF}a\r\nb\rc".unicodeScalars)
        #expect(LoadedTextNormalization.offsetMap(raw) == [0, 0, 1, 1, 2, 3, 4, 5])
    }
}
