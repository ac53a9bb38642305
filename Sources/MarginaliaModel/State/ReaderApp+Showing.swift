import FoundationEssentials
import MarginaliaText

/// Showing an article: its annotations, the library's memory of it, its analysis, and the
/// hand-over from the preview of a big file to the whole of it.
extension ReaderApp {
    /// Starts what an article needs once it is on screen. A preview (the beginning of a big
    /// file) gets none of it: annotations and analysis belong to the whole text, which replaces
    /// the preview when it is read. A screenshot (`--dump`, a long wait) waits for the whole text.
    func startShowing(_ doc: Document) {
        if doc.isPreview {
            guard effectiveWait(for: doc) > 1, let job = doc.fullLoad else { return }
            job.wait(timeout: effectiveWait(for: doc))
            pollFullLoad(doc)
            return
        }
        attachStore(doc)
        libraryDidShow(doc)
        doc.pollAnalysis(wait: effectiveWait(for: doc))
        documentDidLoad(doc)
        if !doc.article.notices.isEmpty { show(message: doc.article.notices.joined(separator: "; ")) }
    }

    /// Commands that work on the beginning of a big file alone (scrolling it, help, quitting):
    /// any other command (G, tags, selections, search) first waits for the whole text, as
    /// `less` reads to the end of a file for G.
    static let previewCommands: Set<String> = [
        "down", "up", "page-down", "page-up", "top", "center", "cancel",
        "focus-next", "focus-previous",
        "command-line", "search", "help", "quit", "quit-without-saving", "theme",
    ]

    /// Waits for the whole text of a preview (at most `limit` seconds) and puts it in place.
    func finishLoading(limit: Double = 60) {
        guard let preview = document, let job = preview.fullLoad else { return }
        job.wait(timeout: limit)
        pollFullLoad(preview)
    }

    /// Puts the whole article in the place of its preview once it has been read: the same text
    /// stays at the top of the screen, and a selection or search made meanwhile carries over
    /// (offsets into the preview are offsets into the whole text).
    func pollFullLoad(_ preview: Document) {
        guard let result = preview.fullLoad?.result else { return }
        preview.fullLoad = nil
        let full: Document
        switch result {
        case .failure(let error):
            // The beginning stays readable, but nothing can be annotated on a partial text.
            show(message: "\(error)", error: true)
            return
        case .success(let document):
            full = document
        }
        // The width first (the screen may have been resized since the load began), then the top.
        full.layout.setWidth(preview.layout.width)
        let topOffset = preview.layout.row(at: preview.top).span.start
        full.top = full.layout.position(of: min(topOffset, max(0, full.text.count - 1)))
        if let selection = preview.selection, selection.span.end <= full.text.count { full.selection = selection }
        documents.replace(preview, with: full)
        guard document === preview else { return }
        document = full
        if let search = preview.search {
            full.search = search
            ArticlePane.countMatches(in: full)
        }
        syncLayout()
        startShowing(full)
    }
}
