import Foundation
import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct CorpusIndexTests {
    static let texts = [
        "Über die Brücke ging er.\nDann sagte er: „Uber alles.“",
        "Nichts hier.",
        "Emoji 😀 vor ÜBER und über.",
    ]

    func library(_ dir: TemporaryFolder) -> Library {
        let path = dir.write("c.jsonl", Self.texts.enumerated().map { corpusLine(["id": "\($0.offset)", "text": $0.element]) }.joined(separator: "\n"))
        return makeLibrary([path], statePath: dir.path + "/s.json")
    }

    func find(_ text: String, in lib: Library, limit: Int = 1000) -> [IndexHit] {
        let search = FindSearch(query: text, source: lib.textSource, limit: limit, rangeSize: 1)
        search.runInline()
        return search.snapshot.hits
    }

    @Test func findIgnoresCaseAndAccentsAndReportsCodePointOffsets() throws {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let hits = find("uber", in: lib)
        #expect(hits.map(\.article) == [0, 0, 2, 2])
        for hit in hits {
            let text = try lib.article(at: hit.article).text
            #expect(TextFolding.fold(text[hit.span]) == "uber")
        }
        // Offsets are code points: the emoji is one, not four bytes or two UTF-16 units.
        #expect(hits[2].span == Span(12, 16))
        #expect(find("nichts hier", in: lib).map(\.span) == [Span(0, 11)])
        #expect(find("uber", in: lib, limit: 1).count == 1)
        #expect(find("", in: lib).isEmpty)
    }

    @Test func contextLineShowsTheMatchOnItsLine() throws {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let hit = find("alles", in: lib)[0]
        let context = try #require(lib.context(for: hit, width: 40))
        #expect(context.line == "Dann sagte er: „Uber alles.“")
        let chars = Array(context.line)
        #expect(String(chars[context.matchStart..<context.matchEnd]) == "alles")
    }

    @Test func entityLookupMatchesWordsOfCanonicalNames() {
        let index = CorpusIndex(articleCount: 2)
        func mention(_ start: Int, _ text: String, _ canonical: String, _ type: EntityType) -> EntityMention {
            EntityMention(span: Span(start, start + text.unicodeScalars.count), text: text, type: type, canonical: canonical, confidence: 1)
        }
        index.addEntities(article: 0, mentions: [mention(0, "Putins", "Wladimir Putin", .PER), mention(20, "Kyjiw", "Kyjiw", .LOC)], language: .de)
        index.addEntities(article: 1, mentions: [mention(5, "Wladimir Putin", "Wladimir Putin", .PER), mention(40, "Aleksandar Vučić", "Aleksandar Vučić", .PER)], language: .de)
        #expect(index.entity("putin").map(\.article) == [0, 1])
        #expect(index.entity("putin").first?.canonical == "Wladimir Putin")
        #expect(index.entity("vucic").map(\.span) == [Span(40, 56)])
        #expect(index.entity("Wladimir Putin").count == 2)
        #expect(index.entity("Olaf").isEmpty)
        #expect(index.entityNames(prefix: "wl") == ["Wladimir Putin"])
        #expect(index.analysedLanguages == [0: .de, 1: .de])
    }

    @Test func resultsPaneFillsInWhileTheIndexBuilds() {
        let index = CorpusIndex(articleCount: 2)
        let mention = EntityMention(span: Span(0, 6), text: "Merkel", type: .PER, canonical: "Angela Merkel", confidence: 1)
        index.addEntities(article: 0, mentions: [mention], language: .de)
        let pane = HitListView(query: .entity("merkel"), index: index)
        #expect(pane.hits.map(\.article) == [0])
        #expect(pane.partialNote == "1/2 articles indexed so far")
        index.addEntities(article: 1, mentions: [mention], language: .de)
        index.setPhase(.done)
        pane.refresh()
        #expect(pane.hits.map(\.article) == [0, 1])
        #expect(pane.partialNote == "")
        #expect(pane.title.contains("2 places in 2 articles"))
    }

    @Test func foldingKeepsOneScalarPerScalar() {
        let samples = ["ÄÖÜäöüß", "ÉCOLE", "Vučić", "İstanbul", "ΣΟΦΙΑ", "😀x"]
        for s in samples {
            #expect(TextFolding.fold(s).unicodeScalars.count == s.unicodeScalars.count)
        }
        #expect(TextFolding.fold("ÄÖÜ Vučić ÉCOLE") == "aou vucic ecole")
    }

    @Test func cancelledBuilderStops() {
        let dir = TemporaryFolder()
        let path = dir.write("c.jsonl", (0..<200).map { corpusLine(["id": "\($0)", "text": "Text \($0)."]) }.joined(separator: "\n"))
        let lib = makeLibrary([path], statePath: dir.path + "/s.json")
        let builder = IndexBuilder(source: lib.textSource)
        builder.cancel()
        builder.start()
        builder.wait()
        #expect(builder.index.progress.phase == .cancelled)
    }
}
