import Foundation
import Testing
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
@testable import MarginaliaStore

@Suite struct ExportTests {
    // Emoji with a skin-tone modifier (2 code points, 1 grapheme, 4 UTF-16 units), a flag
    // (2 code points), and a combining acute accent (e + U+0301) all stand before the spans.
    let raw = "👍🏽🇩🇪 Caf\u{65}\u{301} „Kyjiw“: Die Ministerin Anna Berg sprach.\nZweite Zeile mit Kherson und Berg."
    var text: ArticleText { ArticleText(raw) }

    func collection() -> AnnotationCollection {
        let claim = Annotation.tagging(text.span(of: "Die Ministerin Anna Berg sprach."), in: text, tags: ["claim", "fact"], note: "Notiz\nmit Umbruch")
        let across = Annotation.tagging(text.span(of: "sprach.\nZweite"), in: text, tags: ["two words"])
        let note = Annotation.comment(text.span(of: "Kherson"), in: text, note: "Ort")
        var orphan = Annotation.tagging(Span(0, 2), in: text, tags: ["lost"])
        orphan.anchoring = .orphaned
        let retype = Annotation.entityCorrection(text.span(of: "Kherson"), in: text, type: "LOC")
        return AnnotationCollection(source: AnnotationSource(path: "a.txt", text: text), items: [claim, across, note, orphan, retype])
    }

    func document() -> AnnotationExport.Document {
        let entities = [EntityMention(span: text.span(of: "Anna Berg"), text: "Anna Berg", type: .PER, canonical: "Anna Berg", confidence: 0.9),
                        EntityMention(span: text.span(of: "Kherson"), text: "Kherson", type: .PER, canonical: "Kherson", confidence: 0.5)]
        let analysis = ArticleAnalysis(language: .de, segmentation: Segmenter.segment(text), entities: entities, quotes: [])
        return AnnotationExport.Document(article: LoadedArticle(path: "/x/a.txt", format: .plainText, text: text),
                                         collection: collection(), analysis: analysis)
    }

