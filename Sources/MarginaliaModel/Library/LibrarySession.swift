import FoundationEssentials
import MarginaliaText
import MarginaliaLibrary

/// Everything the reader needs from the library, behind a few calls so the reader's hooks stay
/// tiny: which article to open first, `]`/`[`, the `L` list, `:find`/`:entity` with their
/// results pane, the background index and its progress text, and remembering positions.
///
/// Hooks in the reader (keys reach the list and the results pane through the reader's keymap,
/// the `library`, `filter` and `hits` rows of the command table):
///     session = LibrarySession.open(paths:environment:)           // at start; nil for no paths
///     session.render(into: &grid, width:, height:, status:)       // when isShowingOverlay
///     session.runCommand(":find Berlin")                          // the ':' line
///     session.didOpen(article:) / session.leave(article:position:) / session.shutdown()
public final class LibrarySession {
    public let library: Library
    public let browser: LibraryBrowser
    public private(set) var hitList: HitListView?
    public private(set) var isListVisible = false
    /// The article open in the reader (set by `didOpen`).
    public private(set) var currentArticle: Int?
    private var builder: IndexBuilder?
    /// Articles shown at least once this session (their remembered position is restored once).
    private var shown: Set<Int> = []
    /// Restored positions still waiting for the article's sentences to select one there.
    public var pendingSelection: [Int: Int] = [:]

    public init(library: Library) {
        self.library = library
        self.browser = LibraryBrowser(library: library)
    }

    /// Discovers `paths` and loads the library state of `environment`'s `XDG_DATA_HOME`.
    public static func open(paths: [String], environment: [String: String], readOnly: Bool = false) -> LibrarySession {
        LibrarySession(library: Library.open(paths: paths, environment: environment, readOnly: readOnly))
    }

    /// Why nothing can be opened (all paths missing or unsupported), as one line; nil if fine.
    public var openError: String? {
        guard library.isEmpty else { return nil }
        if let first = library.skipped.first {
            return library.skipped.count == 1 ? first.description : "nothing to read: \(first.description) (and \(library.skipped.count - 1) more skipped)"
        }
        return "nothing to read: no articles found"
    }

    /// The article to show first: the last one open in this library, else the first.
    public var startArticle: Int? { library.isEmpty ? nil : (library.lastArticleIndex ?? 0) }

    // MARK: Index

    /// Starts building the entity index in the background (once), on every core, from the
    /// cache beside the library state where articles are unchanged.
    public func startIndexing() {
        guard builder == nil, library.count > 0 else { return }
        let b = IndexBuilder(source: library.textSource, cachePath: library.entityIndexCachePath,
                             writeCache: !library.stateStore.isReadOnly)
        builder = b
        b.start()
    }

    public var index: CorpusIndex? { builder?.index }

    /// Blocks until the index is built (tests and benchmarks; the reader never waits for it).
    public func waitForIndex() { builder?.wait() }

    /// For the status line: the progress bar while the index builds (after a cache problem,
    /// its one-line notice), else "".
    public var statusText: String {
        guard let index = builder?.index else { return "" }
        let progress = index.progress.statusText
        guard !progress.isEmpty, let notice = index.notice else { return progress }
        return notice + "; " + progress
    }

    // MARK: Reader

    /// The reader opened entry `article` (status new -> in progress, last article remembered).
    public func didOpen(article: Int) {
        currentArticle = article
        library.didOpen(at: article)
        browser.invalidate()
    }

    /// Records that `article` is being shown; true the first time this session.
    public func markShown(article: Int) -> Bool { shown.insert(article).inserted }

    /// Makes `article` the current one without touching the state (the reader knows better).
    public func setCurrent(article: Int) { currentArticle = article }

    /// The reader leaves the current article (another article, quit, flush) at `position`
    /// (code-point offset of the top line or the selection); the state is saved.
    public func leave(article: Int, position: Int) {
        library.setPosition(position, at: article)
        library.save()
    }

    /// The remembered position of `article` (0 if never opened).
    public func position(of article: Int) -> Int { library.position(at: article) }

    /// The next/previous article in the list's order (its filter and sort), from the current
    /// one, wrapping around at the ends; nil when there is no other article. When the filter
    /// leaves nothing else (or hides the current article), the whole library in the list's sort.
    public func neighbour(of article: Int, step: Int) -> Int? {
        var order = browser.order
        if order.count < 2 || !order.contains(article) { order = library.order(filter: "", sort: browser.sort) }
        guard order.count > 1, let at = order.firstIndex(of: article) else { return nil }
        let target = ((at + step) % order.count + order.count) % order.count
        return order[target] == article ? nil : order[target]
    }

    // MARK: Overlays (the list and the results pane)

    public var isShowingOverlay: Bool { isListVisible || hitList != nil }

    /// `L`: shows the list (the cursor on the article open in the reader) or hides it.
    public func toggleList() {
        isListVisible.toggle()
        if isListVisible, let current = currentArticle { browser.select(article: current) }
    }

    public func hideList() { isListVisible = false }

    /// Closes the results pane of `:find`/`:entity`.
    public func closeHits() {
        hitList?.cancel()
        hitList = nil
    }

    /// Draws the list or the results pane with the styles and key hints the host gives.
    public func render(into grid: inout CellGrid, x: Int = 0, y: Int = 0, width: Int, height: Int, look: LibraryLook = LibraryLook()) {
        browser.styles = look.styles
        browser.hint = look.listHint
        browser.filterHint = look.filterHint
        hitList?.styles = look.styles
        if let hits = hitList {
            hits.render(into: &grid, library: library, x: x, y: y, width: width, height: height)
        } else if isListVisible {
            browser.render(into: &grid, x: x, y: y, width: width, height: height, status: statusText)
        }
    }

    // MARK: Commands

    /// The library's `:` commands: `:find TEXT`, `:entity NAME`, `:library`. Returns nil when
    /// the line is not one of them, else a status-line message (empty for none).
    public func runCommand(_ line: String) -> String? {
        let trimmed = line.hasPrefix(":") ? String(line.dropFirst()) : line
        let parts = trimmed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let name = parts.first.map(String.init), let command = LibrarySession.commands[name] else { return nil }
        let argument = parts.count > 1 ? parts[1].trimmingSpaces : ""
        switch command {
        case .library:
            isListVisible = true
            if let current = currentArticle { browser.select(article: current) }
            return ""
        case .find, .entity:
            guard !argument.isEmpty else { return "usage: :\(name) \(command == .find ? "TEXT" : "NAME")" }
            hitList?.cancel()
            if command == .find {
                let search = FindSearch(query: argument, source: library.textSource, limit: HitListView.limit)
                search.start()
                hitList = HitListView(find: search)
                return ""
            }
            startIndexing()
            guard let index else { return "nothing to search" }
            let view = HitListView(query: .entity(argument), index: index)
            hitList = view
            return view.hits.isEmpty ? "no mentions\(view.partialNote.isEmpty ? "" : " yet (\(view.partialNote))")" : ""
        }
    }

    enum Command { case find, entity, library }
    static let commands: [String: Command] = ["find": .find, "entity": .entity, "library": .library]

    /// Saves the state and stops the index (quit).
    public func shutdown() {
        builder?.cancel()
        hitList?.cancel()
        library.save()
    }
}
