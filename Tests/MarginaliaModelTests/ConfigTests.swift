import Testing
@testable import MarginaliaModel

@Suite struct ConfigTests {
    let names = Set(CommandTable.all.map(\.name))

    @Test func readsThemeTagsAndKeyOverrides() {
        let config = UserConfig.parse("""
        theme = "light"
        tags = ["pro", "contra", "neutral"]
        [keys]
        down = ["J", "<C-n>"]
        quit = "Q"
        """, commandNames: names)
        #expect(config.problems.isEmpty)
        #expect(config.theme == "light")
        #expect(config.tags == ["pro", "contra", "neutral"])
        #expect(config.keyOverrides["down"] == [[.character("J")], [.control("n")]])
        #expect(config.keyOverrides["quit"] == [[.character("Q")]])
    }

    @Test func badEntriesAreReportedAndKeepTheirDefaults() {
        let config = UserConfig.parse("""
        tags = []
        colour = "blue"
        [keys]
        fly = "f"
        up = "<Hyper-k>"
        page-down = 5
        quit = "Q"
        """, commandNames: names)
        #expect(config.tags == nil)
        #expect(config.keyOverrides["up"] == nil)
        #expect(config.keyOverrides["page-down"] == nil)
        #expect(config.keyOverrides["quit"] == [[.character("Q")]])
        let all = config.problems.joined(separator: "\n")
        #expect(all.contains("unknown command \"fly\""))
        #expect(all.contains("up"))
        #expect(all.contains("page-down"))
        #expect(all.contains("tags"))
        #expect(all.contains("unknown setting \"colour\""))
    }

    @Test func brokenTomlFallsBackToDefaultsWithTheLine() {
        let config = UserConfig.parse("theme = \"dark\"\n[keys\nquit = 'Q'\n", commandNames: names)
        #expect(config.problems.count == 1)
        #expect(config.problems[0].contains("line 2"))
        #expect(config.keyOverrides.isEmpty)
    }

    @Test func appAppliesOverridesAndShowsProblemsInTheStatusLine() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("""
        theme = "light"
        [keys]
        down = "J"
        help = "<F1>"
        bogus = "x"
        """)
        let path = sandbox.write("a.txt", (1...80).map { "Line \($0) of the article." }.joined(separator: "\n\n"))
        let app = try sandbox.open([path], width: 80, height: 24)
        #expect(app.theme.theme.name == "light")
        #expect(app.message?.contains("unknown command \"bogus\"") == true)
        #expect(app.messageIsError)
        let top = app.document!.top
        app.press("j")
        #expect(app.document!.top == top)   // j no longer scrolls
        app.press("J")
        #expect(app.document!.top != top)
        app.press("<F1>")
        #expect(app.helpScroll == 0)
        // The help is generated from the live keymap: it shows F1, not ?, for help.
        let help = app.helpLines.first { $0.text.hasPrefix("show the keys of this screen") }
        #expect(help?.keys == "F1")
        #expect(app.render().text.contains("Help"))
        app.press("<Esc>")
        app.press("?")
        #expect(app.helpScroll == nil)
    }

    @Test func configuredTagsReplaceTheDefaultsInTheLegend() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("tags = [\"pro\", \"contra\"]\n")
        let path = sandbox.write("a.txt", "Ein Satz. Noch ein Satz.")
        let app = try sandbox.open([path], width: 80, height: 24)
        #expect(app.tagSet == ["pro", "contra"])
        #expect(app.render().rowText(23).contains("1 pro"))
        #expect(app.render().rowText(23).contains("2 contra"))
    }

    @Test func brokenUserThemeFallsBackToTheDefaultWithAMessage() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("theme = \"broken\"\n")
        sandbox.write("config/marginalia/themes/broken.toml", "[styles]\n\"selection\" = { bg = \"nocolour\" }\n")
        let path = sandbox.write("a.txt", "Ein Satz.")
        let app = try sandbox.open([path], width: 80, height: 24)
        #expect(app.theme.theme.name == "dark")
        #expect(app.message?.contains("theme broken") == true)
        #expect(app.message?.contains("nocolour") == true)
        #expect(app.messageIsError)
    }
}
