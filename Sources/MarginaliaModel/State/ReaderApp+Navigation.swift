import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore

/// Scrolling, selection moves, search and switching articles.
extension ReaderApp {
    var pageHeight: Int { max(1, geometry.articleText.height) }

    /// The article view on the document shown (nil when there is none).
    var articlePane: ArticlePane? { document.map { ArticlePane(document: $0, pageHeight: pageHeight) } }

    public func scroll(by rows: Int) { articlePane?.scroll(by: rows) }
    func clampTop(_ p: ArticleLayout.Position) -> ArticleLayout.Position { articlePane?.clampTop(p) ?? p }
    public func scrollToTop() { articlePane?.scrollToEnd(bottom: false) }
    public func scrollToBottom() { articlePane?.scrollToEnd(bottom: true) }
    var visibleRange: Span? { articlePane?.visibleRange }
    func ensureVisible(_ span: Span) { articlePane?.ensureVisible(span) }
    public func center(on span: Span) { articlePane?.center(on: span) }
    func select(_ span: Span, unit: SelectionUnit, extendVisual: Bool = true) { articlePane?.select(span, unit: unit, extendVisual: extendVisual) }

    var selectionHead: Span? { articlePane?.selectionHead }

    /// Moves to the `count`-th next (or previous) unit of `spans`; says so at either end.
    func moveSelection(in spans: [Span], forward: Bool, count: Int, unit: (Int) -> SelectionUnit, name: String) {
        if let note = articlePane?.moveSelection(in: spans, forward: forward, count: count, unit: unit, name: name) { show(message: note) }
    }

    public func selectSentence(forward: Bool, count: Int = 1) {
        moveSelection(in: document?.sentences ?? [], forward: forward, count: count, unit: { .sentence($0) }, name: "sentence")
    }

    public func selectParagraph(forward: Bool, count: Int = 1) {
        moveSelection(in: document?.paragraphs ?? [], forward: forward, count: count, unit: { .paragraph($0) }, name: "paragraph")
    }

    public func selectEntity(forward: Bool, count: Int = 1) {
        guard let document else { return }
        let spans = document.caches.entitySpans.value(for: document.analysisVersion) { document.entities.map(\.span) }
        moveSelection(in: spans, forward: forward, count: count, unit: { .entity($0) }, name: "entity")
        // Say what the mention is and what can be done with it (unless at an end of the list).
        if message == nil, case .entity(let i)? = document.selection?.unit, document.entities.indices.contains(i) {
            let e = document.entities[i]
            let canonical = e.canonical != e.text && !e.canonical.isEmpty ? " = \(e.canonical)" : ""
            show(message: "\(e.type.rawValue) \(e.text)\(canonical) (\(Int((e.confidence * 100).rounded()))%) — a accept, r reject, t type")
        }
    }

    /// `v`: starts a visual range at the selection, or ends it keeping the range selected.
    public func toggleVisual() {
        if articlePane?.toggleVisual() != true { show(message: "nothing selected") }
    }

    /// `Esc`: cancels a visual range (back to where it started) and clears the search highlight.
    public func cancel() { articlePane?.cancel() }

    // MARK: Search

    public func search(_ query: String) {
        finishLoading()  // a search looks through the whole article
        guard let document else { return }
        // An empty search repeats the last one, as in less and Vim.
        let query = query.isEmpty ? (document.search?.query ?? lastSearchQuery ?? "") : query
        guard !query.isEmpty else { return }
        lastSearchQuery = query
        document.search = SearchState(query: query, matches: [])
        countMatches(document)
        guard document.search?.isCounting == true || document.search?.matches.isEmpty == false else {
            show(message: "no match: \(query)", error: true)
            return
        }
        searchNext(forward: true, count: 1, fromInclusive: true)
    }

    /// Lists the search's matches: at once in an article of ordinary length, in the background
    /// in a long one (the reader moves to the next match meanwhile; see `SearchState`).
    func countMatches(_ document: Document) {
        guard var search = document.search else { return }
        let text = document.text, query = search.query
        document.searchCount?.job.cancel()  // an older count is no longer wanted
        if text.count <= TextSearch.synchronousLimit {
            search.matches = TextSearch.find(query, in: text)
            search.isCounting = false
            search.current = search.currentSpan.flatMap { search.matches.firstIndex(of: $0) }
            document.searchCount = nil
        } else {
            search.matches = []
            search.current = nil
            search.isCounting = true
            document.searchCount = (query, BackgroundJob(on: document.jobs, cancellable: { job in
                TextSearch.find(query, in: text, isCancelled: { job.isCancelled }) ?? []
            }))
        }
        document.search = search
    }

