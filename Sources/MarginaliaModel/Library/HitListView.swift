import MarginaliaText
import MarginaliaLibrary

/// The results pane of `:find TEXT` and `:entity NAME`: one row per place (article title and
/// the line around the hit, the match highlighted); `Enter` jumps there (the `hits` rows of
/// the command table). `:find` streams: the pane polls its `FindSearch` on every render and
/// fills while the search runs (closing the pane stops it); `:entity` queries the index again
/// whenever it has grown. The title says when results are partial.
public final class HitListView {
    public enum Query: Equatable, Sendable {
        case find(String)
        case entity(String)
    }

    public let query: Query
    public private(set) var hits: [IndexHit]
    /// "1234/10000 articles indexed so far" while the index was incomplete at query time.
    public private(set) var partialNote = ""
    public private(set) var selected = 0
    public var styles = LibraryStyles()
    private let index: CorpusIndex?
    private let search: FindSearch?
    private var searched = -1
    private var top = 0
    private var lastHeight = 10
    private var contexts: [Int: HitContext] = [:]
    private var contextWidth = 0

    public static let limit = 5000

    public init(query: Query, index: CorpusIndex) {
        self.query = query
        self.index = index
        self.search = nil
        self.hits = []
        refresh()
    }

    /// The pane of a streaming `:find` (started by the caller).
    public init(find search: FindSearch) {
        self.query = .find(search.query)
        self.index = nil
        self.search = search
        self.hits = []
        refresh()
    }

    /// Stops a search still running (the pane is closed).
    public func cancel() { search?.cancel() }

    /// Blocks until the search has finished and takes its hits (tests and benchmarks; the reader
    /// never waits, it picks them up in `tick`).
    public func waitForSearch() {
        search?.wait()
        refresh()
    }

    /// Picks up new hits: a streaming search's or, for `:entity`, the index's if it has grown
    /// (the reader calls it from `tick`, so the pane fills in while they build); the selected
    /// row stays where it was.
    public func refresh() {
        if let search {
            let s = search.snapshot
            guard s.version != searched else { return }
            searched = s.version
            hits = s.hits   // only ever grows, so the cached context lines stay valid
            selected = min(selected, max(0, hits.count - 1))
            partialNote = s.finished ? "" : "\(s.cancelled ? "stopped after" : "searching") \(s.searched)/\(s.total) articles"
            return
        }
        guard let index, case .entity(let name) = query else { return }
        let progress = index.progress
        let done = progress.phase == .entities ? progress.done : progress.phase == .done ? progress.total : 0
        guard done != searched else { return }
        searched = done
        hits = index.entity(name, limit: HitListView.limit)
        contexts = [:]
        selected = min(selected, max(0, hits.count - 1))
        partialNote = done < progress.total ? "\(done)/\(progress.total) articles indexed so far" : ""
    }

    public var title: String {
        let what: String
        switch query {
        case .find(let t): what = "find \"\(t)\""
        case .entity(let n): what = "entity \(n)"
        }
        var s = " \(what): \(hits.count == HitListView.limit ? "\(hits.count)+" : String(hits.count)) place\(hits.count == 1 ? "" : "s")"
        let articles = Set(hits.map(\.article)).count
        if !hits.isEmpty { s += " in \(articles) article\(articles == 1 ? "" : "s")" }
        if !partialNote.isEmpty { s += " (\(partialNote))" }
        return s
    }

    /// Rows a page moves.
    public var pageSize: Int { max(1, lastHeight - 1) }

    /// The hit under the cursor.
    public var selectedHit: IndexHit? { hits.indices.contains(selected) ? hits[selected] : nil }

    /// Moves the cursor (clamped: `Int.min / 2` is the top, `Int.max / 2` the bottom).
    public func move(_ delta: Int) {
        guard !hits.isEmpty else { return }
        selected = max(0, min(hits.count - 1, selected &+ delta))
        if selected < top { top = selected }
        if selected >= top + lastHeight { top = selected - lastHeight + 1 }
    }

    public func render(into grid: inout CellGrid, library: Library, x: Int = 0, y: Int = 0, width: Int, height: Int) {
        guard width > 0, height > 0 else { return }
        GridText.fill(row: y, x: x, width: width, into: &grid, style: styles.titleBar)
        GridText.put(title, x: x, y: y, maxWidth: width, into: &grid, style: styles.titleBar)
        lastHeight = max(1, height - 1)
        if selected >= top + lastHeight { top = selected - lastHeight + 1 }
        if hits.isEmpty, height > 1 {
            GridText.put(" nothing found" + (partialNote.isEmpty ? "" : " yet (\(partialNote))"), x: x, y: y + 1, maxWidth: width, into: &grid, style: styles.hint)
            return
        }
        let titleWidth = min(30, width / 3)
        let contextWidthNow = max(10, width - titleWidth - 3)
        if contextWidthNow != contextWidth { contexts = [:]; contextWidth = contextWidthNow }
        for r in 0..<lastHeight {
            let n = top + r
            guard n < hits.count else { break }
            let hit = hits[n]
            let rowStyle = n == selected ? styles.selectedRow : styles.row
            let rowY = y + 1 + r
            GridText.fill(row: rowY, x: x, width: width, into: &grid, style: rowStyle)
            let name = GridText.fit(library.metadata(at: hit.article).title, titleWidth)
            GridText.put(" " + name + "  ", x: x, y: rowY, maxWidth: width, into: &grid, style: n == selected ? rowStyle : styles.hint)
            if contexts[n] == nil { contexts[n] = library.context(for: hit, width: contextWidth) }
            guard let context = contexts[n] else { continue }
            var matchStyle = styles.match
            if n == selected { matchStyle.reverse = true }
            GridText.put(context.line, x: x + titleWidth + 3, y: rowY, maxWidth: width - titleWidth - 3, into: &grid, style: rowStyle,
                         styleAt: { $0 >= context.matchStart && $0 < context.matchEnd ? matchStyle : nil })
        }
    }
}

extension HitListView.Query {
    var isEntity: Bool { if case .entity = self { return true } else { return false } }
}
