import Foundation
import Testing
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct FilterSortTests {
    func library(_ dir: TemporaryFolder) -> Library {
        let path = dir.write("c.jsonl", [
            corpusLine(["id": "1", "title": "Zürich wählt", "date": "2021-03-01", "source": "nzz.ch", "text": "Die Stadt wählt."]),
            corpusLine(["id": "2", "title": "Berlin baut", "date": "2023-05-02", "source": "taz.de", "text": "Die Stadt baut."]),
            corpusLine(["id": "3", "title": "äpfel und Birnen", "source": "taz.de", "text": "Obst."]),
            corpusLine(["id": "4", "title": "Berliner Luft", "date": "2022-01-01", "source": "rbb24.de", "text": "Luft."]),
        ].joined(separator: "\n"))
        return makeLibrary([path], statePath: dir.path + "/state.json")
    }

    @Test func filterMatchesEveryWordIgnoringCaseAndAccents() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        #expect(lib.order(filter: "", sort: .original) == [0, 1, 2, 3])
        #expect(lib.order(filter: "berlin", sort: .original) == [1, 3])
        #expect(lib.order(filter: "ZURICH", sort: .original) == [0])
        #expect(lib.order(filter: "taz berlin", sort: .original) == [1])
        #expect(lib.order(filter: "2022", sort: .original) == [3])
        #expect(lib.order(filter: "nichts", sort: .original) == [])
    }

    @Test func filterMatchesStatus() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        lib.toggleDone(at: 2)
        #expect(lib.order(filter: "done", sort: .original) == [2])
    }

    @Test func sortsByTitleDateAndStatus() {
        let dir = TemporaryFolder()
        let lib = library(dir)
        #expect(lib.order(filter: "", sort: .title) == [2, 1, 3, 0])        // äpfel, Berlin baut, Berliner Luft, Zürich
        #expect(lib.order(filter: "", sort: .date) == [1, 3, 0, 2])         // newest first, undated last
        lib.didOpen(at: 3)
        lib.toggleDone(at: 1)
        #expect(lib.order(filter: "", sort: .status) == [3, 0, 2, 1])      // in progress, new, done
        #expect(lib.order(filter: "berlin", sort: .status) == [3, 1])
    }

    @Test func sortCyclesThroughAllOrders() {
        var sort = LibrarySort.original
        var seen: [LibrarySort] = []
        for _ in 0..<LibrarySort.allCases.count { seen.append(sort); sort = sort.next }
        #expect(sort == .original)
        #expect(Set(seen) == Set(LibrarySort.allCases))
    }
}
