import Testing
@testable import MarginaliaModel

/// Issue 14, defect 1: every tag in its own theme style, in the text, the Tags pane and the
/// legend alike; without colours distinct attributes; overlaps marked in the margin.
@Suite struct TagColorTests {
    let text = "Erster Satz hier. Zweiter Satz dort. Dritter Satz noch. Vierter Satz ohne Tag."

    func tagged(_ sandbox: Sandbox, colorMode: ColorMode) -> ReaderApp {
        let app = sandbox.app(text: text, colorMode: colorMode)
        app.press("1)2)3")
        return app
    }

    @Test func eachTagHasItsOwnStyleInTextPaneAndLegend() throws {
        for mode in [ColorMode.ansi256, .ansi8, .none] {
            let sandbox = Sandbox()
            let app = tagged(sandbox, colorMode: mode)
            app.press(")")   // the selection off the tagged sentences
            let grid = app.render()
            var styles: [Style] = []
            for (n, word) in ["Erster", "Zweiter", "Dritter"].enumerated() {
                let at = try #require(grid.find(word, maxX: 60))
                let style = grid[at.x + 1, at.y].style
                styles.append(style)
                let expected = app.theme.apply(app.tagScope(index: n, name: app.tagSet[n]), to: app.theme.base)
                #expect(style == expected, "\(mode) tag \(n + 1)")
                // The legend draws the tag's name in the same style.
                let legendRow = app.height - 1
                let legend = try #require(grid.find(" " + app.tagSet[n], row: legendRow).map { grid[$0 + 1, legendRow].style })
                #expect(legend.foreground == expected.foreground && legend.background == expected.background
                        && legend.bold == expected.bold && legend.underline == expected.underline && legend.italic == expected.italic,
                        "\(mode) legend \(n + 1)")
            }
            #expect(Set(styles).count == 3, "\(mode): \(styles)")
            // The Tags pane's markers use the tags' styles too.
            let paneScopes = app.paneItems(.tags).compactMap(\.scope)
            #expect(Set(paneScopes) == Set((0..<3).map { app.tagScope(index: $0, name: app.tagSet[$0]) }))
        }
    }

    @Test func overlappingTagsShowTheInnermostAndACountInTheMargin() throws {
        let sandbox = Sandbox()
        let app = sandbox.app(text: text)
        app.press("v)2")         // sentences 1-2: tag 2
        app.press("<Esc>")
        app.press("1")           // sentence 1 alone (inside the range): tag 1
        app.press(")))")
        let grid = app.render()
        let at = try #require(grid.find("Erster", maxX: 60))
        #expect(grid[at.x - 1, at.y].text == "2")   // two tags on this row
        let inner = app.theme.apply(app.tagScope(index: 0, name: app.tagSet[0]), to: app.theme.base)
        #expect(grid[at.x + 1, at.y].style.background == inner.background)
    }
}
