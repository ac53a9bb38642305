import MarginaliaText

/// The coordinator's one step of drawing: it asks each component for its view data and hands
/// the whole `ScreenView` to `ScreenRenderer`, which draws without calling back.
extension ReaderApp {
    func screenView() -> ScreenView {
        let geometry = self.geometry
        let article = document.map { ArticleView(document: $0, focused: focus == .article, annotationLayers: extraArticleLayers($0)) }
        let bar = geometry.paneBar.map { _ in
            PaneBarView(titles: [Focus.entities, .quotes, .tags].map { (paneTitle($0), focus == $0) }, showsHint: focus == .article)
        }
        let panes = geometry.panes.map { (view: paneView($0.0), rect: $0.1) }
        return ScreenView(geometry: geometry, theme: theme, article: article, paneBar: bar, panes: panes, status: statusView,
                          libraryOverlay: libraryOverlay, help: help.view(helpSource))
    }

    func paneView(_ pane: Focus) -> PaneView {
        let empty = document?.isAnalysed == false ? "analysing…" : (pane == .tags ? "no tags yet (1-9 tags)" : "none found")
        // The Tags pane opens with the count per tag.
        return (panes[pane] ?? SidePane()).view(title: paneTitle(pane), focused: focus == pane,
                                                header: pane == .tags ? tagCountsDescription : nil,
                                                items: paneItems(pane), emptyText: empty)
    }

    var statusView: StatusView {
        var left = " " + (document?.displayName ?? "")
        if documents.count > 1 { left += " [\(documents.current + 1)/\(documents.count)]" }
        left += "  " + selectionDescription
        if !pendingKeys.isEmpty { left += "  " + pendingKeys }
        let right = libraryStatusText + learningStatusText + saveStateDescription + "  " + positionDescription + " "
        let bottom: StatusView.Bottom
        if let prompt = promptLine.view(width: width) {
            bottom = .prompt(prompt)
        } else if let message {
            bottom = .message(message, isError: messageIsError)
        } else {
            // The key bound now (a user may have moved the tags off the digits), or none.
            bottom = .legend(tagSet.enumerated().map { i, tag in
                (keymap.keys(for: "tag-\(i + 1)", in: .article).first.map(KeyNotation.describe), tag, tagScope(index: i, name: tag))
            }, ownTagSet: usesOwnTagSet)
        }
        return StatusView(mode: mode, left: left, right: right, bottom: bottom)
    }
}
