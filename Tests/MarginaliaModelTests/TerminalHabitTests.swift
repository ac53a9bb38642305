import Testing
@testable import MarginaliaModel
import MarginaliaText
@testable import MarginaliaLibrary

/// The keys of less and Vim (issue 14, habits): half pages, pages, H/M, Ctrl-L, zz.
@Suite struct TerminalHabitTests {
    @Test func halfPagesPagesAndScreenPlaces() throws {
        let sandbox = Sandbox()
        let app = NavigationTests().longApp(sandbox)
        let layout = app.document!.layout
        let start = app.document!.top
        app.press("<C-d>")
        #expect(app.document!.top == layout.advance(start, by: app.pageHeight / 2))
        app.press("<C-u>")
        #expect(app.document!.top == start)
        app.press("<C-f>")
        #expect(app.document!.top == layout.advance(start, by: app.pageHeight - 1))
        app.press("<C-b>")
        #expect(app.document!.top == start)
        let view = try #require(app.visibleRange)
        app.press("H")
        let h = try #require(app.document?.selection?.span)
        #expect(h.start >= view.start)
        #expect(!app.document!.sentences.contains { $0.start >= view.start && $0.start < h.start })
        app.press("M")
        let m = try #require(app.document?.selection?.span)
        #expect(m.start > h.start && m.start < view.end)
        app.execute(commandLine: "screen-bottom")
        let l = try #require(app.document?.selection?.span)
        #expect(l.start > m.start && l.start < view.end)
        #expect(!app.takeRedrawRequest())
        app.press("<C-l>")
        #expect(app.takeRedrawRequest())
        #expect(!app.takeRedrawRequest())
    }
}

@Suite struct PromptHistoryTests {
    @Test func commandsAndSearchesAreRememberedAcrossSessions() throws {
        let sandbox = Sandbox()
        let first = AnnotationTests().makeApp(sandbox)
        first.press(":theme light<CR>")
        first.press(":w<CR>")
        first.press("/Kherson<CR>")
        let second = AnnotationTests().makeApp(sandbox, name: "other.txt")
        second.press(":<Up>")
        #expect(second.prompt?.editor.text == "w")
        second.press("<Up>")
        #expect(second.prompt?.editor.text == "theme light")
        second.press("<Down><Down>")
        #expect(second.prompt?.editor.text == "")
        second.press("<Esc>:th<Up>")        // only the entries beginning with what is typed
        #expect(second.prompt?.editor.text == "theme light")
        second.press("<Down>")
        #expect(second.prompt?.editor.text == "th")
        second.press("<Esc>/<Up>")
        #expect(second.prompt?.editor.text == "Kherson")
        let saved = try String(contentsOfFile: sandbox.root + "/.local/state/marginalia/command-history", encoding: .utf8)
        #expect(saved == "theme light\nw\n")
    }
}

@Suite struct ForgivingSearchTests {
    @Test func smartCaseAndAccentFoldingOnRequest() {
        let text = ArticleText("Präsident Vučić sprach. VUČIĆ antwortete. vucic schrieb.")
        #expect(TextSearch.find("vučić", in: text).count == 2)      // lower case: any case
        #expect(TextSearch.find("Vučić", in: text).count == 1)      // a capital: exact case
        #expect(TextSearch.find("Vucic", in: text).isEmpty)         // accents count unless asked
        #expect(TextSearch.find("~Vucic", in: text).map { text[$0] } == ["Vučić"])
        #expect(TextSearch.find("~vucic", in: text).count == 3)
    }

    @Test func entityNamesMatchInflectedWords() {
        let words = "angela merkel".split(separator: " ")
        #expect(CorpusIndex.name(words, contains: "merkels"))
        #expect(CorpusIndex.name(words, contains: "merkel"))
        #expect(!CorpusIndex.name(words, contains: "merk"))
        #expect(CorpusIndex.name("joe biden".split(separator: " "), contains: "biden's"))
    }
}
