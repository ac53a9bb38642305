import Testing
import Foundation
@testable import MarginaliaModel

/// The light theme paints its own light background, so it stays readable on a dark terminal.
@Suite struct LightThemeTests {
    @Test func everyCellHasAnExplicitBackground() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.execute(commandLine: "theme light")
        #expect(app.theme.theme.name == "light")
        let base = app.theme.base
        #expect(base.background != .terminalDefault)
        if case .indexed(let i) = base.background { #expect(i == 231 || i >= 250, "a light grey or white") }
        for pane in [Focus.article, .tags] {
            app.focus = pane
            let grid = app.render()
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    #expect(grid[x, y].style.background != .terminalDefault, "cell \(x),\(y) on the terminal's background")
                }
            }
        }
    }
}