    /// Python-style slicing by code points, independent of the code under test.
    func pythonSlice(_ s: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(Array(s.unicodeScalars)[start..<end]))
    }

    @Test func doccanoOffsetsAreCodePoints() throws {
        let file = try #require(AnnotationExport.files(.jsonl, document: document()).first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any])
        #expect(json["text"] as? String == raw)
        let labels = try #require(json["label"] as? [[Any]])
        #expect(labels.count == 3)   // two tags on one span, one across the line break; no orphan, no note-only
        let first = labels[0]
        let start = first[0] as! Int, end = first[1] as! Int
        #expect(pythonSlice(raw, start, end) == "Die Ministerin Anna Berg sprach.")
        // 👍🏽 (2 code points) 🇩🇪 (2) space (1) Café with a combining accent (5) space (1) „Kyjiw“: (8) space (1)
        #expect(start == 2 + 2 + 1 + 5 + 1 + 8 + 1)
        #expect(first[2] as? String == "claim")
        let withEntities = try #require(AnnotationExport.files(.jsonl, document: document(), includeEntities: true).first)
        let labelled = try DoccanoJSONL.read(line: withEntities.contents.trimmingCharacters(in: .newlines)).labels
        #expect(labelled.contains(LabeledSpan(span: text.span(of: "Kherson"), label: "LOC")))
        #expect(labelled.contains(LabeledSpan(span: text.span(of: "Anna Berg"), label: "PER")))
    }

    @Test func doccanoRoundTrip() throws {
        // doccano has no notes.
        let labels = LabeledSpan.fromAnnotations(collection().items, commentLabel: nil).map { LabeledSpan(span: $0.span, label: $0.label) }
        let line = DoccanoJSONL.line(text: text, labels: labels)
        let back = try DoccanoJSONL.read(line: line)
        #expect(back.text == text)
        #expect(back.labels == labels)
        #expect(throws: ExportError.self) { try DoccanoJSONL.read(line: #"{"text": "abc", "label": [[0, 9, "x"]]}"#) }
        let objects = try DoccanoJSONL.read(line: #"{"text": "abc", "labels": [{"start_offset": 1, "end_offset": 2, "label": "x"}]}"#)
        #expect(objects.labels == [LabeledSpan(span: Span(1, 2), label: "x")])
    }

    @Test func bratOffsetsTextAndNotes() throws {
        let files = AnnotationExport.files(.brat, document: document())
        #expect(files.map(\.name) == ["a.txt", "a.ann"])
        #expect(files[0].contents == raw)
        let ann = files[1].contents
        let lines = ann.split(separator: "\n").map(String.init)
        #expect(lines.contains("T1\tclaim 20 52\tDie Ministerin Anna Berg sprach."))
        #expect(lines.contains("#1\tAnnotatorNotes T1\tNotiz mit Umbruch"))
        // A span across a line break is written as two fragments.
        let across = text.span(of: "sprach.\nZweite")
        #expect(lines.contains { $0.hasSuffix("two_words \(across.start) \(across.start + 7);\(across.start + 8) \(across.end)\tsprach. Zweite") })
        #expect(lines.contains { $0.contains("\tComment ") })
        #expect(lines.contains { $0.contains("\tLOC ") && $0.hasSuffix("\tKherson") })
        #expect(!lines.contains { $0.contains("lost") })
    }

    @Test func bratRoundTrip() throws {
        let labels = LabeledSpan.fromAnnotations(collection().items) + LabeledSpan.fromEntities(document().correctedAnalysis().entities)
        let ann = BratStandoff.ann(text: text, labels: labels)
        let back = try BratStandoff.read(ann: ann, text: text)
        let cleaned = labels.map { LabeledSpan(span: $0.span, label: BratStandoff.typeName($0.label), note: $0.note.map(BratStandoff.oneLine)) }
        #expect(back.sorted() == cleaned.sorted())
        #expect(throws: ExportError.self) { try BratStandoff.read(ann: "T1\tclaim 0 500\tx\n", text: text) }
        #expect(throws: ExportError.self) { try BratStandoff.read(ann: "T1\tclaim 0 3\tnot the text\n", text: text) }
    }

    @Test func conllHasCorrectedTypesAndSentenceBreaks() throws {
        let conll = try #require(AnnotationExport.files(.conll, document: document()).first).contents
        #expect(conll.hasPrefix("-DOCSTART- -X- O O\n\n"))
        let lines = conll.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Anna\tB-PER"))
        #expect(lines.contains("Berg\tI-PER"))
        #expect(lines.contains("Kherson\tB-LOC"))
        #expect(lines.contains("Berg\tO"))   // the second "Berg" is not a recognised mention
        let sentences = CoNLLExport.read(conll)
        #expect(sentences.count == Segmenter.segment(text).sentences.count)
        #expect(sentences.flatMap { $0 }.map(\.token) == Tokenizer.tokenize(text).map(\.text))
    }

    @Test func w3cExportIsTheAnnotationFile() throws {
        let doc = document()
        let file = try #require(AnnotationExport.files(.w3c, document: doc).first)
        #expect(file.name == "a.txt.annotations.json")
        #expect(Array(file.contents.utf8) == AnnotationEncoder.data(of: doc.collection))
    }

    @Test func writeToFilesAndFolders() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        var other = document()
        other.article.path = "/y/a.txt"
        let written = try AnnotationExport.write(.brat, documents: [document(), other], to: folder.file("brat")).written
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["a.txt", "a.ann", "a-2.txt", "a-2.ann", "annotation.conf", "visual.conf"])
        let jsonl = try AnnotationExport.write(.jsonl, documents: [document(), other], to: folder.file("all.jsonl")).written
        #expect(jsonl.count == 1)
        let contents = String(decoding: try #require(folder.bytes("all.jsonl")), as: UTF8.self)
        #expect(contents.split(separator: "\n").count == 2)
        #expect(throws: ExportError.self) { try AnnotationExport.write(.brat, documents: [document()], to: folder.file("all.jsonl")) }
    }
}
