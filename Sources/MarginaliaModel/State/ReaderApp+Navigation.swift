import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// The coordinator's part of moving around: the article context's commands go to `article`
/// (ArticlePane: scrolling, motions, search), and what they report is shown here; switching
/// articles is the coordinator's own.
extension ReaderApp {
    var pageHeight: Int { article.pageHeight }
    var visibleRange: Span? { article.visibleRange }

    /// Shows what a component reported on the status line.
    func say(_ note: StatusNote?) {
        if let note { show(message: note.text, error: note.isError) }
    }

    /// Selects `span` in the article and scrolls to it (the annotation and library commands).
    func select(_ span: Span, unit: SelectionUnit, extendVisual: Bool = true) {
        article.select(span, unit: unit, extendVisual: extendVisual)
    }

    /// `/`: a search looks through the whole article, so a big file's preview is completed first.
    public func search(_ query: String) {
        finishLoading()
        say(article.search(query))
    }

    /// A long article's count of search matches, once the background job has it.
    func pollSearchCount() {
        say(article.pollSearchCount(shown: message).note)
    }

    // MARK: Documents

    public func switchDocument(by delta: Int) {
        if librarySwitch(by: delta) { return }
        guard documents.count > 1 else { show(message: "only one article open"); return }
        var index = documents.current
        for _ in 0..<documents.count {
            index = (index + delta + documents.count) % documents.count
            if let doc = documents.document(at: index, width: geometry.articleText.width) {
                showDocument(doc, index: index)
                show(message: "article \(index + 1)/\(documents.count): \(doc.displayName)")
                return
            }
        }
        show(message: "no other article could be opened", error: true)
    }

    func showDocument(_ doc: Document, index: Int) {
        libraryWillLeave()
        // Leaving an article saves it (the store's contract); its lock is kept while it is open.
        if let error = document?.store?.flush() { show(message: error.description, error: true) }
        documents.current = index
        document = doc
        focus = .article
        paneCursor = [:]
        syncLayout()
        startShowing(doc)
    }

    /// `:e FILE`: opens another article (or switches to it if already open).
    public func edit(path: String) {
        let path = PathText.expandingTilde(path)
        guard !path.isEmpty else { show(message: "usage: :e FILE", error: true); return }
        let countBefore = documents.count
        let index = documents.add(path: path)
        if let doc = documents.document(at: index, width: geometry.articleText.width) {
            showDocument(doc, index: index)
            show(message: "opened \(doc.displayName)")
        } else {
            show(message: documents.entries[index].error ?? "\(path): cannot open", error: true)
            // Only an entry this command appended is dropped; a library article that failed stays listed.
            if index == countBefore { documents.removeUnloadedLast() }
        }
    }
}
