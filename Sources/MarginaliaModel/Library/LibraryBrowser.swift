import MarginaliaText
import MarginaliaLibrary

/// The library list (`L`): the articles with title, source, date, words, language, annotations
/// and status; `/` filters, cycle the sort, `Enter` opens, `D` marks done. Holds the list's
/// state (filter, sort, selection, scroll) and renders into a `CellGrid`; the reader's keymap
/// (the `library` and `filter` contexts of the command table) calls its commands.
public final class LibraryBrowser {
    public let library: Library
    public private(set) var filter = ""
    public private(set) var sort: LibrarySort = .original
    /// True while keys go into the filter (after `/`, until Enter or Esc).
    public private(set) var isTypingFilter = false
    /// The entry under the cursor, kept across filter and sort changes when still listed.
    public private(set) var selectedArticle: Int?
    public var styles = LibraryStyles()
    /// The keys line at the bottom, from the keymap (the host sets it, so rebound keys show).
    public var hint = ""
    /// The same while the filter is typed.
    public var filterHint = ""
    private var orderCache: [Int]?
    private var top = 0
    private var lastListHeight = 20

    public init(library: Library) {
        self.library = library
        selectedArticle = library.isEmpty ? nil : 0
    }

    /// Entry indices in display order (filtered and sorted).
    public var order: [Int] {
        if let orderCache { return orderCache }
        let o = library.order(filter: filter, sort: sort)
        orderCache = o
        return o
    }

    /// Call when statuses or annotations may have changed (the list re-sorts by status).
    public func invalidate() { orderCache = nil }

    /// Puts the cursor on `article` (e.g. the article open in the reader when the list opens).
    public func select(article: Int) {
        selectedArticle = article
        isTypingFilter = false
        revealSelection()
    }

    private var selectedRow: Int? { selectedArticle.flatMap { order.firstIndex(of: $0) } }

    // MARK: Commands (the keymap's library and filter rows call these)

    /// The entry under the cursor.
    public var selectedEntry: Int? { selectedRow.map { order[$0] } }

    /// Rows a page moves.
    public var pageSize: Int { max(1, lastListHeight - 1) }

    public func moveToTop() { if let first = order.first { selectedArticle = first; revealSelection() } }
    public func moveToBottom() { if let last = order.last { selectedArticle = last; revealSelection() } }

    /// Marks the entry under the cursor done (or back in progress); its new status.
    @discardableResult
    public func toggleDoneOfSelection() -> ArticleStatus? {
        guard let entry = selectedEntry else { return nil }
        let status = library.toggleDone(at: entry)
        if sort == .status || !filter.isEmpty { orderCache = nil }
        return status
    }

    public func cycleSort() {
        sort = sort.next
        orderCache = nil
        revealSelection()
    }

    /// `/`: keys now go into the filter line until Enter or Esc.
    public func startFilter() { isTypingFilter = true }

    public func typeFilter(_ c: Character) {
        guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        setFilter(filter + String(c))
    }

    /// Backspace in the filter line: the last character; on an empty line, leaves it.
    public func deleteFilterCharacter() {
        if filter.isEmpty { isTypingFilter = false } else { setFilter(String(filter.dropLast())) }
    }

    /// Enter in the filter line: stop typing, keep the filter.
    public func endFilter() { isTypingFilter = false }

    /// Esc: stop typing and show every article again; the cursor stays on the article it was on.
    public func clearFilter() {
        isTypingFilter = false
        if !filter.isEmpty { setFilter("") }
    }

    private func setFilter(_ text: String) {
        filter = text
        orderCache = nil
        // The cursor stays on its article while the filter shows it, and while it shows
        // nothing (so clearing the filter finds it where it was).
        if selectedRow == nil, let first = order.first { selectedArticle = first }
        top = 0
        revealSelection()
    }

    public func moveSelection(by delta: Int) {
        let rows = order
        guard !rows.isEmpty else { return }
        let current = selectedRow ?? 0
        selectedArticle = rows[max(0, min(rows.count - 1, current + delta))]
        revealSelection()
    }

    private func revealSelection() {
        guard let row = selectedRow else { top = 0; return }
        if row < top { top = row }
        if row >= top + lastListHeight { top = row - lastListHeight + 1 }
    }

    // MARK: Rendering

