import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// The entity index cache: a second build takes unchanged articles from it, a changed article
/// is analysed again, a damaged file is reported in one line and rebuilt.
@Suite struct EntityIndexCacheTests {
    static let texts = [
        "Angela Merkel besuchte am Montag Berlin. Merkel sprach dort mit Olaf Scholz.",
        "Der Bürgermeister von Hamburg, Peter Tschentscher, eröffnete die Messe.",
        "Emmanuel Macron reiste nach Brüssel. Macron traf dort Ursula von der Leyen.",
    ]

    func write(_ dir: TemporaryFolder, _ texts: [String]) -> Library {
        let path = dir.write("c.jsonl", texts.enumerated().map { corpusLine(["id": "\($0.offset)", "text": $0.element]) }.joined(separator: "\n"))
        return makeLibrary([path], statePath: dir.path + "/state/s.json")
    }

    func build(_ lib: Library) -> IndexBuilder {
        let builder = IndexBuilder(source: lib.textSource, cachePath: lib.entityIndexCachePath)
        builder.runInline()
        return builder
    }

    func mentions(_ index: CorpusIndex) -> [String] {
        ["merkel", "scholz", "macron", "tschentscher", "hamburg", "habeck"].flatMap { name in
            index.entity(name).map { "\(name)@\($0.article):\($0.span.start)-\($0.span.end)" }
        }
    }

    @Test func aSecondBuildTakesEveryArticleFromTheCache() throws {
        let dir = TemporaryFolder()
        let lib = write(dir, Self.texts)
        let cold = build(lib)
        #expect(cold.index.progress == IndexProgress(phase: .done, done: 3, total: 3, cached: 0))
        #expect(FileManager.default.fileExists(atPath: lib.entityIndexCachePath))
        #expect(lib.entityIndexCachePath.hasPrefix(dir.path + "/state/entity-index/"))
        let expected = mentions(cold.index)
        #expect(expected.contains { $0.hasPrefix("merkel@0:") })
        #expect(expected.contains { $0.hasPrefix("macron@2:") })

        let warm = build(write(dir, Self.texts))
        #expect(warm.index.progress.cached == 3)
        #expect(warm.index.notice == nil)
        #expect(mentions(warm.index) == expected)
        #expect(warm.index.analysedLanguages == cold.index.analysedLanguages)
    }

    @Test func aChangedArticleIsAnalysedAgainTheOthersComeFromTheCache() throws {
        let dir = TemporaryFolder()
        _ = build(write(dir, Self.texts))
        var changed = Self.texts
        changed[1] = "Robert Habeck sprach in Kiel über Wind. Habeck blieb optimistisch."
        let lib = write(dir, changed)
        let again = build(lib)
        #expect(again.index.progress.cached == 2)
        let found = mentions(again.index)
        #expect(found.contains { $0.hasPrefix("habeck@1:") })
        #expect(!found.contains { $0.hasPrefix("tschentscher@") })
        #expect(found.contains { $0.hasPrefix("merkel@0:") })
        // The cache now holds the new text: a third build takes all three.
        #expect(build(write(dir, changed)).index.progress.cached == 3)
    }

    @Test(arguments: ["garbage", "truncated", "flipped"])
    func aDamagedCacheIsReportedInOneLineAndRebuilt(damage: String) throws {
        let dir = TemporaryFolder()
        let lib = write(dir, Self.texts)
        let expected = mentions(build(lib).index)
        let path = lib.entityIndexCachePath
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "garbage": bytes = Array("not an index at all".utf8)
        case "truncated": bytes.removeLast(bytes.count / 3)
        default: bytes[bytes.count / 2] ^= 0x5A
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let rebuilt = build(write(dir, Self.texts))
        let notice = try #require(rebuilt.index.notice)
        #expect(notice.hasPrefix("entity index cache unreadable ("))
        #expect(!notice.contains("\n"))
        #expect(rebuilt.index.progress.cached == 0)
        #expect(mentions(rebuilt.index) == expected)
        // Rewritten whole: the next build reads it again.
        let next = build(write(dir, Self.texts))
        #expect(next.index.notice == nil)
        #expect(next.index.progress.cached == 3)
    }

    /// The analyzer tag names the release, the shipped model and the build of the program: a
    /// cache another build wrote (its rules may differ) is rebuilt, silently, not reported.
    @Test func aCacheOfAnotherBuildIsRebuiltWithoutNotice() throws {
        #expect(EntityIndexCache.analyzerTag.split(separator: "/").count == 3)
        let dir = TemporaryFolder()
        let lib = write(dir, Self.texts)
        let expected = mentions(build(lib).index)
        let path = lib.entityIndexCachePath
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let tag = Array(EntityIndexCache.analyzerTag.utf8)
        let at = try #require(bytes.firstRange(of: tag)).upperBound - 1
        bytes[at] = bytes[at] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let body = bytes.count - 8
        let sum = ContentHash.fnv(bytes[0..<body])
        for k in 0..<8 { bytes[body + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let rebuilt = build(write(dir, Self.texts))
        #expect(rebuilt.index.notice == nil)
        #expect(rebuilt.index.progress.cached == 0)
        #expect(mentions(rebuilt.index) == expected)
    }

    @Test func theProgressBarShowsWhileTheIndexBuilds() {
        let p = IndexProgress(phase: .entities, done: 41, total: 100)
        #expect(p.statusText == "entities ▕████░░░░░░▏ 41% 41/100")
        #expect(IndexProgress(phase: .done, done: 100, total: 100).statusText == "")
        #expect(IndexProgress.bar(0, of: 10, width: 4) == "▕░░░░▏")
        #expect(IndexProgress.bar(10, of: 10, width: 4) == "▕████▏")
    }

    @Test func aViewOnlySessionReadsTheCacheButNeverWritesIt() {
        let dir = TemporaryFolder()
        let lib = write(dir, Self.texts)
        let builder = IndexBuilder(source: lib.textSource, cachePath: lib.entityIndexCachePath, writeCache: false)
        builder.runInline()
        #expect(builder.index.progress.isComplete)
        #expect(!FileManager.default.fileExists(atPath: lib.entityIndexCachePath))
    }
}
