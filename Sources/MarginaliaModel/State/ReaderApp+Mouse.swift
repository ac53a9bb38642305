import MarginaliaText

/// The mouse (SGR reports, asked for unless `mouse = false` in config.toml). The coordinator
/// only routes: it tells a double click (two presses on one cell within `doubleClickSeconds`)
/// and hands the event to the component whose rectangle holds it. The article (ArticlePane+Mouse)
/// selects the sentence under a click, the word under a double click, a range by words under a
/// drag; a side pane (SidePane.click) moves its cursor to the row, and a double click opens it
/// as Enter does; the wheel scrolls the pane under the pointer. Overlays (prompt, help,
/// library) ignore the mouse: their keys stay the one way in.
extension ReaderApp {
    /// Two presses at the same cell within this many seconds are a double click.
    static let doubleClickSeconds = 0.4
    /// Rows (or pane items) one wheel step moves.
    static let wheelStep = 3

    public var wantsMouse: Bool { config.mouse ?? true }

    public func handleMouse(_ event: MouseEvent) {
        guard prompt == nil, helpScroll == nil, textView == nil, libraryOverlayContext == nil, !isTooSmall else { return }
        let geometry = self.geometry
        let pane = geometry.panes.first { $0.1.contains(x: event.x, y: event.y) }
        switch event.action {
        case .wheelUp, .wheelDown:
            let delta = event.action == .wheelDown ? Self.wheelStep : -Self.wheelStep
            if let (pane, _) = pane {
                panes[pane]?.move(by: delta, count: paneItems(pane).count)
            } else if geometry.article.contains(x: event.x, y: event.y) {
                article.scroll(by: delta)
            }
        case .press:
            guard event.button == 0 else { return }
            let isDouble = lastPress.map { $0.x == event.x && $0.y == event.y && event.time - $0.time >= 0
                && event.time - $0.time <= Self.doubleClickSeconds } ?? false
            // A third press starts over rather than counting as another double click.
            lastPress = isDouble ? nil : event
            article.dragAnchor = nil
            if let (pane, rect) = pane {
                guard panes[pane]?.click(y: event.y, in: rect, header: paneHeader(pane), count: paneItems(pane).count) == true else { return }
                if focus != pane { focus(pane) }
                if isDouble { openPaneItem() }
            } else if geometry.articleText.contains(x: event.x, y: event.y) {
                let (hit, note) = article.press(x: event.x, y: event.y, in: geometry.articleText, double: isDouble)
                if hit, focus != .article, geometry.isWide { focus(.article) }
                say(note)
            }
        case .drag:
            if article.drag(x: event.x, y: event.y, in: geometry.articleText) { lastPress = nil }
        case .release:
            break
        }
    }
}
