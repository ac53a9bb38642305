import Testing
@testable import MarginaliaModel

@Suite struct ThemeTests {
    @Test func lookupFallsBackAlongDottedNames() {
        let theme = Theme(name: "t", styles: [
            "default": ThemeStyle(foreground: .indexed(7)),
            "entity": ThemeStyle(bold: true),
            "entity.person": ThemeStyle(foreground: .indexed(4)),
        ])
        #expect(theme.style("entity.person") == ThemeStyle(foreground: .indexed(4)))
        #expect(theme.style("entity.person.surname") == ThemeStyle(foreground: .indexed(4)))
        #expect(theme.style("entity.location") == ThemeStyle(bold: true))
        #expect(theme.style("quote") == ThemeStyle(foreground: .indexed(7)))
        // Layering keeps what the overlay does not set.
        let layered = theme.style("entity.person").applied(to: theme.style("entity").applied(to: .plain))
        #expect(layered.bold && layered.foreground == .indexed(4))
    }

    @Test func parsesPaletteColoursAttributesAndNestedTables() throws {
        let theme = try ThemeLoader.parse("""
        name = "mine"
        [palette]
        sky = "#87afff"
        leaf = 114
        [styles]
        "default" = { fg = "white", bg = "default" }
        "entity.person" = { fg = "sky", bold = true, underline = true }
        [styles.quote]
        fg = "leaf"
        italic = true
        [styles.quote.speaker]
        fg = "bright-red"
        """, fallbackName: "x")
        #expect(theme.name == "mine")
        #expect(theme.styles["entity.person"] == ThemeStyle(foreground: .rgb(0x87, 0xAF, 0xFF), bold: true, underline: true))
        #expect(theme.styles["quote"] == ThemeStyle(foreground: .indexed(114), italic: true))
        #expect(theme.styles["quote.speaker"] == ThemeStyle(foreground: .indexed(9)))
        #expect(theme.styles["default"] == ThemeStyle(foreground: .indexed(7), background: .terminalDefault))
    }

    @Test func badThemesGiveOneLineErrors() {
        #expect(throws: ThemeError.self) { try ThemeLoader.parse("[styles]\n\"a\" = { fg = \"nocolour\" }", fallbackName: "x") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse("[styles]\n\"a\" = { fg = 300 }", fallbackName: "x") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse("[styles]\n\"a\" = { bold = \"yes\" }", fallbackName: "x") }
        do { _ = try ThemeLoader.parse("name = ", fallbackName: "x"); Issue.record("no error") } catch {
            #expect(!"\(error)".contains("\n"))
            #expect("\(error)".contains("line"))
        }
    }

    @Test func bundledThemesAllLoadAndStyleTheCoreScopes() throws {
        let catalog = ThemeCatalog.standard(configDirectory: nil)
        #expect(Set(["dark", "light", "high-contrast", "monochrome"]).isSubset(of: Set(catalog.names)))
        for name in ["dark", "light", "high-contrast", "monochrome"] {
            let theme = try catalog.load(name)
            #expect(theme.name == name)
            for scope in ["ui.statusline", "ui.pane.border", "ui.pane.focused", "ui.heading", "selection", "search.match",
                          "entity.person", "entity.location", "entity.organization", "entity.misc", "quote", "quote.speaker",
                          "tag.1", "tag.9"] {
                #expect(theme.lookup(scope) != nil, "\(name) lacks \(scope)")
            }
        }
    }

    @Test func monochromeCarriesMeaningInAttributes() throws {
        let mono = try ThemeCatalog.standard(configDirectory: nil).load("monochrome")
        for scope in ["selection", "search.match", "entity.person", "entity.location", "quote", "quote.speaker", "tag.1", "ui.statusline", "ui.heading"] {
            #expect(mono.style(scope).hasAttributes, "\(scope)")
            for color in [mono.style(scope).foreground, mono.style(scope).background] {
                if case .indexed(let i) = color { #expect(i < 8) }
                if case .rgb = color { Issue.record("rgb in monochrome") }
            }
        }
    }

    @Test func userThemesOverrideAndExtendTheBundledOnes() throws {
        let sandbox = Sandbox()
        sandbox.write("config/marginalia/themes/paper.toml", "name = \"paper\"\n[styles]\n\"selection\" = { bg = 229, bold = true }\n")
        let catalog = ThemeCatalog.standard(configDirectory: sandbox.configDirectory + "/marginalia")
        #expect(catalog.names.contains("paper"))
        #expect(try catalog.load("paper").style("selection").background == .indexed(229))
        #expect(throws: ThemeError.self) { try catalog.load("nonexistent") }
    }

    @Test func colourDownsamplingTo8() {
        #expect(Color.indexed(12).downsampledTo8 == .indexed(4))
        #expect(Color.rgb(250, 10, 10).downsampledTo8 == .indexed(1))
        #expect(Color.indexed(231).downsampledTo8 == .indexed(7))
        #expect(Color.terminalDefault.downsampledTo8 == .terminalDefault)
    }
}
