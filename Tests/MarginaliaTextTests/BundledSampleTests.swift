import Foundation
import Testing
@testable import MarginaliaText

/// The bundled samples (Sources/MarginaliaSamples/Articles) must load and segment sensibly.
/// Read by path so this test target needs only MarginaliaText.
@Suite("Bundled samples")
struct BundledSampleTests {
    static let articlesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/MarginaliaSamples/Articles")

    static var paths: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articlesDirectory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { articlesDirectory.appendingPathComponent($0).path }
    }

    @Test func thereAreAtLeastThreeSamples() {
        #expect(Self.paths.count >= 3)
        #expect(Self.paths.contains { $0.hasSuffix(".de.txt") })
        #expect(Self.paths.contains { $0.hasSuffix(".en.txt") })
        #expect(Self.paths.contains { $0.hasSuffix(".de.md") })
    }

    @Test(arguments: BundledSampleTests.paths)
    func loadsAndSegments(_ path: String) throws {
        let article = try ArticleLoader.load(path: path)
        #expect(article.notices.isEmpty)
        #expect(article.title != nil)
        let expected: Language = path.contains(".de.") ? .de : .en
        #expect(LanguageDetector.detect(article.text) == expected)
        let seg = Segmenter.segment(article.text, language: expected, knownHeadings: article.headingSpans)
        #expect(seg.paragraphs.count >= 3)
        #expect(seg.headings.count >= 2)
        #expect(seg.sentences.count >= 10)
        for sentence in seg.sentences { #expect(seg.paragraphs.contains { $0.contains(sentence) }) }
    }
}
