import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

/// Issue 14, defects 4, 5 and 7: the speaker prompt replaces the old name and completes names;
/// a missed quote or entity can be added; `x` removes only the tags of exactly the selection.
@Suite struct CorrectionTrustTests {
    @Test func speakerPromptOpensWithTheOldNameSelectedAndTabCompletes() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press("<Tab><Tab>j")    // Quotes pane, on „Entscheidungsschlacht“ (Vučić)
        app.press("s")
        #expect(app.prompt?.editor.text == "Aleksandar Vučić")
        #expect(app.prompt?.editor.isAllSelected == true)
        app.type("Maria")            // typing replaces the old name, it does not append
        #expect(app.prompt?.editor.text == "Maria")
        app.press("<C-u>")
        app.type("ale")
        app.press("<Tab>")           // completes from the article's people and organisations
        #expect(app.prompt?.editor.text == "Aleksandar Vučić")
        app.press("<CR>")
        #expect(app.document?.quotes.first?.speaker?.text == "Aleksandar Vučić")
        // End keeps the old name for editing.
        app.press("s<End>")
        app.type(" jr.")
        #expect(app.prompt?.editor.text == "Aleksandar Vučić jr.")
    }

    @Test func markQuoteAndMarkEntityAddWhatWasMissedAndUndo() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("))))")            // „Niemand wusste mehr.“
        app.execute(commandLine: "mark-quote Aleksandar Vučić")
        let quote = try #require(app.document?.quotes.first { $0.span == AnnotationTests.sentences[4] })
        #expect(quote.speaker?.text == "Aleksandar Vučić")
        #expect(store.items.last?.motivation == .classifying)
        // The key asks for the speaker.
        app.press("(\"")
        #expect(app.prompt?.kind == .speaker)
        app.type("Vuč")
        app.press("<Tab><CR>")
        #expect(app.document?.quotes.contains { $0.span == AnnotationTests.sentences[3] && $0.speaker?.text == "Aleksandar Vučić" } == true)
        // A word chosen with a search match becomes an entity.
        app.press("/Abend<CR>")
        app.execute(commandLine: "mark-entity LOC")
        #expect(app.document?.entities.contains { $0.text == "Abend" && $0.type == .LOC } == true)
        #expect(store.items.last?.motivation == .identifying)
        app.press("u")
        #expect(app.document?.entities.contains { $0.text == "Abend" } == false)
        app.execute(commandLine: "mark-entity XYZ")
        #expect(app.messageIsError)
    }

    @Test func untagRemovesOnlyTheTagsOfExactlyTheSelection() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("}")               // the first paragraph... then back to its first sentence
        app.press("{")
        app.press("2")               // the paragraph: tag 2
        app.press(")")
        app.press("1")               // a sentence inside it: tag 1
        app.press("x")               // removes the sentence's tag only
        #expect(store.items.count == 1)
        #expect(store.items.first?.tags == [app.tagSet[1]])
        app.press("x")               // nothing on exactly this sentence: the overlapping tag is listed
        #expect(store.items.count == 1)
        #expect(app.message?.contains("overlapping: \(app.tagSet[1])") == true)
        #expect(app.focus == .tags)
        app.press("x")               // chosen in the Tags pane: removed
        #expect(store.items.isEmpty)
    }

    @Test func commandLineCompletesNamesThemesAndTypes() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press(":the<Tab>")
        #expect(app.prompt?.editor.text == "theme")
        app.type(" li")
        app.press("<Tab>")
        #expect(app.prompt?.editor.text == "theme light")
        app.press("<Esc>:mark-entity o<Tab>")
        #expect(app.prompt?.editor.text == "mark-entity ORG")
        app.press("<Esc>:entity vu<Tab>")
        #expect(app.prompt?.editor.text == "entity Aleksandar Vučić")
    }

    @Test func wordMotionsSelectAndExtendByWords() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let text = app.document!.text
        app.press("/Serbiens<CR>")
        #expect(text[app.document!.selection!.span] == "Serbiens")
        app.press("vww")
        #expect(text[app.document!.selection!.span] == "Serbiens Präsident Aleksandar")
        app.press("b")
        #expect(text[app.document!.selection!.span] == "Serbiens Präsident")
        app.execute(commandLine: "mark-entity MISC")
        #expect(app.document?.entities.contains { $0.text == "Serbiens Präsident" && $0.type == .MISC } == true)
        app.press("<Esc>w")
        #expect(text[app.document!.selection!.span] == "Aleksandar")
        app.press("B")
        #expect(text[app.document!.selection!.span] == "Präsident")
    }
}
