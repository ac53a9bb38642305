import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct DecoderTests {
    @Test func unknownFieldsBodiesAndSelectorsAreKept() throws {
        let json = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "x-project": {"round": 2},
         "source": {"path": "a.txt", "sha256": "", "length": 5}, "tagSet": ["a"],
         "items": [{"id": "urn:uuid:1", "type": "Annotation", "motivation": "tagging", "created": "2026-01-01T00:00:00Z",
                    "creator": {"name": "Ana"},
                    "body": [{"type": "TextualBody", "purpose": "tagging", "value": "a"}, {"type": "SpecificResource", "source": "http://x"}],
                    "target": {"source": "a.txt", "selector": [{"type": "TextPositionSelector", "start": 0, "end": 3},
                                                                {"type": "TextQuoteSelector", "exact": "abc"},
                                                                {"type": "CssSelector", "value": "p"}]}},
                   {"id": "urn:uuid:2", "type": "Annotation", "target": "http://example.org/page"}]}
        """
        let result = try AnnotationDecoder.decode(Array(json.utf8), path: "a.json")
        #expect(result.collection.items.count == 1)
        #expect(result.collection.unreadableItems.count == 1)
        #expect(result.warnings == ["item 2: no selector in the target; kept unchanged"])
        let written = AnnotationEncoder.value(of: result.collection)
        #expect(written["x-project"]?["round"] == .int(2))
        let items = try #require(written["items"]?.arrayValue)
        #expect(items.count == 2)
        #expect(items[0]["creator"]?["name"] == .string("Ana"))
        #expect(items[0]["body"]?.arrayValue?.contains { $0["type"] == .string("SpecificResource") } == true)
        #expect(items[0]["target"]?["selector"]?.arrayValue?.contains { $0["type"] == .string("CssSelector") } == true)
        #expect(items[1]["target"] == .string("http://example.org/page"))
        // The modified date an older file left out falls back to its created date.
        #expect(result.collection.items[0].modified == "2026-01-01T00:00:00Z")
    }

    @Test func olderAndPartialFilesAreRead() throws {
        // No @context or type, a single body object, only a quote selector; a bare array.
        let partial = """
        {"items": [{"body": {"value": "x", "purpose": "tagging"}, "target": {"selector": {"type": "TextQuoteSelector", "exact": "abc"}}}]}
        """
        let a = try AnnotationDecoder.decode(Array(partial.utf8), path: "p.json", now: "2026-02-02T00:00:00Z")
        #expect(a.collection.items.count == 1)
        #expect(a.collection.items[0].tags == ["x"])
        #expect(a.collection.items[0].motivation == .tagging)
        #expect(a.collection.items[0].created == "2026-02-02T00:00:00Z")
        #expect(a.collection.tagSet == AnnotationCollection.defaultTagSet)
        let bare = """
        [{"motivation": "commenting", "bodyValue": "n", "body": "a note", "target": {"selector": [{"type": "TextPositionSelector", "start": 2, "end": 4}]}}]
        """
        let b = try AnnotationDecoder.decode(Array(bare.utf8), path: "b.json")
        #expect(b.collection.items.first?.note == "a note")
        #expect(b.collection.items.first?.span == Span(2, 4))
        #expect(b.collection.items.first?.quote.exact == "")
    }

    @Test(arguments: [
        ("", "invalid JSON at line 1, column 1: unexpected end of file"),
        ("{\"items\": [1,]}", "invalid JSON at line 1, column 14: unexpected character ']'"),
        ("{\n  \"items\": [\n    {\"a\" 1}]}", "invalid JSON at line 3, column 10: expected ':' after field \"a\""),
        ("{\"type\": \"Annotationcollection\"}", "type is \"Annotationcollection\", not \"AnnotationCollection\""),
        ("{\"items\": {}}", "\"items\" is not an array"),
        ("{\"foo\": 1}", "no \"items\" and no \"type\""),
        ("42", "the top level is neither an object nor an array"),
        ("{\"items\": []} trailing", "invalid JSON at line 1, column 15: unexpected text after the JSON value"),
    ])
    func corruptFilesGiveOneLineReasons(input: String, reason: String) {
        #expect(throws: StoreError.corrupt(path: "x.json", reason: reason)) {
            try AnnotationDecoder.decode(Array(input.utf8), path: "x.json")
        }
    }

    @Test func readerKeepsKeyOrderAndDecodesEscapes() throws {
        let value = try JSONReader.parse(#"{"b": 1, "a": [true, null, -2.5e1], "s": "\u00e4\ud83d\ude00\n\"", "lone": "\ud800x"}"#)
        #expect(value.objectFields?.map(\.0) == ["b", "a", "s", "lone"])
        #expect(value["a"] == .array([.bool(true), .null, .double(-25)]))
        #expect(value["s"] == .string("ä😀\n\""))
        #expect(value["lone"] == .string("\u{FFFD}x"))
        #expect(try JSONReader.parse(value.serialized()) == value)
    }
}

@Suite struct DuplicateIDTests {
    @Test func duplicateIDsGetNewOnes() throws {
        let item = #"{"id": "urn:uuid:same", "motivation": "tagging", "body": [{"purpose": "tagging", "value": "a"}], "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 1}}}"#
        let result = try AnnotationDecoder.decode(Array("{\"items\": [\(item), \(item)]}".utf8), path: "d.json")
        #expect(result.collection.items.count == 2)
        #expect(Set(result.collection.items.map(\.id)).count == 2)
        #expect(result.collection.items[0].id == "urn:uuid:same")
        #expect(result.warnings == ["item 2: id urn:uuid:same used twice; given a new id"])
    }
}

@Suite struct ByteWriterTests {
    /// Every escape the writer must make, in both layouts, and the reader takes it back.
    @Test func escapesAndLayout() throws {
        let tricky = "q\" b\\ t\t n\n r\r nul\u{0} esc\u{1B} del\u{7F} c1\u{85}\u{9B} ls\u{2028} ps\u{2029} é 👍🏽 e\u{301} „x“"
        let escaped = #""q\" b\\ t\t n\n r\r nul\u0000 esc\u001b del\u007f c1\u0085\u009b ls\u2028 ps\u2029 é 👍🏽 e\#u{301} „x“""#
        let value = JSONValue.object([("s", .string(tricky)), ("n", .int(-42)), ("d", .double(0.97)), ("w", .double(2)),
                                      ("b", .bool(false)), ("z", .null), ("e", .array([])), ("o", .object([]))])
        #expect(value.serialized() == #"{"s":"# + escaped + #","n":-42,"d":0.97,"w":2.0,"b":false,"z":null,"e":[],"o":{}}"#)
        #expect(JSONValue.array([.int(1), .object([("k", .null)])]).serialized(pretty: true) == "[\n  1,\n  {\n    \"k\": null\n  }\n]")
        #expect(try JSONReader.parse(value.serializedBytes(pretty: true)) == value)
    }
}

@Suite struct DefaultTagSetTests {
    @Test func configTagSetForNewFilesFileTagSetWins() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        var options = testOptions(folder)
        options.defaultTagSet = ["pro", "contra"]
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        #expect(store.tagSet == ["pro", "contra"])
        store.setTagSet(["eins"])
        store.close()
        let again = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        #expect(again.tagSet == ["eins"])
        again.close()
    }

    @Test func controlCharactersInErrorsAreShownAsHex() {
        #expect(throws: StoreError.corrupt(path: "x", reason: "invalid JSON at line 1, column 2: unexpected character byte 0x1B")) {
            try AnnotationDecoder.decode([UInt8(ascii: "["), 0x1B], path: "x")
        }
    }
}