    /// Picks up a background count of matches; true if it arrived just now.
    @discardableResult
    func pollSearchCount(wait timeout: Double = 0) -> Bool {
        guard let document, var search = document.search, search.isCounting,
              let (query, job) = document.searchCount, query == search.query,
              let matches = timeout > 0 ? job.wait(timeout: timeout) : job.result else { return false }
        let countingMessage = message
        search.matches = matches
        search.isCounting = false
        search.current = search.currentSpan.flatMap { current in
            // Binary search: a long article has 100,000s of matches.
            var lo = 0, hi = matches.count
            while lo < hi { let mid = (lo + hi) / 2; if matches[mid].start < current.start { lo = mid + 1 } else { hi = mid } }
            return lo < matches.count && matches[lo] == current ? lo : nil
        }
        document.search = search
        document.searchCount = nil
        if let i = search.current, countingMessage == Self.countingMessage(query) {
            show(message: "\(query) (\(i + 1)/\(matches.count))")
        }
        return true
    }

    static func countingMessage(_ query: String) -> String { "\(query) (counting matches…)" }

    public func searchNext(forward: Bool, count: Int = 1, fromInclusive: Bool = false) {
        guard let document, var search = document.search else { show(message: "no search (/ to search)"); return }
        if search.isCounting {
            searchNextWhileCounting(document, &search, forward: forward, count: count, fromInclusive: fromInclusive)
            return
        }
        guard !search.matches.isEmpty else { show(message: "no match: \(search.query)", error: true); return }
        let matches = search.matches
        var index: Int
        let here = searchStart(document)
        if let current = search.current, document.selection?.span == matches[current] {
            index = current
        } else if forward {
            index = (matches.firstIndex { fromInclusive ? $0.start >= here.start : $0.start > here.start } ?? matches.count) - 1
        } else {
            index = matches.firstIndex { $0.start >= here.start } ?? matches.count
        }
        var wrapped = false
        for _ in 0..<count {
            index += forward ? 1 : -1
            if index >= matches.count { index = 0; wrapped = true }
            if index < 0 { index = matches.count - 1; wrapped = true }
        }
        search.current = index
        search.currentSpan = matches[index]
        document.search = search
        select(matches[index], unit: .match, extendVisual: false)
        show(message: wrapped ? "search wrapped: \(search.query) (\(index + 1)/\(matches.count))" : "\(search.query) (\(index + 1)/\(matches.count))")
    }

    /// `n`/`N` before a long article's matches are counted: a scan from here to the next match.
    private func searchNextWhileCounting(_ document: Document, _ search: inout SearchState, forward: Bool, count: Int, fromInclusive: Bool) {
        var from: Int
        var inclusive: Bool
        if let current = search.currentSpan, document.selection?.span == current {
            from = current.start; inclusive = false
        } else {
            from = searchStart(document).start; inclusive = fromInclusive && forward
        }
        var hit: Span?
        var wrapped = false
        for _ in 0..<count {
            guard let next = TextSearch.next(search.query, in: document.text, from: from, forward: forward, inclusive: inclusive) else { break }
            hit = next.span
            wrapped = wrapped || next.wrapped
            from = next.span.start
            inclusive = false
        }
        guard let hit else {
            // Nothing anywhere: the count is known to be zero.
            document.search = SearchState(query: search.query, matches: [])
            document.searchCount?.job.cancel()
            document.searchCount = nil
            show(message: "no match: \(search.query)", error: true)
            return
        }
        search.currentSpan = hit
        document.search = search
        select(hit, unit: .match, extendVisual: false)
        show(message: wrapped ? "search wrapped: \(Self.countingMessage(search.query))" : Self.countingMessage(search.query))
    }

    /// Where `n` and `N` start from: the selection's moving end, else the top of the screen.
    private func searchStart(_ document: Document) -> Span {
        if let head = selectionHead { return head }
        let top = document.layout.row(at: document.top).span.start
        return Span(top, top)
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
