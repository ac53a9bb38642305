import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

@Suite struct RenderingTests {
    static let article = """
    Verhandlungen um Kherson

    Der Kampf um Kherson geht weiter. Serbiens Präsident Aleksandar Vučić sprach von einer „Entscheidungsschlacht“. Die Zeitung „La Repubblica“ berichtete darüber.

    Am Abend blieb es ruhig. Niemand wusste mehr.
    """

    func makeApp(width: Int = 120, height: Int = 30, colorMode: ColorMode = .ansi256, sandbox: Sandbox) -> ReaderApp {
        let text = ArticleText(RenderingTests.article)
        let kherson = mention(text, "Kherson", .LOC, occurrence: 1)
        let vucic = mention(text, "Aleksandar Vučić", .PER)
        let repubblica = mention(text, "La Repubblica", .ORG)
        let quoteSpan = TextSearch.find("Entscheidungsschlacht", in: text)[0]
        let quote = Quotation(spans: [quoteSpan], speaker: SpeakerMention(span: vucic.span, text: vucic.text, canonical: vucic.canonical))
        return sandbox.app(text: RenderingTests.article, headings: [Span(0, 24)], entities: [kherson, vucic, repubblica],
                           quotes: [quote], width: width, height: height, colorMode: colorMode)
    }

