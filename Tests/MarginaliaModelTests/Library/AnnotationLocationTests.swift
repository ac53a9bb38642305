import Foundation
import Testing
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct AnnotationLocationTests {
    @Test func fileArticlesKeepTheirAnnotationsBesideThem() {
        #expect(AnnotationLocation.path(forFile: "news/kherson.txt") == "news/kherson.txt.annotations.json")
    }

    @Test func corpusArticlesGetOneFilePerIdInAFolderBesideTheCorpus() {
        #expect(AnnotationLocation.path(forCorpus: "data/dev.jsonl", articleKey: "11059") == "data/dev.jsonl.annotations/11059.annotations.json")
        #expect(AnnotationLocation.fileStem(for: "a-b_c.d") == "a-b_c.d")
    }

    @Test func idsAreMadeSafeAndStayDistinct() {
        let ids = ["a/b", "..", ".hidden", "a b", "a%20b", "Müller", "", "x:y", "a\u{0}b"]
        let stems = ids.map(AnnotationLocation.fileStem)
        #expect(Set(stems).count == ids.count)
        for stem in stems {
            #expect(!stem.contains("/"))
            #expect(!stem.hasPrefix("."))
            #expect(!stem.isEmpty)
            #expect(stem.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 })
        }
        #expect(AnnotationLocation.fileStem(for: "a/b") == "a%2Fb")
        #expect(AnnotationLocation.fileStem(for: "Müller") == "M%C3%BCller")
    }

    @Test func longIdsAreShortenedWithAHash() {
        let a = String(repeating: "x", count: 400) + "1"
        let b = String(repeating: "x", count: 400) + "2"
        let sa = AnnotationLocation.fileStem(for: a), sb = AnnotationLocation.fileStem(for: b)
        #expect(sa != sb)
        #expect(sa.utf8.count <= 180)   // AnnotationExport.maxStemBytes: well under the 255 bytes of a file name
    }

    @Test func libraryMapsEntriesAndCountsTheirAnnotations() throws {
        let dir = TemporaryFolder()
        let corpus = dir.write("c.jsonl", corpusLine(["id": "7/8", "text": "Text."]) + "\n" + corpusLine(["id": "9", "text": "Mehr."]))
        let lib = makeLibrary([corpus], statePath: dir.path + "/s.json")
        #expect(lib.annotationPath(at: 0) == corpus + ".annotations/7%2F8.annotations.json")
        #expect(lib.annotationCount(at: 0) == nil)
        dir.write("c.jsonl.annotations/7%2F8.annotations.json", #"{"type": "AnnotationCollection", "items": [{"id": "1"}, {"id": "2"}]}"#)
        #expect(lib.annotationCount(at: 0) == 2)
        dir.write("c.jsonl.annotations/9.annotations.json", "{ broken")
        #expect(lib.annotationCount(at: 1) == -1)
    }

    @Test func bundledSamplesAreCountedWhereTheReaderSavesThem() throws {
        let dir = TemporaryFolder()
        let article = dir.write("P_Samples.resources/Articles/a.txt", "Ein Satz.")
        let lib = Library.open(paths: [article], environment: ["XDG_DATA_HOME": dir.path + "/data", "HOME": dir.path])
        let path = lib.annotationPath(at: 0)
        #expect(path.hasPrefix(dir.path + "/data/marginalia/annotations/a.txt-"))
        dir.write(String(path.dropFirst(dir.path.count + 1)), #"{"type": "AnnotationCollection", "items": [{"id": "1"}]}"#)
        #expect(lib.annotationCount(at: 0) == 1)
    }
}
