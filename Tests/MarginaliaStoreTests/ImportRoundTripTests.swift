import Foundation
import Testing
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
@testable import MarginaliaStore

/// Issue 15 item 8: export then import gives back what was exported, per format.
@Suite struct ImportRoundTripTests {
    // Emoji, a combining accent and CJK before the spans, so every unit differs.
    let raw = "👍🏽 Caf\u{65}\u{301} 中文: Die Ministerin Anna Berg sprach in Kherson.\nZweite Zeile mit Berg und Kherson."
    var text: ArticleText { ArticleText(raw) }
    let tagSet = ["claim", "two words", "fact"]

    func analysis() -> ArticleAnalysis {
        let entities = [EntityMention(span: text.span(of: "Anna Berg"), text: "Anna Berg", type: .PER, canonical: "Anna Berg", confidence: 0.9),
                        EntityMention(span: text.span(of: "Kherson"), text: "Kherson", type: .PER, canonical: "Kherson", confidence: 0.5)]
        return ArticleAnalysis(language: .de, segmentation: Segmenter.segment(text), entities: entities, quotes: [])
    }

    /// An annotated article: two tags on one span with a note, a tag whose name brat cannot
    /// hold, a note alone, and an entity correction (Kherson is a place, not a person).
    func original(_ folder: TemporaryFolder) -> AnnotationStore {
        let store = AnnotationStore(articlePath: folder.article("a.txt", raw), text: text, options: testOptions(folder))
        store.setTagSet(tagSet)
        let sentence = text.span(of: "Die Ministerin Anna Berg sprach in Kherson.")
        store.tag(sentence, with: "claim")
        store.tag(sentence, with: "fact")
        store.setNote(on: sentence, "prüfen")
        store.tag(text.span(of: "Zweite Zeile"), with: "two words")
        store.setNote(on: text.span(of: "Berg und"), "nur Notiz")
        store.correctEntity(text.span(of: "Kherson"), type: "LOC")
        return store
    }

    func fresh(_ folder: TemporaryFolder) -> AnnotationStore {
        let store = AnnotationStore(articlePath: folder.article("b.txt", raw), text: text, options: testOptions(folder))
        store.setTagSet(tagSet)
        return store
    }

    func document(_ store: AnnotationStore) -> AnnotationExport.Document {
        AnnotationExport.Document(article: LoadedArticle(path: store.articlePath, format: .plainText, text: text),
                                  collection: store.collection, analysis: analysis())
    }

    func tagsAndNotes(_ store: AnnotationStore) -> [String] {
        store.items.filter { $0.motivation == .tagging || $0.motivation == .commenting }
            .map { "\($0.span) \($0.tags) \($0.note ?? "-")" }.sorted()
    }

    func entities(_ store: AnnotationStore) -> [String] {
        store.corrected(analysis()).entities.map { "\($0.span) \($0.type.rawValue)" }.sorted()
    }

    @Test(arguments: OffsetUnit.allCases)
    func doccanoRoundTripKeepsEveryTag(unit: OffsetUnit) throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = original(folder), b = fresh(folder)
        let line = AnnotationExport.output(.jsonl, document: document(a), options: ExportOptions(offsets: unit)).files[0].contents
        let documents = try ImportReader.doccano(line, origin: "x.jsonl", offsets: unit)
        let report = AnnotationImport.place(documents[0], into: b, entities: analysis().entities)
        #expect(report.unplaced.isEmpty && report.placed == 3)
        // doccano has no notes: tags only.
        let tags = { (s: AnnotationStore) in s.items.filter { !$0.tags.isEmpty }.map { "\($0.span) \($0.tags)" }.sorted() }
        #expect(tags(b) == tags(a))
    }

    @Test(arguments: [OffsetUnit.codepoint, .utf16])
    func bratRoundTripKeepsTagsNotesAndEntities(unit: OffsetUnit) throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = original(folder), b = fresh(folder)
        let files = AnnotationExport.output(.brat, document: document(a), options: ExportOptions(offsets: unit)).files
        let imported = try ImportReader.brat(ann: files[1].contents, txt: files[0].contents, stem: "a", origin: "a.ann", offsets: unit)
        let report = AnnotationImport.place(imported, into: b, entities: analysis().entities)
        #expect(report.unplaced.isEmpty)
        #expect(tagsAndNotes(b) == tagsAndNotes(a))   // "two words" comes back from brat's "two_words"
        #expect(entities(b) == entities(a))
        #expect(report.addedTags.isEmpty)
    }

    @Test func w3cRoundTripIsExact() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = original(folder), b = fresh(folder)
        let file = AnnotationExport.output(.w3c, document: document(a), options: ExportOptions()).files[0].contents
        let imported = try ImportReader.w3c(Array(file.utf8), origin: "a.json")
        #expect(imported.contentID == "urn:sha256:" + SHA256.hex(of: raw))
        let report = AnnotationImport.place(imported, into: b, entities: analysis().entities)
        #expect(report.unplaced.isEmpty && report.placed == a.items.count)
        #expect(b.items == a.items)
        // Importing again adds nothing.
        let again = AnnotationImport.place(imported, into: b, entities: analysis().entities)
        #expect(again.placed == 0 && again.alreadyThere == a.items.count)
    }

    @Test func conllRoundTripKeepsCorrectedEntityTypes() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = original(folder), b = fresh(folder)
        let conll = AnnotationExport.output(.conll, document: document(a), options: ExportOptions()).files[0].contents
        let documents = ImportReader.conll(conll, origin: "a.conll")
        #expect(documents.count == 1)
        let report = AnnotationImport.place(documents[0], into: b, entities: analysis().entities)
        #expect(report.unplaced.isEmpty)
        #expect(entities(b) == entities(a))
        #expect(report.placed == 1 && report.alreadyThere == 1)   // Kherson retyped; Anna Berg was there
    }

    @Test func labelsOnAnotherVersionOfTheTextAreFoundOrReported() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let b = fresh(folder)
        let edited = "Vorspann. " + raw.replacingOccurrences(of: "Zweite Zeile", with: "Andere Zeile")
        let line = #"{"id": "b", "text": \#(String(decoding: try JSONEncoder().encode(edited), as: UTF8.self)), "label": [[10, 12, "claim"], [93, 100, "fact"], [67, 79, "claim"]]}"#
        let documents = try ImportReader.doccano(line, origin: "x.jsonl")
        let report = AnnotationImport.place(documents[0], into: b, entities: [])
        #expect(report.placed == 2)
        #expect(b.items.map { text[$0.span] }.sorted() == ["Kherson", "👍🏽"])
        #expect(b.items.contains { $0.span == text.span(of: "Kherson", occurrence: 2) })   // the nearest copy
        #expect(report.unplaced.count == 1 && report.unplaced[0].contains("'Andere Zeile'") && report.unplaced[0].contains("x.jsonl:1"))
    }
}
