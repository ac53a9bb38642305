import Foundation
import Testing
@testable import MarginaliaModel

/// The library list, its filter and the results pane go through the one keymap: `?` shows
/// their keys, a rebound key works in them, the filter is a mode of its own.
@Suite struct LibraryKeymapTests {
    func folder(_ sandbox: Sandbox) -> String {
        sandbox.write("news/1-kherson.txt", "Kampf um Kherson\n\nDer Kampf um Kherson geht weiter.\n")
        sandbox.write("news/2-berlin.md", "# Berlin baut\n\nDie Stadt baut Wohnungen.\n")
        sandbox.write("news/3-wien.txt", "Wien wählt\n\nDie Stadt Wien wählt heute.\n")
        return sandbox.root + "/news"
    }

    @Test func helpInTheListShowsTheListsKeys() throws {
        let sandbox = Sandbox()
        let app = try sandbox.open([folder(sandbox)])
        app.press("L")
        #expect(app.activeContexts == [.library])
        app.press("?")
        let text = app.render().text
        #expect(text.contains("Library list"))
        #expect(text.contains("filter the list"))
        #expect(text.contains("next sort order"))
        #expect(!text.contains("tag the selection"))   // the article's keys are not the list's
        app.press("<Esc>")
        #expect(app.helpScroll == nil)
        #expect(app.librarySession?.isListVisible == true)
    }

    @Test func aReboundLibraryKeyOpensAndClosesTheList() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("[keys]\nlibrary = \"l\"\n")
        let app = try sandbox.open([folder(sandbox)])
        app.press("l")
        #expect(app.librarySession?.isListVisible == true)
        #expect(app.render().text.contains("Library: 3 articles"))
        app.press("l")
        #expect(app.librarySession?.isListVisible == false)
        app.press("L")
        #expect(app.librarySession?.isListVisible == false)
        #expect(app.message == "L is not bound (? for help)")
        app.press("l?")
        // The help of the list names the key as bound now.
        #expect(app.helpLines.contains { $0.keys == "l" && $0.text.hasPrefix("back to the article") })
    }

    @Test func commandKeysAreCommandsUntilTheFilterIsOpened() throws {
        let sandbox = Sandbox()
        let app = try sandbox.open([folder(sandbox)])
        let browser = try #require(app.libraryBrowser)
        app.press("L")
        app.press("s")                       // the sort, not the filter
        #expect(browser.filter.isEmpty)
        #expect(browser.sort == .title)
        app.press("/")
        #expect(app.activeContexts == [.filter])
        app.type("wien")
        #expect(browser.filter == "wien")
        #expect(app.render().text.contains("filter: wien"))
        app.press("<BS>")
        app.type("n")
        #expect(browser.filter == "wien")
        app.press("<CR>")                    // ends the filter, keeps it
        #expect(app.activeContexts == [.library])
        #expect(browser.filter == "wien")
        app.press("/s")                      // typed into the filter again
        #expect(browser.filter == "wiens")
        app.press("<Esc>")                   // clears it; the cursor stays on Wien
        #expect(browser.filter.isEmpty)
        #expect(browser.selectedEntry == 2)
        app.press("<CR>")
        #expect(app.librarySession?.isListVisible == false)
        #expect(app.document?.displayName == "3-wien.txt")
    }

    @Test func markDoneInTheListMarksTheArticleUnderTheCursor() throws {
        let sandbox = Sandbox()
        let app = try sandbox.open([folder(sandbox)])
        app.press("LjD")
        #expect(app.librarySession?.library.status(at: 1) == .done)
        #expect(app.message == "marked done")
    }
}