    @Test func firstScreenShowsTitlePanesStatusAndLegend() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        let grid = app.render()
        #expect(grid.rowText(0).contains("article.txt"))
        #expect(grid.text.contains("Entities (3)"))
        #expect(grid.text.contains("Quotes (1)"))
        #expect(grid.text.contains("Tags (0)"))
        let status = grid.rowText(28)
        #expect(status.contains("NORMAL"))
        #expect(status.contains("article.txt"))
        #expect(status.contains("sentence 1/"))
        #expect(grid.rowText(29).contains("1 claim"))
        #expect(grid.rowText(29).contains("5 opinion"))
    }

    @Test func titleRowShowsTheTitleElseTheFileName() {
        let titled = Document(article: LoadedArticle(path: "/x/page.html", format: .html, text: ArticleText("Nur ein Absatz."), title: "Seitentitel"), width: 80,
                              analysis: Analyzer.analyze(ArticleText("Nur ein Absatz.")))
        #expect(titled.title == "Seitentitel")
        let untitled = Document(article: LoadedArticle(path: "/x/notiz.txt", format: .plainText, text: ArticleText("Text.")), width: 80,
                                analysis: Analyzer.analyze(ArticleText("Text.")))
        #expect(untitled.title == "notiz.txt")
    }

    @Test func headingAndHighlightsCarryThemeStyles() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        let grid = app.render()
        let theme = app.theme
        // Heading: the first text row, in the heading style (bold).
        let heading = try #require(grid.find("Verhandlungen"))
        #expect(grid[heading.x, heading.y].style.bold)
        #expect(grid[heading.x, heading.y].style.foreground == theme.apply("ui.heading", to: theme.base).foreground)
        // Entities in their type colours.
        let person = try #require(grid.find("Aleksandar", maxX: 80))
        // Vučić is also the quote's speaker: the speaker style layers over the person style.
        #expect(grid[person.x, person.y].style == theme.apply("quote.speaker", to: theme.apply("entity.person", to: theme.base)))
        let place = try #require(grid.find("Kherson geht", maxX: 80))
        #expect(grid[place.x, place.y].style == theme.apply("entity.location", to: theme.base))
        let org = try #require(grid.find("Repubblica", maxX: 80))
        #expect(grid[org.x, org.y].style.foreground == theme.style("entity.organization").foreground)
        #expect(theme.style("entity.person").foreground != theme.style("entity.organization").foreground)
        // The quote and the quoted text: quote style is italic in the dark theme.
        let quoted = try #require(grid.find("Entscheidungsschlacht", maxX: 80))
        #expect(grid[quoted.x, quoted.y].style.italic)
    }

    @Test func selectionIsShownOnTheFirstSentence() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        // The first sentence is the heading; move to the next one.
        app.press(")")
        let grid = app.render()
        let selected = try #require(grid.find("Der Kampf"))
        let selectionBackground = app.theme.style("selection").background
        #expect(grid[selected.x, selected.y].style.background == selectionBackground)
        let outside = try #require(grid.find("Am Abend"))
        #expect(grid[outside.x, outside.y].style.background != selectionBackground)
    }

    @Test func narrowScreenKeepsArticleFullWidthWithPaneBar() {
        let sandbox = Sandbox()
        let app = makeApp(width: 80, height: 24, sandbox: sandbox)
        var grid = app.render()
        #expect(grid.text.contains("Entities (3)"))
        #expect(!grid.text.contains("┌"))  // no boxed panes while the article has the focus
        app.press("<Tab>")
        grid = app.render()
        #expect(grid.text.contains("┌"))
        #expect(app.focus == .entities)
        #expect(grid.text.contains("Aleksandar Vučić"))
    }

    @Test func tooSmallTerminalSaysSoAndRecovers() {
        let sandbox = Sandbox()
        let app = makeApp(width: 19, height: 6, sandbox: sandbox)
        var grid = app.render()
        #expect(grid.width == 19 && grid.height == 6)
        #expect(grid.text.contains("too small"))
        #expect(grid.text.contains("need \(ScreenGeometry.minimumWidth)x\(ScreenGeometry.minimumHeight)"))
        app.resize(width: 100, height: 30)
        grid = app.render()
        #expect(!grid.text.contains("too small"))
        #expect(grid.text.contains("Kampf um Kherson"))
        app.resize(width: 0, height: 0)
        #expect(app.render().cells.isEmpty)
    }

    @Test func controlCharactersAreDrawnInert() throws {
        let sandbox = Sandbox()
        let app = sandbox.app(text: "Alarm \u{1B}[2J\u{1B}]0;pwned\u{7} und \u{9B}31m Ende.\n")
        let grid = app.render()
        #expect(grid.text.contains("␛[2J␛]0;pwned␇"))
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
        }
    }

    @Test func wideCharactersUseContinuationCells() throws {
        let sandbox = Sandbox()
        let app = sandbox.app(text: "Tokio 東京 und 😀 Ende.")
        let grid = app.render()
        let pos = try #require(grid.find("東"))
        #expect(grid[pos.x + 1, pos.y].text == "")
        #expect(grid[pos.x + 2, pos.y].text == "京")
    }

    @Test func noColorKeepsHighlightsVisibleByAttributes() throws {
        let sandbox = Sandbox()
        let app = makeApp(colorMode: .none, sandbox: sandbox)
        app.press(")")
        let grid = app.render()
        for cell in grid.cells {
            #expect(cell.style.foreground == .terminalDefault && cell.style.background == .terminalDefault)
        }
        let selected = try #require(grid.find("Der Kampf"))
        #expect(grid[selected.x, selected.y].style.reverse)
        let person = try #require(grid.find("Aleksandar", maxX: 80))
        #expect(grid[person.x, person.y].style.bold)
        let status = grid[0, 28].style
        #expect(status.reverse)
    }

    @Test func eightColourModeUsesBasicColoursOnly() {
        let sandbox = Sandbox()
        let app = makeApp(colorMode: .ansi8, sandbox: sandbox)
        #expect(app.theme.theme.name == "monochrome")
        app.setTheme(named: "dark")
        let grid = app.render()
        for cell in grid.cells {
            for color in [cell.style.foreground, cell.style.background] {
                if case .indexed(let i) = color { #expect(i < 8) }
                if case .rgb = color { Issue.record("rgb colour in 8-colour mode") }
            }
        }
    }

    @Test func searchMatchesAreHighlighted() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        app.press("/")
        app.type("kherson")
        app.press("<CR>")
        // Both matches of 7 cells (the title row is plain).
        #expect(app.render().searchHighlightedCells(theme: app.theme) == 14)
    }

    @Test func helpOverlayListsLiveKeymap() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        app.press("?")
        #expect(app.mode == "HELP")
        let text = app.render().text
        #expect(text.contains("Help"))
        #expect(text.contains("select the next sentence"))
        #expect(text.contains("scroll down a line"))
        app.press("<Esc>")
        #expect(app.helpScroll == nil)
    }

    @Test func resizeSequenceNeverCrashes() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox: sandbox)
        for (w, h) in [(20, 6), (1, 1), (31, 9), (200, 60), (99, 20), (100, 20), (45, 12), (120, 30)] {
            app.resize(width: w, height: h)
            app.press("G")
            let grid = app.render()
            #expect(grid.width == w && grid.height == h)
        }
    }
}
