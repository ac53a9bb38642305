import Testing
@testable import MarginaliaModel
import MarginaliaText

/// The mouse (issue 14, habits): clicks, double clicks, drags and the wheel, fed to the model as
/// the terminal front end decodes them from SGR reports.
@Suite struct MouseTests {
    // "Erster Satz hier. " 0-18, "Zweiter" 18-25, "Satz" 26-30, "folgt" 31-36, "Dritter." 38-46.
    static let text = "Erster Satz hier. Zweiter Satz folgt. Dritter."
    static let sentences = [Span(0, 17), Span(18, 37), Span(38, 46)]

    func makeApp(_ sandbox: Sandbox) -> ReaderApp {
        sandbox.app(text: MouseTests.text, sentences: MouseTests.sentences, width: 120, height: 30)
    }

    /// The screen cell showing text offset `offset` of the first row.
    func cell(_ app: ReaderApp, _ offset: Int) -> (x: Int, y: Int) {
        (app.geometry.articleText.x + offset, app.geometry.articleText.y)
    }

    func press(_ app: ReaderApp, _ at: (x: Int, y: Int), time: Double) {
        app.handleMouse(MouseEvent(action: .press, x: at.x, y: at.y, time: time))
        app.handleMouse(MouseEvent(action: .release, x: at.x, y: at.y, time: time + 0.05))
    }

    @Test func clickSelectsTheSentenceAndDoubleClickTheWord() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        #expect(app.wantsMouse)
        let onZweiter = cell(app, 20)
        press(app, onZweiter, time: 10)
        #expect(app.document?.selection?.span == Span(18, 37))
        #expect(app.document?.selection?.unit == .sentence(1))
        press(app, onZweiter, time: 10.2)
        #expect(app.document?.selection?.span == Span(18, 25))
        // Too late for a double click: the sentence again.
        press(app, cell(app, 39), time: 20)
        press(app, cell(app, 39), time: 21)
        #expect(app.document?.selection?.unit == .sentence(2))
        // Elsewhere within the time: two single clicks.
        press(app, cell(app, 2), time: 30)
        press(app, cell(app, 27), time: 30.1)
        #expect(app.document?.selection?.unit == .sentence(1))
        // Below the text: nothing changes.
        press(app, (x: cell(app, 2).x, y: cell(app, 2).y + 5), time: 40)
        #expect(app.document?.selection?.unit == .sentence(1))
    }

    @Test func dragMakesAVisualRangeByWords() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let start = cell(app, 8), end = cell(app, 33)
        app.handleMouse(MouseEvent(action: .press, x: start.x, y: start.y, time: 1))
        app.handleMouse(MouseEvent(action: .drag, x: start.x + 12, y: start.y, time: 1.1))
        app.handleMouse(MouseEvent(action: .drag, x: end.x, y: end.y, time: 1.2))
        app.handleMouse(MouseEvent(action: .release, x: end.x, y: end.y, time: 1.3))
        let selection = try #require(app.document?.selection)
        #expect(selection.isVisual)
        #expect(selection.span == Span(7, 36))   // "Satz hier. Zweiter Satz folgt"
        #expect(app.mode == "VISUAL")
        // A tag applies to the dragged range.
        app.press("1")
        #expect(app.document?.store?.items.contains { $0.span == Span(7, 36) } == true)
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        let layout = app.document!.layout
        let top = app.document!.top
        let inArticle = (x: app.geometry.articleText.x + 3, y: app.geometry.articleText.y + 2)
        app.handleMouse(MouseEvent(action: .wheelDown, button: 1, x: inArticle.x, y: inArticle.y))
        #expect(app.document!.top == layout.advance(top, by: ReaderApp.wheelStep))
        app.handleMouse(MouseEvent(action: .wheelUp, x: inArticle.x, y: inArticle.y))
        #expect(app.document!.top == top)

        let panes = PaneTests().makeApp(sandbox)
        let (_, rect) = try #require(panes.geometry.panes.first { $0.0 == .entities })
        let articleTop = panes.document!.top
        #expect(panes.paneItems(.entities).count > ReaderApp.wheelStep)
        panes.handleMouse(MouseEvent(action: .wheelDown, button: 1, x: rect.x + 2, y: rect.y + 2))
        #expect(panes.cursor(in: .entities) == ReaderApp.wheelStep)
        #expect(panes.document!.top == articleTop)
        #expect(panes.focus == .article)
    }

    @Test func clickInAPaneMovesItsCursorAndDoubleClickJumps() throws {
        let sandbox = Sandbox()
        let app = PaneTests().makeApp(sandbox)
        let (_, rect) = try #require(app.geometry.panes.first { $0.0 == .entities })
        let items = app.paneItems(.entities)
        let row = try #require(items.indices.first { !items[$0].isHeader && !items[$0].targets.isEmpty && $0 > 0 })
        let at = (x: rect.x + 4, y: rect.y + 1 + row)
        press(app, at, time: 5)
        #expect(app.focus == .entities)
        #expect(app.cursor(in: .entities) == row)
        press(app, at, time: 5.3)
        let selected = try #require(app.document?.selection?.span)
        #expect(items[row].targets.map(\.span).contains(selected))
        // Back in the article, a click gives it the focus again.
        let sentenceCell = (x: app.geometry.articleText.x + 1, y: app.geometry.articleText.y)
        press(app, sentenceCell, time: 9)
        #expect(app.focus == .article)
        #expect(app.document?.selection?.unit == .sentence(0))
    }

    @Test func overlaysIgnoreTheMouseAndConfigTurnsItOff() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press(":")
        press(app, cell(app, 20), time: 1)
        #expect(app.document?.selection?.unit != .sentence(1))
        app.press("<Esc>")
        let config = UserConfig.parse("mouse = false", commandNames: [])
        #expect(config.mouse == false && config.problems.isEmpty)
        #expect(UserConfig.parse("mouse = 1", commandNames: []).problems == ["config.toml: mouse must be true or false"])
        sandbox.writeConfig("mouse = false\n")
        let off = makeApp(sandbox)
        #expect(!off.wantsMouse)
        // Help says what the mouse does, Shift for the terminal's selection, and when it is off.
        #expect(app.helpLines.contains { $0.keys == "Shift-drag" })
        #expect(app.helpLines.contains { $0.keys == "Mouse" && $0.isHeader })
        #expect(off.helpLines.contains { $0.keys.hasPrefix("Mouse (off") })
    }
}
