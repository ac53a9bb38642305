import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText

/// After a scroll the selection stays on screen (as Vim keeps its cursor in view), so `1` tags
/// text the user can see and `)` continues from where they are reading.
@Suite struct SelectionFollowsScrollTests {
    func visible(_ app: ReaderApp, _ span: Span) -> Bool {
        guard let view = app.visibleRange else { return false }
        return span.start >= view.start && span.start < view.end
    }

    /// Issue 14, defect 6: `G` selects the last sentence (not one in the middle of the screen),
    /// so `(` and `1` tag what the user sees at the bottom.
    @Test func bottomSelectsTheLastSentence() throws {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        let sentences = app.document!.sentences
        app.press("G")
        #expect(app.document?.selection?.unit == .sentence(sentences.count - 1))
        #expect(visible(app, app.document!.selection!.span))
        app.press("(")
        #expect(app.document?.selection?.unit == .sentence(sentences.count - 2))
        #expect(visible(app, app.document!.selection!.span))
        app.press("1")
        let store = try #require(app.document?.store)
        #expect(store.items.map(\.span) == [sentences[sentences.count - 2]])
        // The tagged sentence is drawn in the article pane.
        let words = app.document!.text[sentences[sentences.count - 2]]
        #expect(app.render().find(String(words.prefix(12)), maxX: 80) != nil)
        app.press("g")
        #expect(app.document?.selection?.unit == .sentence(0))
    }

    @Test func lineAndPageScrollsMoveTheSelectionOnlyWhenItLeaves() {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        app.press("j")  // sentence 1 is on the first row, which scrolled away
        #expect(app.document?.selection?.unit == .sentence(2))
        app.press(")")
        #expect(app.document?.selection?.unit == .sentence(3))
        app.press("j")  // still on screen: stays
        #expect(app.document?.selection?.unit == .sentence(3))
        app.press("<Space>")
        #expect(visible(app, app.document!.selection!.span))
        let afterPage = app.document!.selection!.unit
        #expect(afterPage != .sentence(3))
        app.press("b")  // scrolling up: a sentence in view again
        #expect(visible(app, app.document!.selection!.span))
        guard case .sentence(let n)? = app.document?.selection?.unit else { Issue.record("not a sentence"); return }
        app.press("(")
        #expect(app.document?.selection?.unit == .sentence(n - 1))
    }

    @Test func paragraphSelectionFollowsAsParagraph() {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        app.press("}")
        #expect(app.document?.selection?.unit == .paragraph(1))
        app.press("G")
        guard case .paragraph(let p)? = app.document?.selection?.unit else { Issue.record("not a paragraph"); return }
        #expect(p > 1)
        #expect(visible(app, app.document!.paragraphs[p]))
    }

    @Test func visualRangeIsNotMovedByScrolling() {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        app.press("v))")
        let range = app.document!.selection
        app.press("G")
        #expect(app.document!.selection == range)
        app.press(")")  // extends from its head and scrolls back to it
        #expect(app.document!.selection?.anchor == app.document!.sentences[0])
        #expect(app.document!.selection?.head == app.document!.sentences[3])
        #expect(visible(app, app.document!.sentences[3]))
    }
}
