import Foundation
import Testing
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
@testable import MarginaliaStore

/// Issue 15 items 4 and 5 (overlaps, brat configuration, CoNLL options), issue 20 item 9 (names
/// in line-oriented formats).
@Suite struct LineFormatExportTests {
    let raw = "Anna Berg sprach in Kherson. 😀 Danach schwieg Berg."
    var text: ArticleText { ArticleText(raw) }

    func document(tags: [(String, [String])]) -> AnnotationExport.Document {
        let items = tags.map { Annotation.tagging(text.span(of: $0.0), in: text, tags: $0.1, note: nil, now: "2026-11-25T10:00:00Z") }
        let entities = [EntityMention(span: text.span(of: "Anna Berg"), text: "Anna Berg", type: .PER, canonical: "Anna Berg", confidence: 0.9),
                        EntityMention(span: text.span(of: "Kherson"), text: "Kherson", type: .LOC, canonical: "Kherson", confidence: 0.9)]
        let analysis = ArticleAnalysis(language: .de, segmentation: Segmenter.segment(text), entities: entities, quotes: [])
        return AnnotationExport.Document(article: LoadedArticle(path: "/x/a.txt", format: .plainText, text: text),
                                         collection: AnnotationCollection(source: AnnotationSource(path: "a.txt", text: text), items: items),
                                         analysis: analysis, id: "art 7")
    }

