import Testing
@testable import MarginaliaModel

/// Issue 14, defect 13: a rejected quote stays visible (dimmed, counted) in the Quotes pane and
/// can be taken back there; a note can be read in full.
@Suite struct RejectedQuotesTests {
    @Test func rejectedQuotesStayListedAndCanBeTakenBack() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press("<Tab><Tab>jjj")   // „La Repubblica“ under "unknown speaker"
        app.press("r")
        #expect(app.document?.quotes.count == 1)
        let items = app.paneItems(.quotes)
        let header = try #require(items.firstIndex { $0.label == "rejected (1)" })
        #expect(items[header + 1].label.contains("La Repubblica"))
        #expect(items[header + 1].rejection?.isEmpty == false)
        let screen = app.render().text
        #expect(screen.contains("rejected (1)"))
        app.paneCursor[.quotes] = header + 1
        app.press("a")               // the rejection taken back
        #expect(app.document?.quotes.count == 2)
        #expect(!app.paneItems(.quotes).contains { $0.rejection != nil })
        #expect(app.message == "rejection undone")
    }

    @Test func aNoteIsReadInFull() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox, name: "note.txt")
        let note = String(repeating: "Ein langer Gedanke zur Quelle, ", count: 12) + "ENDE."
        app.press("c")
        app.type(note)
        app.press("<CR>")
        app.press("K")
        #expect(app.textView?.title == "Note")
        let screen = app.render().text
        #expect(screen.contains("ENDE."))
        app.press("<Esc>")
        #expect(app.helpScroll == nil)
    }
}
