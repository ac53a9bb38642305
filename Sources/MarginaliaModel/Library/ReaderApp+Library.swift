import FoundationEssentials
import MarginaliaText
import MarginaliaStore
import MarginaliaLibrary

/// The library inside the reader: what the reader's small hooks call. The reader shows
/// articles through `DocumentList`; its first `library.count` entries are the library's
/// entries in the same order (`:e FILE` may append more, which the library ignores).
extension ReaderApp {
    public var librarySession: LibrarySession? { documents.librarySession }

    /// The library index of the article shown, if it is one of the library's.
    var currentLibraryIndex: Int? {
        guard let session = librarySession, document != nil, documents.current < session.library.count else { return nil }
        return documents.current
    }

    // MARK: Hooks

    /// Hook (after an article is shown): remember it as opened, restore the position it was
    /// left at (first showing only), and start the background index.
    func libraryDidShow(_ document: Document) {
        guard let session = librarySession, let index = currentLibraryIndex else { return }
        let firstShowing = session.markShown(article: index)
        if session.currentArticle == nil, let first = session.library.skipped.first {
            // The first article of the session: say what was left out, once.
            let more = session.library.skipped.count > 1 ? " and \(session.library.skipped.count - 1) more (L lists them)" : ""
            show(message: "\(session.library.summary): skipped \(first.description)\(more)")
        }
        if session.currentArticle == nil, let notice = session.library.stateStore.notice {
            show(message: notice, error: true)   // an unreadable library state (a FIFO, /dev/zero, damage)
        }
        session.didOpen(article: index)
        if firstShowing {
            let offset = min(session.position(of: index), max(0, document.article.text.count - 1))
            if offset > 0 {
                document.top = article.clampTop(document.layout.position(of: offset))
                session.pendingSelection[index] = offset
                librarySelectRestored(document)
            }
        }
        if session.library.count > 1 { session.startIndexing() }
    }

    /// Hook (before another article is shown, and on save/quit): remember where the reader is.
    func libraryWillLeave() {
        guard let session = librarySession, let index = currentLibraryIndex, let document else { return }
        session.leave(article: index, position: document.layout.row(at: document.top).span.start)
    }

    /// Hook (when the analysis arrives): select the sentence at the restored position instead of
    /// the first sentence. True if it did.
    @discardableResult
    func librarySelectRestored(_ document: Document) -> Bool {
        guard document.selection == nil, let session = librarySession, let index = currentLibraryIndex,
              let offset = session.pendingSelection[index], !document.sentences.isEmpty else { return false }
        let sentences = document.sentences
        let n = sentences.firstIndex { $0.end > offset } ?? sentences.count - 1
        document.selection = Selection(span: sentences[n], unit: .sentence(n))
        session.pendingSelection[index] = nil
        return true
    }

    /// Hook (`]`/`[`): the next/previous article in the list's order. False when the library
    /// does not handle it (the article shown is not one of the library's).
    func librarySwitch(by delta: Int) -> Bool {
        guard let session = librarySession, let index = currentLibraryIndex else { return false }
        guard let target = session.neighbour(of: index, step: delta) else {
            show(message: "no \(delta > 0 ? "next" : "previous") article in the library")
            return true
        }
        openLibraryArticle(target)
        return true
    }

    /// Hook (opening an annotation store): where a corpus article's annotations go
    /// (`corpus.jsonl.annotations/ID.annotations.json`); nil for files (the store's own rule).
    func libraryAnnotationLocation(for document: Document) -> AnnotationFileLocation? {
        guard let session = librarySession,
              let index = documents.entries.firstIndex(where: { $0.document === document }),
              index < session.library.count,
              case .corpusLine = session.library.entries[index].location else { return nil }
        return session.library.annotationLocation(at: index)
    }

    /// The corpus id of a corpus article shown (`corpus.jsonl#11059` -> "11059"); nil for files.
    func libraryCorpusID(for document: Document) -> String? {
        guard let session = librarySession,
              let index = documents.entries.firstIndex(where: { $0.document === document }),
              index < session.library.count else { return nil }
        let entry = session.library.entries[index]
        guard case .corpusLine = entry.location else { return nil }
        return entry.corpusArticleKey ?? entry.key
    }