    @Test func bratTypeNamesAndTextsCannotBreakLines() throws {
        let hostile = "evil\u{1B}[31m\tname\nT99\u{7F}\u{85}\u{2028}x y:z"
        let doc = document(tags: [("sprach", [hostile])])
        let ann = try #require(AnnotationExport.output(.brat, document: doc, options: ExportOptions()).files.last).contents
        let lines = ann.split(separator: "\n")
        #expect(lines.count == 3)   // one tag, two entities: nothing split a record
        for line in lines {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 3)
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 })
        }
        let type = try #require(lines.first { $0.contains("sprach") }).split(separator: "\t")[1].split(separator: " ")[0]
        #expect(type == "evil__31m_name_T99___x_y_z")
        let conf = BratStandoff.annotationConf(labels: [hostile, "PER"], allowOverlap: true)
        #expect(conf.split(separator: "\n").contains(Substring(String(type))))
        #expect(!conf.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func bratFolderHasConfigurationWithOverlapRule() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let doc = document(tags: [("Anna Berg sprach", ["claim"])])   // overlaps the PER entity
        try AnnotationExport.write(.brat, documents: [doc], to: folder.file("brat"))
        let conf = String(decoding: try #require(folder.bytes("brat/annotation.conf")), as: UTF8.self)
        for section in ["[entities]", "[relations]", "[events]", "[attributes]"] { #expect(conf.contains(section)) }
        for type in ["claim", "PER", "LOC"] { #expect(conf.split(separator: "\n").contains(Substring(type))) }
        #expect(conf.contains("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"))
        #expect(folder.exists("brat/visual.conf") && folder.exists("brat/art%207.ann"))
        // --no-overlap: no rule needed, and no overlapping spans left.
        try AnnotationExport.write(.brat, documents: [doc], to: folder.file("flat"), options: ExportOptions(noOverlap: true))
        let flat = String(decoding: try #require(folder.bytes("flat/annotation.conf")), as: UTF8.self)
        #expect(!flat.contains("<OVERLAP>"))
        let ann = String(decoding: try #require(folder.bytes("flat/art%207.ann")), as: UTF8.self)
        let spans = try BratStandoff.read(ann: ann, text: text)
        #expect(OverlapResolution.overlaps(spans).isEmpty)
        #expect(spans.map(\.label) == ["claim", "LOC"])   // the user's tag wins over the PER entity
    }

    @Test func doccanoWarnsOnOverlapsAndNoOverlapResolvesThem() throws {
        let doc = document(tags: [("Anna Berg sprach", ["claim"]), ("Berg sprach in", ["opinion"])])
        let warned = AnnotationExport.output(.jsonl, document: doc, options: ExportOptions(includeEntities: true))
        #expect(warned.warnings.count == 1)
        #expect(warned.warnings[0].contains("Allow overlapping entity") && warned.warnings[0].contains("article art 7"))
        let line = try DoccanoJSONL.read(line: warned.files[0].contents)
        #expect(line.labels.count == 4 && line.id == "art 7")
        let resolved = AnnotationExport.output(.jsonl, document: doc, options: ExportOptions(includeEntities: true, noOverlap: true))
        let kept = try DoccanoJSONL.read(line: resolved.files[0].contents).labels
        #expect(OverlapResolution.overlaps(kept).isEmpty)
        // Longer user tag first ("Anna Berg sprach" 16 > "Berg sprach in" 14), then the entity that fits.
        #expect(kept.map(\.label) == ["claim", "LOC"])
        #expect(resolved.warnings == ["article art 7: --no-overlap dropped 2 overlapping labels"])
    }

    @Test func doccanoUTF16OffsetsMatchJavaScriptIndices() throws {
        let doc = document(tags: [("Danach schwieg", ["claim"])])
        let line = try #require(AnnotationExport.output(.jsonl, document: doc, options: ExportOptions(offsets: .utf16)).files.first).contents
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let label = try #require((json["label"] as? [[Any]])?.first)
        let utf16 = Array(raw.utf16)
        let start = label[0] as! Int, end = label[1] as! Int
        #expect(String(decoding: utf16[start..<end], as: UTF16.self) == "Danach schwieg")
        #expect(start == text.span(of: "Danach").start + 1)   // the emoji is two UTF-16 units
        #expect(try DoccanoJSONL.read(line: line, offsets: .utf16).labels.map(\.span) == [text.span(of: "Danach schwieg")])
        #expect(json["title"] == nil && json["id"] as? String == "art 7")
    }

    @Test func conllDocstartAndSeparatorOptions() throws {
        let doc = document(tags: [])
        let standard = try #require(AnnotationExport.output(.conll, document: doc, options: ExportOptions(conllSeparator: " ")).files.first).contents
        #expect(standard.hasPrefix("-DOCSTART- -X- O O\n\n"))
        #expect(standard.contains("\nBerg I-PER\n") && !standard.contains("\t"))
        let none = try #require(AnnotationExport.output(.conll, document: doc, options: ExportOptions(conllDocstart: false)).files.first).contents
        #expect(none.hasPrefix("Anna\tB-PER\n"))
        // Two articles read back as two documents, with no empty one in front.
        let two = CoNLLExport.readDocuments(standard + standard)
        #expect(two.count == 2 && two[0].count == Segmenter.segment(text).sentences.count)
        #expect(LineFormatText.token("a\u{A0}b\tc") == "a_b_c")
    }

    @Test func visualConfCarriesTheTagNamesBratCannotHold() {
        let visual = BratStandoff.visualConf(labels: ["two words", "a|b", "PER", "claim"])
        let labels = BratStandoff.readLabels(visualConf: visual)
        #expect(labels["two_words"] == "two words")
        #expect(labels["a_b"] == "a/b")        // `|` separates visual.conf columns
        #expect(labels["PER"] == "PER" && labels["claim"] == "claim")
        #expect(visual.contains("two_words\tbgColor:"))
    }

    @Test func fileStemsOfIDsAreSafeAndReversible() {
        for id in ["11059", "a/1", "../x", ".hidden", "Zürich 2", "", "%41"] {
            let stem = AnnotationExport.fileStem(id)
            #expect(!stem.contains("/") && !stem.hasPrefix(".") && !stem.isEmpty)
            #expect(AnnotationExport.idFromStem(stem) == (id.isEmpty ? "\u{0}" : id))
        }
        #expect(AnnotationExport.fileStem("a/1") == "a%2F1")
    }
}
