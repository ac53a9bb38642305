import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaModel

@Suite struct LibraryViewTests {
    /// A folder of three articles, as a user would have it.
    func session(_ dir: TemporaryFolder) -> LibrarySession {
        dir.write("news/1-kherson.txt", "Kampf um Kherson\n\nDer Kampf um Kherson geht weiter.\n")
        dir.write("news/2-berlin.md", "# Berlin baut\n\nDie Stadt baut Wohnungen.\n")
        dir.write("news/3-wien.txt", "Wien wählt\n\nDie Stadt Wien wählt heute.\n")
        dir.write("news/skip.pdf", "%PDF")
        return LibrarySession(library: makeLibrary([dir.path + "/news"], statePath: dir.path + "/state.json"))
    }

    func render(_ s: LibrarySession, width: Int = 100, height: Int = 10) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        s.render(into: &grid, width: width, height: height)
        return grid
    }

    @Test func listShowsColumnsStatusAndSkippedFiles() {
        let dir = TemporaryFolder()
        let s = session(dir)
        s.didOpen(article: 0)
        s.toggleList()
        #expect(s.isShowingOverlay)
        let grid = render(s)
        #expect(grid.rowText(0).contains("3 articles, 1 skipped"))
        #expect(grid.rowText(1).contains("status"))
        #expect(grid.rowText(1).contains("words"))
        #expect(grid.rowText(2).contains("in progress"))
        #expect(grid.rowText(2).contains("Kampf um Kherson"))
        #expect(grid.rowText(2).contains("news"))
        #expect(grid.rowText(3).contains("Berlin baut"))
        #expect(grid.rowText(3).contains("new"))
        #expect(grid.text.contains("skip.pdf"))
        // The open article is selected: drawn in reverse.
        #expect(grid[3, 2].style.reverse)
    }

    @Test func filterNarrowsTheListAndClearingKeepsTheCursor() {
        let dir = TemporaryFolder()
        let s = session(dir)
        s.didOpen(article: 0)
        s.toggleList()
        s.browser.startFilter()
        for c in "wien" { s.browser.typeFilter(c) }
        #expect(s.browser.filter == "wien")
        #expect(s.browser.order == [2])
        #expect(s.browser.selectedEntry == 2)
        #expect(render(s).text.contains("filter: wien"))
        s.browser.clearFilter()
        #expect(s.browser.order == [0, 1, 2])
        #expect(s.browser.selectedEntry == 2)
        #expect(!s.browser.isTypingFilter)
    }

    @Test func doneAndSortFromTheList() {
        let dir = TemporaryFolder()
        let s = session(dir)
        s.toggleList()
        s.browser.moveSelection(by: 1)
        s.browser.toggleDoneOfSelection()
        #expect(s.library.status(at: 1) == .done)
        s.browser.cycleSort()        // title
        s.browser.cycleSort()        // date
        s.browser.cycleSort()        // status
        #expect(s.browser.sort == .status)
        #expect(s.browser.order.last == 1)
        #expect(render(s).rowText(0).contains("sort: status"))
    }

    @Test func nextAndPreviousFollowTheListAndRememberPositions() {
        let dir = TemporaryFolder()
        let s = session(dir)
        s.didOpen(article: 0)
        #expect(s.neighbour(of: 0, step: -1) == 2)   // wraps around
        #expect(s.neighbour(of: 0, step: 1) == 1)
        s.leave(article: 0, position: 17)
        s.didOpen(article: 1)
        _ = s.library.toggleDone(at: 1)
        #expect(s.neighbour(of: 1, step: 1) == 2)
        s.shutdown()

        let again = LibrarySession(library: makeLibrary([dir.path + "/news"], statePath: dir.path + "/state.json"))
        #expect(again.startArticle == 1)
        #expect(again.position(of: 0) == 17)
        #expect(again.library.status(at: 1) == .done)
        #expect(again.library.status(at: 2) == .new)
    }

    @Test func findOpensAResultsPaneAndEnterJumps() throws {
        let dir = TemporaryFolder()
        let s = session(dir)
        #expect(s.runCommand(":find stadt") == "")
        #expect(s.isShowingOverlay)
        s.hitList?.waitForSearch()
        let grid = render(s)
        #expect(grid.rowText(0).contains("find \"stadt\": 2 places in 2 articles"))
        #expect(grid.rowText(1).contains("Berlin baut"))
        #expect(grid.rowText(1).contains("Die Stadt baut Wohnungen."))
        s.hitList?.move(1)
        let hit = try #require(s.hitList?.selectedHit)
        #expect(hit.article == 2)
        #expect(try s.library.article(at: hit.article).text[hit.span] == "Stadt")
        s.closeHits()
        #expect(!s.isShowingOverlay)
        #expect(s.runCommand(":find") == "usage: :find TEXT")
        #expect(s.runCommand(":w") == nil)
    }

    @Test func nothingToOpenIsOneLine() {
        let dir = TemporaryFolder()
        let s = LibrarySession(library: makeLibrary([dir.path + "/missing"], statePath: dir.path + "/s.json"))
        #expect(s.startArticle == nil)
        #expect(s.openError == dir.path + "/missing: no such file or folder")
    }

    @Test func narrowTerminalsDropColumnsButKeepTitleAndStatus() {
        let dir = TemporaryFolder()
        let s = session(dir)
        s.toggleList()
        let grid = render(s, width: 40, height: 6)
        #expect(grid.rowText(2).contains("new"))
        #expect(grid.rowText(2).contains("Kampf"))
        #expect(!grid.rowText(1).contains("source"))
    }
}