    /// Hook (rendering): the list or the results pane shown over the article and panes, with
    /// the theme's styles and the keymap's hints.
    var libraryOverlay: (session: LibrarySession, look: LibraryLook)? {
        guard let session = librarySession, session.isShowingOverlay else { return nil }
        return (session, LibraryLook(styles: LibraryStyles(theme: theme), listHint: keyHint(LibraryCommands.listHint, in: .library),
                                     filterHint: keyHint(LibraryCommands.filterHint, in: .filter)))
    }

    /// Hook (status line): "indexing 1234/10000  " while the index builds.
    public var libraryStatusText: String {
        let s = librarySession?.statusText ?? ""
        return s.isEmpty ? "" : s + "  "
    }

    // MARK: Commands

    /// Shows library entry `index` (loading it on first use), optionally selecting a span.
    public func openLibraryArticle(_ index: Int, select span: Span? = nil) {
        guard let session = librarySession, index < session.library.count else { return }
        guard let doc = documents.document(at: index, width: geometry.articleText.width) else {
            show(message: documents.entries[index].error ?? "cannot open article \(index + 1)", error: true)
            return
        }
        if document !== doc { showDocument(doc, index: index) }
        if let span, span.end <= doc.article.text.count {
            select(span, unit: .range, extendVisual: false)
            article.center(on: span)
        }
        let title = session.library.metadata(at: index).title
        show(message: "article \(index + 1)/\(session.library.count): \(title)")
    }

    /// `L`: show or hide the library list.
    public func toggleLibraryList() {
        guard let session = librarySession else { show(message: "no library (articles opened from code)"); return }
        if let index = currentLibraryIndex { session.setCurrent(article: index) }
        session.toggleList()
    }

    /// `D`: mark the article done (or back to in progress).
    public func toggleLibraryDone() {
        guard let session = librarySession, let index = currentLibraryIndex else { show(message: "not a library article"); return }
        let status = session.library.toggleDone(at: index)
        session.browser.invalidate()
        show(message: "marked \(status.label)")
    }

    /// `:find TEXT`, `:entity NAME`, `:library`.
    public func runLibraryCommand(_ name: String, _ argument: String) {
        guard let session = librarySession else { show(message: "no library (articles opened from code)"); return }
        if let index = currentLibraryIndex { session.setCurrent(article: index) }
        if let message = session.runCommand(name + " " + argument), !message.isEmpty {
            show(message: message, error: message.hasPrefix("usage"))
        }
    }
}

extension DocumentList {
    /// The order in which to try articles at start: the one last open in this library first.
    var libraryOpenOrder: [Int] {
        let all = Array(0..<count)
        guard let start = librarySession?.startArticle, start > 0, start < count else { return all }
        return [start] + all.filter { $0 != start }
    }

    /// Hook (loading a document): a library entry is read through the library (corpus lines
    /// have no file of their own); nil for entries appended by `:e`.
    func libraryArticle(at index: Int) throws -> LoadedArticle? {
        guard let session = librarySession, index < session.library.count else { return nil }
        return try session.library.article(at: index)
    }
}

extension LibraryStyles {
    /// The library's styles from the reader's theme scopes.
    init(theme: ResolvedTheme) {
        let base = theme.base
        self.init()
        titleBar = theme.apply("ui.statusline", to: base)
        titleBar.bold = true
        header = theme.apply("ui.title", to: base)
        header.underline = true
        row = base
        doneRow = theme.apply("ui.hint", to: base)
        selectedRow = theme.apply("ui.pane.cursor", to: base)
        if selectedRow == base { selectedRow.reverse = true }   // a theme without the scope
        filter = theme.apply("ui.prompt", to: base)
        filter.bold = true
        hint = theme.apply("ui.hint", to: base)
        match = theme.apply("search.current", to: base)
    }
}
