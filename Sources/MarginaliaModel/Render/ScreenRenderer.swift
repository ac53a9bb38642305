import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

/// Everything one frame shows, as plain values: the coordinator (`ReaderApp.screenView`)
/// gathers it from the components, and `ScreenRenderer` draws it without calling back.
struct ScreenView {
    var geometry: ScreenGeometry
    var theme: ResolvedTheme
    var article: ArticleView?
    var paneBar: PaneBarView?
    var panes: [(view: PaneView, rect: Rect)]
    var status: StatusView
    /// The library list or the hit list over the article and panes (it draws itself).
    var libraryOverlay: (session: LibrarySession, look: LibraryLook)?
    var help: HelpView?
}

/// Draws a `ScreenView` into a `CellGrid`: article, side panes, status and message lines, the
/// library overlay and the help overlay on top. No state changes here.
struct ScreenRenderer {
    let view: ScreenView
    var theme: ResolvedTheme { view.theme }

    func render() -> CellGrid {
        let geometry = view.geometry
        var grid = CellGrid(width: geometry.width, height: geometry.height)
        guard geometry.width > 0, geometry.height > 0 else { return grid }
        let base = theme.base
        grid.fill(Rect(x: 0, y: 0, width: geometry.width, height: geometry.height), style: base)
        if geometry.isTooSmall {
            drawTooSmall(&grid, base: base)
            return grid
        }
        if let article = view.article {
            ArticleRenderer(view: article, theme: theme).draw(into: &grid, geometry: geometry)
        }
        if let bar = view.paneBar, let rect = geometry.paneBar { SidePane.drawBar(bar, in: rect, into: &grid, theme: theme) }
        for pane in view.panes { SidePane.draw(pane.view, in: pane.rect, into: &grid, theme: theme) }
        StatusLine.draw(view.status, into: &grid, geometry: geometry, theme: theme)
        if let overlay = view.libraryOverlay {
            let height = geometry.statusRow
            grid.fill(Rect(x: 0, y: 0, width: geometry.width, height: height), style: base)
            overlay.session.render(into: &grid, x: 0, y: 0, width: geometry.width, height: height, look: overlay.look)
        }
        if let help = view.help { HelpOverlay.draw(help, into: &grid, width: geometry.width, height: geometry.height, theme: theme) }
        return grid
    }

    func drawTooSmall(_ grid: inout CellGrid, base: Style) {
        let lines = ["Terminal too small", "need \(ScreenGeometry.minimumWidth)x\(ScreenGeometry.minimumHeight)", "q quits"]
        let style = theme.apply("ui.error", to: base)
        for (i, line) in lines.enumerated() where i < grid.height {
            let w = DisplayWidth.of(line)
            let x = max(0, (grid.width - w) / 2)
            let y = max(0, (grid.height - lines.count) / 2) + i
            grid.put(line, x: x, y: y, maxWidth: grid.width - x, style: i == 0 ? style : base)
        }
    }
}
