import Testing
import Foundation
@testable import MarginaliaModel

/// Between 20x6 and 30x8 the reader still works: the article (or the focused pane in its place)
/// and one row shared by the status and messages. Only below 20x6 does it say "too small".
@Suite struct CompactLayoutTests {
    @Test func smallestScreenShowsTheArticleAndAOneLineStatus() {
        let sandbox = Sandbox()
        let app = RenderingTests().makeApp(width: 20, height: 6, sandbox: sandbox)
        let geometry = app.geometry
        #expect(!geometry.isTooSmall && geometry.isCompact)
        #expect(geometry.statusRow == 5 && geometry.messageRow == 5)
        #expect(geometry.panes.isEmpty && geometry.paneBar == nil)
        let grid = app.render()
        #expect(!grid.text.contains("too small"))
        #expect(grid.text.contains("Kherson"))
        #expect(grid.rowText(5).contains("NORMAL") || grid.rowText(5).contains(app.mode))
        // Text is wrapped to the narrow width and scrolling still moves the selection along.
        #expect(app.document!.layout.width == geometry.articleText.width)
        app.press("G")
        #expect(app.document!.selection.map { app.visibleRange!.start <= $0.span.start } == true)
    }

    @Test func messageAndPromptTakeTheStatusRow() {
        let sandbox = Sandbox()
        let app = RenderingTests().makeApp(width: 24, height: 7, sandbox: sandbox)
        app.press("Q")
        #expect(app.message != nil)
        var grid = app.render()
        #expect(grid.rowText(6).hasPrefix(String(app.message!.prefix(10))))
        app.press("<Esc>:")
        #expect(app.prompt != nil)
        grid = app.render()
        #expect(grid.rowText(6).hasPrefix(":"))
        #expect(app.cursorPosition?.y == 6)
    }

    @Test func focusedPaneReplacesTheArticle() {
        let sandbox = Sandbox()
        let app = RenderingTests().makeApp(width: 28, height: 8, sandbox: sandbox)
        app.press("<Tab>")
        #expect(app.focus != .article)
        let pane = app.geometry.panes.first
        #expect(pane?.0 == app.focus)
        #expect(pane?.1 == app.geometry.article)
        let grid = app.render()
        #expect(grid.text.contains("Vučić") || grid.text.contains("Kherson"))
    }

    @Test func wideButShortIsCompactToo() {
        let geometry = ScreenGeometry(width: 120, height: 6, focus: .article)
        #expect(geometry.isCompact && !geometry.isWide && !geometry.isTooSmall)
        #expect(ScreenGeometry(width: 120, height: 5, focus: .article).isTooSmall)
        #expect(!ScreenGeometry(width: 30, height: 8, focus: .article).isCompact)
    }
}
