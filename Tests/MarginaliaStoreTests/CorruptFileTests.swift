import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct CorruptFileTests {
    @Test func corruptFileIsKeptByteForByteAndSavesGoElsewhere() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let garbage: [UInt8] = Array("{\"items\": [ {\"id\": \"urn:uuid:1\", half a file".utf8) + [0xFF, 0x00, 0x0A]
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json"), contents: Data(garbage))

        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readWrite)
        #expect(store.warnings.contains { $0.contains("a.txt.annotations.json: not a valid annotation file") && $0.hasSuffix("kept untouched") })
        // Said first: the status line shows the start of the joined warnings.
        #expect(store.warnings.first == "annotations will be saved to a.txt.annotations.json.recovered.json")
        store.tag(Span(0, 90), with: "claim")
        #expect(store.flush() == nil)
        store.close()
        #expect(folder.bytes("a.txt.annotations.json") == garbage)
        let recovered = try AnnotationDecoder.decode(try #require(folder.bytes("a.txt.annotations.json.recovered.json")), path: "r")
        #expect(recovered.collection.items.map(\.tags) == [["claim"]])

        // The next session finds the recovered annotations and keeps using that file.
        let again = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(again.items.map(\.tags) == [["claim"]])
        #expect(again.savePath == folder.file("a.txt.annotations.json.recovered.json"))
        #expect(again.warnings.first == "using a.txt.annotations.json.recovered.json (saved while a.txt.annotations.json was corrupt)")
        again.tag(Span(0, 90), with: "fact")
        again.close()
        #expect(folder.bytes("a.txt.annotations.json") == garbage)
    }

    @Test func wrongShapeAndUnreadableFilesAreKept() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let wrong = Array("{\"type\": \"Something\", \"items\": []}".utf8)
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json"), contents: Data(wrong))
        // The first recovery name is unusable too (a folder), so the next one is taken.
        try FileManager.default.createDirectory(atPath: folder.file("a.txt.annotations.json.recovered.json"), withIntermediateDirectories: false)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.warnings.contains { $0.contains("a.txt.annotations.json.recovered.json: cannot read (is a directory)") })
        #expect(store.savePath == folder.file("a.txt.annotations.json.recovered-2.json"))
        store.tag(Span(0, 10), with: "claim")
        store.close()
        #expect(folder.bytes("a.txt.annotations.json") == wrong)
        #expect(folder.exists("a.txt.annotations.json.recovered-2.json"))
    }

    @Test func fileChangedByAnotherProgramIsNotOverwritten() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        store.tag(Span(0, 90), with: "claim")
        try store.save()
        let theirs = Array("someone else's edit\n".utf8)
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json"), contents: Data(theirs))
        store.tag(Span(0, 90), with: "fact")
        try store.save()
        #expect(folder.bytes("a.txt.annotations.json") == theirs)
        #expect(store.savePath == folder.file("a.txt.annotations.json.recovered.json"))
        #expect(store.warnings.last?.contains("was changed by another program") == true)
    }

    @Test func unreadableItemsSurviveASave() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let json = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "items": [
          {"id": "urn:uuid:odd", "type": "Annotation", "motivation": "bookmarking", "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 3}}}]}
        """
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json"), contents: Data(json.utf8))
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.warnings.contains("a.txt.annotations.json: item 1: motivation \"bookmarking\" not supported; kept unchanged"))
        store.tag(Span(0, 3), with: "claim")
        store.close()
        let saved = try JSONReader.parse(try #require(folder.bytes("a.txt.annotations.json")))
        let ids = saved["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ids.contains("urn:uuid:odd"))
        #expect(ids.count == 2)
    }
}
