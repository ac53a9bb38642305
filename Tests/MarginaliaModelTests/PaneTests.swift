import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

/// The Entities pane (sections by type, entities by mention count, Enter cycling through the
/// mentions) and the Quotes pane (quotes grouped by speaker), with corrections regrouping them.
@Suite struct PaneTests {
    static let text = "Maria Sacharowa sprach in Kyjiw. „Wir bleiben hier“, sagte Wladimir Putin. Danach schwieg Putin in Kherson. "
        + "„Nie wieder“, sagte Sacharowa. In Kherson blieb es still. „Später mehr“, so Putin. „Vielleicht morgen“, hieß es."

    /// In text order: 0 Maria Sacharowa, 1 Kyjiw, 2 Wladimir Putin, 3 Putin, 4 Kherson,
    /// 5 Sacharowa, 6 Kherson, 7 Putin. Sacharowa is named first, Putin more often.
    static var entities: [EntityMention] {
        let t = ArticleText(text)
        return [
            mention(t, "Maria Sacharowa", .PER), mention(t, "Kyjiw", .LOC),
            mention(t, "Wladimir Putin", .PER),
            mention(t, "Putin", .PER, canonical: "Wladimir Putin", occurrence: 1),
            mention(t, "Kherson", .LOC),
            mention(t, "Sacharowa", .PER, canonical: "Maria Sacharowa", occurrence: 1),
            mention(t, "Kherson", .LOC, occurrence: 1),
            mention(t, "Putin", .PER, canonical: "Wladimir Putin", occurrence: 2),
        ]
    }

    static func speaker(_ m: EntityMention) -> SpeakerMention { SpeakerMention(span: m.span, text: m.text, canonical: m.canonical) }

    /// 0 „Wir bleiben hier“ (Putin), 1 „Nie wieder“ (Sacharowa), 2 „Später mehr“ (Putin),
    /// 3 „Vielleicht morgen“ (nobody).
    static var quotes: [Quotation] {
        let t = ArticleText(text)
        let e = entities
        return [
            Quotation(spans: [TextSearch.find("Wir bleiben hier", in: t)[0]], speaker: speaker(e[2])),
            Quotation(spans: [TextSearch.find("Nie wieder", in: t)[0]], speaker: speaker(e[5])),
            Quotation(spans: [TextSearch.find("Später mehr", in: t)[0]], speaker: speaker(e[7])),
            Quotation(spans: [TextSearch.find("Vielleicht morgen", in: t)[0]]),
        ]
    }

    func makeApp(_ sandbox: Sandbox, height: Int = 40) -> ReaderApp {
        sandbox.app(text: PaneTests.text, entities: PaneTests.entities, quotes: PaneTests.quotes, width: 120, height: height)
    }

    func rows(_ app: ReaderApp, _ pane: Focus) -> [String] {
        app.paneItems(pane).map { $0.isHeader ? "# " + ($0.marker == "❝" ? "" : $0.marker + " ") + $0.label : $0.label }
    }

    // MARK: Entities