    /// Draws the list into the rectangle; `status` (e.g. index progress) goes in the title bar.
    public func render(into grid: inout CellGrid, x: Int = 0, y: Int = 0, width: Int, height: Int, status: String = "") {
        guard width > 0, height > 0 else { return }
        let rows = order
        // Title bar.
        var title = " Library: " + (rows.count == library.count ? library.summary : "\(rows.count) of \(library.summary)")
        title += " · sort: \(sort.label)"
        if !status.isEmpty { title += " · " + status }
        GridText.fill(row: y, x: x, width: width, into: &grid, style: styles.titleBar)
        GridText.put(title, x: x, y: y, maxWidth: width, into: &grid, style: styles.titleBar)
        guard height > 2 else { return }
        // Filter line at the bottom.
        let bottom = y + height - 1
        GridText.fill(row: bottom, x: x, width: width, into: &grid, style: styles.hint)
        if isTypingFilter || !filter.isEmpty {
            let prompt = " filter: " + filter + (isTypingFilter ? "▏" : "") + (rows.isEmpty ? "   (no match)" : "")
                + "   " + (isTypingFilter ? filterHint : hint)
            GridText.put(prompt, x: x, y: bottom, maxWidth: width, into: &grid, style: styles.filter)
        } else {
            GridText.put(" " + hint, x: x, y: bottom, maxWidth: width, into: &grid, style: styles.hint)
        }
        // Column headers and rows.
        let columns = LibraryColumns(width: width)
        GridText.fill(row: y + 1, x: x, width: width, into: &grid, style: styles.header)
        GridText.put(columns.header, x: x, y: y + 1, maxWidth: width, into: &grid, style: styles.header)
        lastListHeight = max(1, height - 3)
        revealSelection()
        for r in 0..<lastListHeight {
            let rowIndex = top + r
            guard rowIndex < rows.count else { break }
            let i = rows[rowIndex]
            let status = library.status(at: i)
            let selected = i == selectedArticle
            var style = status == .done ? styles.doneRow : styles.row
            if selected { style = styles.selectedRow }
            let line = columns.line(metadata: library.metadata(at: i), status: status, annotations: library.annotationCount(at: i))
            GridText.fill(row: y + 2 + r, x: x, width: width, into: &grid, style: style)
            GridText.put(line, x: x, y: y + 2 + r, maxWidth: width, into: &grid, style: style)
        }
        if !library.skipped.isEmpty && rows.count < lastListHeight && filter.isEmpty {
            // Room left: say what was skipped, so nothing is silently lost.
            var r = rows.count + 1
            for item in library.skipped where r < lastListHeight {
                GridText.put(" skipped " + item.description, x: x, y: y + 2 + r, maxWidth: width, into: &grid, style: styles.hint)
                r += 1
            }
        }
    }
}

/// How the library views look: styles from the theme and key hints from the keymap (the host
/// passes them when it draws, so a rebound key shows).
public struct LibraryLook: Sendable {
    public var styles = LibraryStyles()
    public var listHint = ""
    public var filterHint = ""

    public init(styles: LibraryStyles = LibraryStyles(), listHint: String = "", filterHint: String = "") {
        self.styles = styles
        self.listHint = listHint
        self.filterHint = filterHint
    }
}

/// Styles of the library views (defaults readable without colour: reverse, bold, dim).
public struct LibraryStyles: Sendable {
    public var titleBar = Style(bold: true, reverse: true)
    public var header = Style(bold: true, underline: true)
    public var row = Style.plain
    public var doneRow = Style(dim: true)
    public var selectedRow = Style(reverse: true)
    public var filter = Style(bold: true)
    public var hint = Style(dim: true)
    public var match = Style(bold: true, underline: true)

    public init() {}
}

/// The list's columns, dropping the less important ones on narrow terminals.
struct LibraryColumns {
    let showSource: Bool, showLanguage: Bool, showWords: Bool, showDate: Bool
    let titleWidth: Int
    static let statusWidth = 11, sourceWidth = 16, dateWidth = 10, wordsWidth = 6, languageWidth = 4, annotationsWidth = 4

    init(width: Int) {
        showDate = width >= 50
        showWords = width >= 60
        showLanguage = width >= 70
        showSource = width >= 90
        var fixed = 1 + LibraryColumns.statusWidth + 1 + LibraryColumns.annotationsWidth + 1
        if showSource { fixed += LibraryColumns.sourceWidth + 1 }
        if showDate { fixed += LibraryColumns.dateWidth + 1 }
        if showWords { fixed += LibraryColumns.wordsWidth + 1 }
        if showLanguage { fixed += LibraryColumns.languageWidth + 1 }
        titleWidth = max(8, width - fixed)
    }

    var header: String {
        compose(status: "status", title: "title", source: "source", date: "date", words: "words", language: "lang", annotations: "ann")
    }

    func line(metadata m: ArticleMetadata, status: ArticleStatus, annotations: Int?) -> String {
        let ann = annotations.map { $0 < 0 ? "!" : String($0) } ?? "·"
        return compose(status: status.label, title: m.title, source: m.source ?? "", date: m.date.map { String($0.prefix(10)) } ?? "",
                       words: m.words.map(String.init) ?? "", language: m.language.map { $0 == .unknown ? "?" : $0.rawValue } ?? "", annotations: ann)
    }

    private func compose(status: String, title: String, source: String, date: String, words: String, language: String, annotations: String) -> String {
        var s = " " + GridText.fit(status, LibraryColumns.statusWidth) + " " + GridText.fit(title, titleWidth)
        if showSource { s += " " + GridText.fit(source, LibraryColumns.sourceWidth) }
        if showDate { s += " " + GridText.fit(date, LibraryColumns.dateWidth) }
        if showWords { s += " " + GridText.fit(words, LibraryColumns.wordsWidth, alignRight: true) }
        if showLanguage { s += " " + GridText.fit(language, LibraryColumns.languageWidth, alignRight: true) }
        s += " " + GridText.fit(annotations, LibraryColumns.annotationsWidth, alignRight: true)
        return s
    }
}
