import MarginaliaText

/// `/`, `n` and `N`: the search of the article shown. Its matches are the document's
/// (`Document.search`, kept per article); a long article's are counted in the background and
/// picked up by the coordinator's `tick` (`pollSearchCount`).
extension ArticlePane {
    /// `/query`: the first match from the selection on. An empty query repeats the last one, as
    /// in less and Vim (also in another article). The caller has the whole text read first.
    mutating func search(_ query: String) -> StatusNote? {
        guard let document else { return nil }
        let query = query.isEmpty ? (document.search?.query ?? lastSearchQuery ?? "") : query
        guard !query.isEmpty else { return nil }
        lastSearchQuery = query
        document.search = SearchState(query: query, matches: [])
        Self.countMatches(in: document)
        guard document.search?.isCounting == true || document.search?.matches.isEmpty == false else {
            return StatusNote("no match: \(query)", error: true)
        }
        return searchNext(forward: true, count: 1, fromInclusive: true)
    }

    /// Lists the search's matches: at once in an article of ordinary length, in the background
    /// in a long one (the reader moves to the next match meanwhile; see `SearchState`).
    static func countMatches(in document: Document) {
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

    /// Picks up a background count of matches (`wait`: block up to that many seconds). Returns
    /// whether it arrived, and the note to show: the match's number, if the status line still
    /// says the matches are being counted (`shown`).
    func pollSearchCount(shown: String?, wait timeout: Double = 0) -> (arrived: Bool, note: StatusNote?) {
        guard let document, var search = document.search, search.isCounting,
              let (query, job) = document.searchCount, query == search.query,
              let matches = timeout > 0 ? job.wait(timeout: timeout) : job.result else { return (false, nil) }
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
        guard let i = search.current, shown == Self.countingMessage(query) else { return (true, nil) }
        return (true, StatusNote("\(query) (\(i + 1)/\(matches.count))"))
    }

    static func countingMessage(_ query: String) -> String { "\(query) (counting matches…)" }

    /// `n` (`forward`) and `N`, `count` times, wrapping at either end.
    func searchNext(forward: Bool, count: Int = 1, fromInclusive: Bool = false) -> StatusNote? {
        guard let document else { return nil }
        guard var search = document.search else { return StatusNote("no search (/ to search)") }
        if search.isCounting {
            return searchNextWhileCounting(document, &search, forward: forward, count: count, fromInclusive: fromInclusive)
        }
        guard !search.matches.isEmpty else { return StatusNote("no match: \(search.query)", error: true) }
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
        let where_ = "\(search.query) (\(index + 1)/\(matches.count))"
        return StatusNote(wrapped ? "search wrapped: " + where_ : where_)
    }

    /// `n`/`N` before a long article's matches are counted: a scan from here to the next match.
    private func searchNextWhileCounting(_ document: Document, _ search: inout SearchState, forward: Bool, count: Int,
                                         fromInclusive: Bool) -> StatusNote {
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
            return StatusNote("no match: \(search.query)", error: true)
        }
        search.currentSpan = hit
        document.search = search
        select(hit, unit: .match, extendVisual: false)
        return StatusNote(wrapped ? "search wrapped: \(Self.countingMessage(search.query))" : Self.countingMessage(search.query))
    }

    /// Where `n` and `N` start from: the selection's moving end, else the top of the screen.
    private func searchStart(_ document: Document) -> Span {
        if let head = selectionHead { return head }
        let top = document.layout.row(at: document.top).span.start
        return Span(top, top)
    }
}