    @Test func entitiesAreSectionedByTypeAndSortedByCount() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        #expect(rows(app, .entities) == [
            "# PER (2)", "Wladimir Putin (3)", "Maria Sacharowa (2)",
            "# LOC (2)", "Kherson (2)", "Kyjiw (1)",
        ])
        #expect(app.paneTitle(.entities) == "Entities (4)")
    }

    @Test func entitiesPaneRendersHeadersCountsAndIndentedRows() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("<Tab>")
        let grid = app.render()
        let header = try #require(grid.find("PER (2)"))
        let putin = try #require(grid.find("Wladimir Putin (3)"))
        let sacharowa = try #require(grid.find("Maria Sacharowa (2)"))
        let loc = try #require(grid.find("LOC (2)"))
        let kherson = try #require(grid.find("Kherson (2)"))
        let kyjiw = try #require(grid.find("Kyjiw (1)"))
        #expect([putin.y, sacharowa.y, loc.y, kherson.y, kyjiw.y] == (1...5).map { header.y + $0 })
        // Entities sit under their header: indented past the type, behind a marker in the type's colour.
        #expect(putin.x == header.x + 4)
        #expect(loc.x == header.x)
        #expect(grid[kherson.x - 2, kherson.y].text == "•")
        #expect(grid[kherson.x - 2, kherson.y].style == app.theme.apply("entity.location", to: app.theme.base))
        // The header's type in the type's colour, its count bold.
        #expect(grid[loc.x, loc.y].style == app.theme.apply("entity.location", to: app.theme.base))
        #expect(grid[loc.x + 4, loc.y].style.bold)
        #expect(!grid[kherson.x, kherson.y].style.bold)
    }

    @Test func enterCyclesThroughTheMentionsOfTheEntity() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let e = PaneTests.entities
        app.press("<Tab>j")   // Wladimir Putin
        app.press("<CR>")
        #expect(app.document?.selection?.span == e[2].span)
        #expect(app.document?.selection?.unit == .entity(2))
        #expect(app.message == "Wladimir Putin: mention 1/3")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .entity(3))
        #expect(app.message == "Wladimir Putin: mention 2/3")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .entity(7))
        app.press("<CR>")      // wraps around
        #expect(app.document?.selection?.unit == .entity(2))
        // Another entity starts at its own first mention, whatever is selected.
        app.press("j<CR>")
        #expect(app.document?.selection?.unit == .entity(0))
        #expect(app.message == "Maria Sacharowa: mention 1/2")
        app.press("<CR>")
        #expect(app.document?.selection?.span == e[5].span)
        // On the type's header Enter walks every mention of the type in text order.
        app.press("kk")
        #expect(app.paneItems(.entities)[app.cursor(in: .entities)].isHeader)
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .entity(7))
        #expect(app.message == "PER: mention 5/5")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .entity(0))
        // e and E in the article still go by text order.
        app.press("<Esc>")
        #expect(app.focus == .article)
        app.press("e")
        #expect(app.document?.selection?.unit == .entity(1))
        app.press("ee")
        #expect(app.document?.selection?.unit == .entity(3))
        app.press("E")
        #expect(app.document?.selection?.unit == .entity(2))
    }

    @Test func entityCorrectionsRegroupThePaneAndTheCursorFollows() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("<Tab>")
        // A header is a section, not an entity: no correction of a whole type by accident.
        app.press("r")
        #expect(app.document?.entities.count == 8)
        #expect(app.message?.contains("move to one of its entities") == true)
        app.press("jjjjj")       // Kyjiw (digits tag, so no count here)
        app.press("t")           // LOC -> ORG
        #expect(app.document?.entities[1].type == .ORG)
        #expect(rows(app, .entities) == [
            "# PER (2)", "Wladimir Putin (3)", "Maria Sacharowa (2)",
            "# LOC (1)", "Kherson (2)",
            "# ORG (1)", "Kyjiw (1)",
        ])
        #expect(app.cursor(in: .entities) == 6)
        #expect(app.render().find("ORG (1)") != nil)
        // Rejecting every mention of Putin from his row; the section count follows.
        app.press("gg")
        app.press("j")
        app.press("r")
        #expect(store.items.filter { $0.value == CorrectionValue.noEntity }.count == 3)
        #expect(rows(app, .entities).prefix(2) == ["# PER (1)", "Maria Sacharowa (2)"])
        #expect(app.paneTitle(.entities) == "Entities (3)")
        app.press("uu")
        #expect(rows(app, .entities) == [
            "# PER (2)", "Wladimir Putin (3)", "Maria Sacharowa (2)",
            "# LOC (2)", "Kherson (2)", "Kyjiw (1)",
        ])
    }

    // MARK: Quotes

    @Test func quotesAreGroupedBySpeakerWithCounts() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        #expect(rows(app, .quotes) == [
            "# Wladimir Putin (2)", "„Wir bleiben hier“", "„Später mehr“",
            "# Maria Sacharowa (1)", "„Nie wieder“",
            "# unknown speaker (1)", "„Vielleicht morgen“",
        ])
        #expect(app.paneTitle(.quotes) == "Quotes (4)")
        app.press("<Tab><Tab>")
        let grid = app.render()
        let putin = try #require(grid.find("Wladimir Putin (2)"))
        let first = try #require(grid.find("· „Wir bleiben hier“"))
        let unknown = try #require(grid.find("unknown speaker (1)"))
        let last = try #require(grid.find("· „Vielleicht morgen“"))
        #expect(first.y == putin.y + 1)
        #expect(first.x == putin.x)   // indented: the quote's marker under the speaker's name
        #expect(grid[putin.x - 2, putin.y].text == "❝")
        #expect(last.y == unknown.y + 1)
        #expect(unknown.y == putin.y + 5)
        #expect(grid[putin.x, putin.y].style.bold)
    }

    @Test func enterOnAQuoteSelectsItAndOnASpeakerCyclesTheirQuotes() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let q = PaneTests.quotes
        app.press("<Tab><Tab>")
        #expect(app.focus == .quotes)
        app.press("jj<CR>")      // „Später mehr“
        #expect(app.document?.selection?.span == q[2].span)
        #expect(app.document?.selection?.unit == .quote(2))
        app.press("G<CR>")       // the last row: „Vielleicht morgen“
        #expect(app.document?.selection?.unit == .quote(3))
        app.press("gg<CR>")      // Putin's header: his first quote, then his second, then around
        #expect(app.document?.selection?.unit == .quote(0))
        #expect(app.message == "Wladimir Putin: quote 1/2")
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .quote(2))
        app.press("<CR>")
        #expect(app.document?.selection?.unit == .quote(0))
        // A quote selected this way can be corrected from the article too.
        #expect(app.render().text.contains("Quotes (4)"))
    }

    @Test func speakerCommandInTheQuotesPaneNamesTheQuoteOnTheCursorsRow() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("<Tab><Tab>jjjj")   // row 4, „Nie wieder“: quote 1, below two headers
        #expect(app.cursor(in: .quotes) == 4)
        app.press(":speaker Anna Berger<CR>")
        #expect(store.items.last?.speaker?.name == "Anna Berger")
        #expect(store.items.last?.span == PaneTests.quotes[1].span)
        // On a speaker's header: the first of their quotes.
        app.press("gg")
        app.press(":speaker Wladimir Putin<CR>")
        #expect(store.items.last?.span == PaneTests.quotes[0].span)
    }

    @Test func quoteCorrectionsRegroupThePane() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("<Tab><Tab>")
        // On a header the corrections ask for a quote.
        app.press("r")
        #expect(app.document?.quotes.count == 4)
        #expect(app.message?.contains("move to a quote") == true)
        // Set the speaker of the unknown quote: it moves under Maria Sacharowa, the cursor with it.
        app.press("G")
        app.press("s")
        #expect(app.prompt?.kind == .speaker)
        #expect(app.prompt?.editor.text == "")
        app.type("Maria Sacharowa")
        app.press("<CR>")
        #expect(store.items.last?.speaker?.name == "Maria Sacharowa")
        #expect(rows(app, .quotes) == [
            "# Wladimir Putin (2)", "„Wir bleiben hier“", "„Später mehr“",
            "# Maria Sacharowa (2)", "„Nie wieder“", "„Vielleicht morgen“",
        ])
        #expect(app.cursor(in: .quotes) == 5)
        #expect(app.render().find("Maria Sacharowa (2)") != nil)
        // Reject „Nie wieder“ as not a quote.
        app.press("k")
        app.press("r")
        #expect(store.items.last?.value == CorrectionValue.notQuote)
        // The rejected quote stays listed, dimmed, under its own header (issue 14, defect 13).
        #expect(rows(app, .quotes).suffix(4) == ["# Maria Sacharowa (1)", "„Vielleicht morgen“", "# ✗ rejected (1)", "„Nie wieder“"])
        #expect(app.paneTitle(.quotes) == "Quotes (3)")
        // Accept keeps the quote where it is.
        app.press("gg")
        app.press("j")
        app.press("a")
        #expect(store.items.last?.value == "quote")
        #expect(app.cursor(in: .quotes) == 1)
        #expect(rows(app, .quotes).count == 7)
        app.press("uuu")
        #expect(rows(app, .quotes).last == "„Vielleicht morgen“")
        #expect(rows(app, .quotes).contains("# unknown speaker (1)"))
    }

    @Test func speakerOnAHeaderRenamesAllTheirQuotesInOneUndoableStep() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        app.press("<Tab><Tab>")
        app.press("s")           // on "Wladimir Putin (2)": the prompt starts with the name
        #expect(app.prompt?.kind == .speaker)
        #expect(app.prompt?.editor.text == "Wladimir Putin")
        app.press("<C-u>")
        app.type("Maria Sacharowa")
        app.press("<CR>")
        #expect(app.message == "speaker: Maria Sacharowa (2 quotes)")
        #expect(store.items.filter { $0.speaker?.name == "Maria Sacharowa" }.count == 2)
        #expect(rows(app, .quotes) == [
            "# Maria Sacharowa (3)", "„Wir bleiben hier“", "„Nie wieder“", "„Später mehr“",
            "# unknown speaker (1)", "„Vielleicht morgen“",
        ])
        app.press("G")
        app.press("k")           // "unknown speaker": the prompt starts empty
        app.press("s")
        #expect(app.prompt?.editor.text == "")
        app.press("<Esc>")
        #expect(app.prompt == nil)
        app.press("u")
        #expect(rows(app, .quotes).first == "# Wladimir Putin (2)")
        #expect(store.items.allSatisfy { $0.speaker == nil })
    }

    // MARK: :q!

    @Test func quitWithoutSavingReleasesTheLockAndWritesNothing() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let store = try #require(app.document?.store)
        let lock = store.location.lockPath
        #expect(FileManager.default.fileExists(atPath: lock))
        app.press("1")
        #expect(store.isDirty)
        app.execute(commandLine: "q!")
        #expect(app.prompt?.kind == .confirm)   // a change was made: asks first
        app.press("y<CR>")
        #expect(app.shouldQuit)
        #expect(!FileManager.default.fileExists(atPath: lock))
        #expect(!FileManager.default.fileExists(atPath: store.savePath))
        app.tick(now: Date(timeIntervalSinceNow: 60))
        app.flush()
        #expect(!FileManager.default.fileExists(atPath: store.savePath))
    }
}
