import Foundation
import Testing
import MarginaliaStore
@testable import MarginaliaModel

@Suite struct LibraryStateReaderTests {
    /// What `LibraryStateStore.save` writes.
    private func encoded(_ state: LibraryState) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        return [UInt8](try encoder.encode(state))
    }

    private func decodedByFoundation(_ bytes: [UInt8]) -> LibraryState? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(LibraryState.self, from: Data(bytes))
    }

    @Test func readsWhatTheStoreWritesExactlyAsJSONDecoderDoes() throws {
        var generator = SystemRandomNumberGenerator()
        let awkward = ["/tmp/a.txt", "/home/jö/Zeitung „heute“.md", "C:\\odd\\path", "quote\"inside", "tab\there",
                       "line\nbreak", "emoji 📰 and \u{1}", "/", ""]
        for round in 0..<200 {
            var state = LibraryState()
            for k in 0..<Int.random(in: 0...6, using: &generator) {
                let key = awkward.randomElement(using: &generator)! + "\(round)-\(k)"
                let seconds = Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator))
                state.articles[key] = LibraryState.Article(status: ArticleStatus.allCases.randomElement(using: &generator)!,
                                                           position: Int.random(in: 0...50_000_000, using: &generator),
                                                           updated: Date(timeIntervalSince1970: seconds))
            }
            for k in 0..<Int.random(in: 0...3, using: &generator) {
                state.lastArticle[awkward.randomElement(using: &generator)! + "\(k)"] = LibraryState.LastArticle(
                    article: awkward.randomElement(using: &generator)!,
                    updated: Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &generator))))
            }
            let bytes = try encoded(state)
            let fast = try #require(LibraryStateReader.read(bytes), "round \(round)")
            #expect(fast == decodedByFoundation(bytes))
            #expect(fast == state)
        }
    }

    @Test func unexpectedFilesAreLeftToJSONDecoder() {
        let cases = [
            "",                                                     // empty
            "{",                                                    // cut off
            "[1, 2]",                                               // not an object
            #"{"articles": {"a": {"status": "new", "position": 1}}}"#,                   // no date
            #"{"articles": {"a": {"status": "odd", "position": 1, "updated": "2026-01-01T00:00:00Z"}}}"#,
            #"{"articles": {"a": {"status": "new", "position": 1.5, "updated": "2026-01-01T00:00:00Z"}}}"#,
            #"{"articles": {"a": {"status": "new", "position": 1, "updated": "2026-01-01T00:00:00.5Z"}}}"#,
            #"{"articles": {"a": {"status": "new", "position": 1, "updated": "2026-02-30T00:00:00Z"}}}"#,
            #"{"version": 1} trailing"#,
            #"{"a": "\ud800"}"#,                                   // unpaired surrogate
            #"{"a": "raw"# + "\u{1}" + #"control"}"#,
            String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
            // A key twice: JSONDecoder takes the first, so the reader leaves it to JSONDecoder.
            #"{"version": 1, "articles": {}, "lastArticle": {"a": {"article": "x", "updated": "bad", "updated": "2026-01-01T00:00:00Z"}}}"#,
        ]
        for text in cases {
            #expect(LibraryStateReader.read(Array(text.utf8)) == nil, "\(text.debugDescription)")
        }
    }

    @Test func damagedFilesNeverCrashTheReader() throws {
        var state = LibraryState()
        state.articles["/tmp/ä \"x\"\n.txt"] = LibraryState.Article(status: .inProgress, position: 42,
                                                                updated: Date(timeIntervalSince1970: 1_700_000_000))
        state.lastArticle["lib"] = LibraryState.LastArticle(article: "/tmp/a", updated: Date(timeIntervalSince1970: 0))
        let good = try encoded(state)
        var generator = SystemRandomNumberGenerator()
        var agreed = 0
        for _ in 0..<3000 {
            var bytes = good
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: at)
                default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: at)
                }
                if bytes.isEmpty { break }
            }
            // Whatever the reader accepts, JSONDecoder accepts and reads the same way.
            if let fast = LibraryStateReader.read(bytes) {
                let slow = decodedByFoundation(bytes)
                #expect(fast == slow, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
                agreed += 1
            }
        }
        #expect(agreed > 0)
    }

    @Test func unknownKeysAreIgnoredAsJSONDecoderIgnoresThem() throws {
        let text = #"{"version": 1, "future": [true, null, {"x": -1.5e3}], "articles": {"\/a\u00e9\ud83d\udcf0": {"status": "done", "position": 7, "updated": "1999-12-31T23:59:59Z", "extra": 1}}, "lastArticle": {}}"#
        let fast = try #require(LibraryStateReader.read(Array(text.utf8)))
        #expect(fast == decodedByFoundation(Array(text.utf8)))
        #expect(fast.articles["/aé📰"]?.position == 7)
    }

    @Test func isoDatesMatchFoundationAcrossLeapYearsAndCenturies() throws {
        let formatter = ISO8601DateFormatter()
        for text in ["1970-01-01T00:00:00Z", "2000-02-29T12:34:56Z", "1900-03-01T00:00:00Z", "2100-12-31T23:59:59Z",
                     "1601-01-01T00:00:00Z", "2024-02-29T00:00:01Z"] {
            #expect(Timestamp.date(from: text) == formatter.date(from: text), "\(text)")
            // And back: the store writes what it reads.
            if let date = Timestamp.date(from: text) { #expect(Timestamp.string(from: date) == text) }
        }
        #expect(Timestamp.date(from: "2023-02-29T00:00:00Z") == nil)
        #expect(Timestamp.date(from: "2023-01-01T24:00:00Z") == nil)
        #expect(Timestamp.date(from: "2023-01-01T00:00:00+01:00") == nil)
    }
}
