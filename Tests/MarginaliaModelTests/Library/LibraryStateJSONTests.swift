import Foundation
import Testing
import MarginaliaStore
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct LibraryStateJSONTests {
    @Test func readsBackWhatItWrites() throws {
        var generator = SystemRandomNumberGenerator()
        let awkward = ["/tmp/a.txt", "/home/jö/Zeitung „heute“.md", "C:\\odd\\path", "quote\"inside", "tab\there",
                       "line\nbreak", "emoji 📰 and \u{1}", "/", ""]
        for round in 0..<200 {
            var state = LibraryState()
            for k in 0..<Int.random(in: 0...6, using: &generator) {
                let key = awkward.randomElement(using: &generator)! + "\(round)-\(k)"
                // From 1600 on (Timestamp's range) to 2096.
                let seconds = Double(Int.random(in: -11_600_000_000...4_000_000_000, using: &generator))
                state.articles[key] = LibraryState.Article(status: ArticleStatus.allCases.randomElement(using: &generator)!,
                                                           position: Int.random(in: 0...50_000_000, using: &generator),
                                                           updated: Date(timeIntervalSince1970: seconds))
            }
            for k in 0..<Int.random(in: 0...3, using: &generator) {
                state.lastArticle[awkward.randomElement(using: &generator)! + "\(k)"] = LibraryState.LastArticle(
                    article: awkward.randomElement(using: &generator)!,
                    updated: Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &generator))))
            }
            let bytes = LibraryStateJSON.bytes(of: state)
            #expect(try LibraryStateJSON.read(bytes) == state, "round \(round)")
            // Plain JSON that other tools can read.
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil)
        }
    }

    @Test func theFileIsSortedPrettyJSON() {
        var state = LibraryState()
        state.articles["/b"] = LibraryState.Article(status: .done, position: 3, updated: Date(timeIntervalSince1970: 0))
        state.lastArticle["lib"] = LibraryState.LastArticle(article: "/b", updated: Date(timeIntervalSince1970: 86_400))
        let text = String(decoding: LibraryStateJSON.bytes(of: state), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"articles\": {\n    \"/b\": {\n      \"position\": 3,\n      \"status\": \"done\",\n      \"updated\": \"1970-01-01T00:00:00Z\""))
        #expect(text.contains("\"lastArticle\": {\n    \"lib\": {\n      \"article\": \"/b\",\n      \"updated\": \"1970-01-02T00:00:00Z\""))
        #expect(text.hasSuffix("\"version\": 1\n}\n"))
    }

    @Test func unexpectedFilesAreRefusedWithAReason() {
        let cases: [(String, String)] = [
            ("", "invalid JSON"),
            ("{", "invalid JSON"),
            ("[1, 2]", "not an object"),
            (#"{"articles": {}, "lastArticle": {}}"#, "version"),
            (#"{"version": 1, "lastArticle": {}}"#, "articles"),
            (#"{"version": 1, "articles": {"a": {"status": "new", "position": 1}}, "lastArticle": {}}"#, "date"),
            (#"{"version": 1, "articles": {"a": {"status": "odd", "position": 1, "updated": "2026-01-01T00:00:00Z"}}, "lastArticle": {}}"#, "status"),
            (#"{"version": 1, "articles": {"a": {"status": "new", "position": 1.5, "updated": "2026-01-01T00:00:00Z"}}, "lastArticle": {}}"#, "position"),
            (#"{"version": 1, "articles": {"a": {"status": "new", "position": 1, "updated": "2026-02-30T00:00:00Z"}}, "lastArticle": {}}"#, "date"),
            (#"{"version": 1} trailing"#, "invalid JSON"),
            (String(repeating: "[", count: 100_000), "invalid JSON"),
        ]
        for (text, words) in cases {
            do { _ = try LibraryStateJSON.read(Array(text.utf8)); Issue.record("accepted \(text.debugDescription)") } catch {
                #expect(error.description.contains(words), "\(text.debugDescription): \(error)")
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func damagedFilesNeverCrashTheReader() {
        var state = LibraryState()
        state.articles["/tmp/ä \"x\"\n.txt"] = LibraryState.Article(status: .inProgress, position: 42,
                                                                updated: Date(timeIntervalSince1970: 1_700_000_000))
        state.lastArticle["lib"] = LibraryState.LastArticle(article: "/tmp/a", updated: Date(timeIntervalSince1970: 0))
        let good = LibraryStateJSON.bytes(of: state)
        var generator = SystemRandomNumberGenerator()
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
            // Whatever is accepted survives writing and reading again.
            if let read = try? LibraryStateJSON.read(bytes) {
                #expect((try? LibraryStateJSON.read(LibraryStateJSON.bytes(of: read))) == read)
            }
        }
    }

    @Test func unknownKeysAreIgnored() throws {
        let text = #"{"version": 1, "future": [true, null, {"x": -1.5e3}], "articles": {"\/a\u00e9\ud83d\udcf0": {"status": "done", "position": 7, "updated": "1999-12-31T23:59:59Z", "extra": 1}}, "lastArticle": {}}"#
        let read = try LibraryStateJSON.read(Array(text.utf8))
        #expect(read.articles["/aé📰"]?.position == 7)
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
