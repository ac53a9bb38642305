import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// `:find` streams: hits arrive range by range in library order while the search runs, the
/// pane shows what has arrived, and cancelling stops the search with the hits so far.
@Suite struct FindSearchTests {
    /// 40 articles; every fourth names Berlin once.
    func library(_ dir: TemporaryFolder) -> Library {
        let lines = (0..<40).map { n in
            corpusLine(["id": "a\(n)", "text": n % 4 == 0 ? "Artikel \(n) aus Berlin." : "Artikel \(n) aus Wien."])
        }
        return makeLibrary([dir.write("c.jsonl", lines.joined(separator: "\n"))], statePath: dir.path + "/s.json")
    }

    @Test func hitsArriveInIncrementsInLibraryOrder() throws {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let search = FindSearch(query: "berlin", source: lib.textSource, rangeSize: 8, workers: 1)
        var seen: [FindSearch.Snapshot] = []
        search.runInline { seen.append($0) }
        // Five ranges of eight articles: five increments, each with two more hits.
        #expect(seen.map(\.hits.count) == [2, 4, 6, 8, 10])
        #expect(seen.map(\.searched) == [8, 16, 24, 32, 40])
        #expect(seen.dropLast().allSatisfy { !$0.finished })
        #expect(seen.last?.finished == true)
        #expect(search.snapshot.hits.map(\.article) == Array(stride(from: 0, to: 40, by: 4)))
        for hit in search.snapshot.hits {
            #expect(try lib.article(at: hit.article).text[hit.span] == "Berlin")
        }
    }

    @Test func cancellingStopsTheSearchAndKeepsTheHitsSoFar() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let search = FindSearch(query: "berlin", source: lib.textSource, rangeSize: 8, workers: 1)
        var increments = 0
        search.runInline { _ in
            increments += 1
            if increments == 2 { search.cancel() }
        }
        let s = search.snapshot
        #expect(increments == 2)
        #expect(s.cancelled && !s.finished)
        #expect(s.hits.count == 4)
        #expect(s.searched == 16)
    }

    @Test func thePaneFillsWhileTheSearchRunsAndSaysSo() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let search = FindSearch(query: "berlin", source: lib.textSource, rangeSize: 8, workers: 1)
        let pane = HitListView(find: search)
        var titles: [String] = []
        search.runInline { _ in
            pane.refresh()
            titles.append(pane.title)
        }
        #expect(titles.first == " find \"berlin\": 2 places in 2 articles (searching 8/40 articles)")
        #expect(titles.last == " find \"berlin\": 10 places in 10 articles")
        // The cursor moves in what has arrived; closing the pane cancels a running search.
        pane.move(3)
        #expect(pane.selectedHit?.article == 12)
    }

    @Test func workersOnEveryCoreFindWhatOneWorkerFinds() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        let one = FindSearch(query: "artikel 1", source: lib.textSource, rangeSize: 3, workers: 1)
        one.runInline()
        let many = FindSearch(query: "artikel 1", source: lib.textSource, rangeSize: 3, workers: 4)
        many.start()
        many.wait()
        #expect(many.snapshot.finished)
        #expect(many.snapshot.hits == one.snapshot.hits)
        #expect(one.snapshot.hits.count == 11)   // 1, 10...19
    }
}
