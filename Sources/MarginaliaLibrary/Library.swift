import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// The articles the reader was started with, and what the user did with each (status, position,
/// last article), remembered between sessions. Lives on the UI thread; the background index
/// reads articles through `textSource`, a thread-safe snapshot.
public final class Library {
    /// The paths as given on the command line.
    public let paths: [String]
    /// Names this library in the state file (its last article is remembered per library).
    public let libraryKey: String
    public private(set) var entries: [LibraryEntry]
    public let corpora: [JSONLinesCorpus]
    public let skipped: [SkippedItem]
    public let stateStore: LibraryStateStore
    /// For `XDG_DATA_HOME` (annotation files of read-only folders).
    public let environment: [String: String]
    private let annotationCounter = AnnotationCounter()
    private var haystacks: [[UInt8]?]
    private var sortTitles: [String?]
    private var indexByKey: [String: Int]

    public init(discovery: DiscoveryResult, paths: [String], stateStore: LibraryStateStore,
                environment: [String: String] = ProcessEnvironment.variables) {
        self.paths = paths
        self.environment = environment
        self.libraryKey = paths.map(LibraryPaths.absolute).sorted().joined(separator: "\n")
        self.entries = discovery.entries
        self.corpora = discovery.corpora
        self.skipped = discovery.skipped
        self.stateStore = stateStore
        self.haystacks = Array(repeating: nil, count: discovery.entries.count)
        self.sortTitles = Array(repeating: nil, count: discovery.entries.count)
        var keys: [String: Int] = [:]
        keys.reserveCapacity(discovery.entries.count)
        for (i, e) in discovery.entries.enumerated() where keys[e.key] == nil { keys[e.key] = i }
        self.indexByKey = keys
    }

    /// Discovers `paths` and loads the state from `$XDG_DATA_HOME` of `environment`.
    /// `readOnly`: positions and the last article are not saved (a view-only session writes nothing).
    public static func open(paths: [String], environment: [String: String], readOnly: Bool = false) -> Library {
        Library(discovery: LibraryDiscovery.discover(paths: paths), paths: paths,
                stateStore: LibraryStateStore(environment: environment, readOnly: readOnly), environment: environment)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public func index(ofKey key: String) -> Int? { indexByKey[key] }

    /// A one-line summary for the status line: "10000 articles, 2 skipped".
    public var summary: String {
        var s = "\(entries.count) article\(entries.count == 1 ? "" : "s")"
        if !skipped.isEmpty { s += ", \(skipped.count) skipped" }
        return s
    }

    // MARK: Articles

    /// The list's fields of entry `i`, completed on first use: a file is read for its title,
    /// words and language; a corpus article's language is guessed from the start of its text.
    public func metadata(at i: Int) -> ArticleMetadata {
        if !entries[i].metadataComplete { completeFileMetadata(i) }
        if entries[i].metadata.words == nil, case .corpusLine(let c, let line) = entries[i].location {
            entries[i].metadata.words = corpora[c].wordCount(of: line)
        }
        if entries[i].metadata.language == nil, case .corpusLine(let c, let line) = entries[i].location {
            let prefix = (try? corpora[c].textPrefix(of: line, maxBytes: 4000)) ?? ""
            entries[i].metadata.language = LanguageDetector.detect(ArticleText(prefix))
            haystacks[i] = nil
        }
        return entries[i].metadata
    }

    /// Records what the reader or the index learnt about an article (e.g. its language after
    /// a full analysis), so the list shows the better value.
    public func update(metadataAt i: Int, language: Language?, words: Int?) {
        if let language { entries[i].metadata.language = language; haystacks[i] = nil }
        if let words { entries[i].metadata.words = words }
    }

    private func completeFileMetadata(_ i: Int) {
        entries[i].metadataComplete = true
        guard case .file(let path) = entries[i].location, let article = try? ArticleLoader.load(path: path) else { return }
        if let title = ArticleTitle.derive(for: article) { entries[i].metadata.title = title }
        entries[i].metadata.words = WordCount.count(article.text)
        entries[i].metadata.language = LanguageDetector.detect(article.text)
        haystacks[i] = nil
        sortTitles[i] = nil
    }

    /// Loads entry `i` for the reader. Throws `LoadError` (one-line description).
    public func article(at i: Int) throws -> LoadedArticle {
        try textSource.article(i)
    }

    /// Entry `i`'s file, nil for an article of a JSON-lines corpus.
    public func filePath(at i: Int) -> String? {
        if case .file(let path) = entries[i].location { return path }
        return nil
    }

    /// A path naming entry `i` for the reader's title and messages: the file, or `corpus#key`.
    public func displayPath(at i: Int) -> String {
        switch entries[i].location {
        case .file(let path): return path
        case .corpusLine(let c, _): return corpora[c].path + "#" + (entries[i].corpusArticleKey ?? "")
        }
    }

    /// A snapshot that background threads may use to read articles.
    public var textSource: LibraryTextSource {
        LibraryTextSource(locations: entries.map(\.location), corpora: corpora, keys: entries.map(\.key))
    }

    /// Where the entity index of this library is cached: beside the library state, one file
    /// per library (`entity-index/<hash of the paths>.bin`).
    public var entityIndexCachePath: String {
        PathText.parent(stateStore.path) + "/entity-index/" + String(SHA256.hex(of: libraryKey).prefix(16)) + ".bin"
    }

    /// Where entry `i`'s annotations are kept: pass it to the store as
    /// `AnnotationStore.OpenOptions.location` (corpus articles need it; files get the store's rule).
    public func annotationLocation(at i: Int) -> AnnotationFileLocation {
        AnnotationLocation.resolve(entries[i], in: self)
    }

    /// Where entry `i`'s annotations are saved.
    public func annotationPath(at i: Int) -> String { annotationLocation(at: i).path }

    /// nil when the article has no annotation file; -1 when the file cannot be read.
    public func annotationCount(at i: Int) -> Int? {
        guard let path = annotationLocation(at: i).readPath else { return nil }
        switch annotationCounter.count(atPath: path) {
        case .none: return nil
        case .some(let n): return n
        case .unreadable: return -1
        }
    }

    // MARK: State

    public func status(at i: Int) -> ArticleStatus { stateStore.article(entries[i].key)?.status ?? .new }

    /// The code-point offset to restore when the article is opened again (0 if never opened).
    public func position(at i: Int) -> Int { stateStore.article(entries[i].key)?.position ?? 0 }

    /// The reader opened entry `i`: a new article becomes in progress, and it is the library's
    /// last article. Saved at once (a crash keeps it).
    public func didOpen(at i: Int, now: Date = Date()) {
        stateStore.update(entries[i].key, now: now) { if $0.status == .new { $0.status = .inProgress } }
        stateStore.setLastArticle(entries[i].key, library: libraryKey, now: now)
        stateStore.save()
    }

    /// The reader left entry `i` (or is saving) at this code-point offset. Not saved until `save()`.
    public func setPosition(_ offset: Int, at i: Int, now: Date = Date()) {
        guard position(at: i) != offset else { return }
        stateStore.update(entries[i].key, now: now) { $0.position = max(0, offset); if $0.status == .new { $0.status = .inProgress } }
    }

    /// `D`: done, or back to in progress if it was done. Saved at once.
    @discardableResult
    public func toggleDone(at i: Int, now: Date = Date()) -> ArticleStatus {
        let newStatus: ArticleStatus = status(at: i) == .done ? .inProgress : .done
        setStatus(newStatus, at: i, now: now)
        return newStatus
    }

    public func setStatus(_ status: ArticleStatus, at i: Int, now: Date = Date()) {
        stateStore.update(entries[i].key, now: now) { $0.status = status }
        stateStore.save()
    }

    /// The article to reopen: the last one open in this library, if it is still in it.
    public var lastArticleIndex: Int? {
        stateStore.lastArticle(library: libraryKey).flatMap { indexByKey[$0] }
    }

    @discardableResult
    public func save() -> Bool { stateStore.save() }

    // MARK: Filtering and sorting

    /// Entry indices in display order: those whose title, source, date, id/file name, language
    /// or status contain every word of `filter` (case and accents ignored), sorted by `sort`.
    public func order(filter: String, sort: LibrarySort) -> [Int] {
        let terms = TextFolding.fold(filter).split(whereSeparator: { $0.isWhitespace }).map { Array($0.utf8) }
        var indices = Array(entries.indices)
        if !terms.isEmpty {
            if entries.contains(where: { !$0.metadataComplete }) {
                for i in entries.indices where !entries[i].metadataComplete { completeFileMetadata(i) }
            }
            indices = indices.filter { i in
                let hay = haystack(i)
                let status = Array(status(at: i).label.utf8)
                return terms.allSatisfy { Library.contains(hay, $0) || Library.contains(status, $0) }
            }
        }
        switch sort {
        case .original:
            return indices
        case .title:
            for i in indices where !entries[i].metadataComplete { completeFileMetadata(i) }
            for i in indices where sortTitles[i] == nil { sortTitles[i] = TextFolding.fold(entries[i].metadata.title) }
            return indices.sorted { a, b in
                let x = sortTitles[a]!, y = sortTitles[b]!
                return x != y ? x < y : a < b
            }
        case .date:
            return indices.sorted { a, b in
                switch (entries[a].metadata.date, entries[b].metadata.date) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a < b
                }
            }
        case .status:
            let ranks = Dictionary(uniqueKeysWithValues: indices.map { ($0, LibrarySort.statusRank[status(at: $0)]!) })
            return indices.sorted { a, b in ranks[a]! != ranks[b]! ? ranks[a]! < ranks[b]! : a < b }
        }
    }

    /// The folded UTF-8 of the fields the filter searches (cached: filtering runs per key).
    private func haystack(_ i: Int) -> [UInt8] {
        if let h = haystacks[i] { return h }
        let e = entries[i]
        var parts = [e.metadata.title, e.metadata.source ?? "", e.metadata.date ?? "", e.metadata.language?.rawValue ?? ""]
        switch e.location {
        case .file(let path): parts.append(LibraryPaths.fileName(path))
        case .corpusLine: parts.append(e.corpusArticleKey ?? "")
        }
        let h = TextFolding.foldedUTF8(parts.joined(separator: " \u{1F} ").unicodeScalars)
        haystacks[i] = h
        return h
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        var found = false
        CorpusIndex.occurrences(of: needle, in: hay) { _, _ in found = true; return false }
        return found
    }
}

/// Reads library articles from any thread (the index builds in the background with it).
public struct LibraryTextSource: Sendable {
    public let locations: [ArticleLocation]
    public let corpora: [JSONLinesCorpus]
    /// `LibraryEntry.key` of each article (the entity index cache's keys).
    public let keys: [String]

    public var count: Int { locations.count }

    /// A hash of article `i`'s raw bytes (its text string in the corpus line, or its file),
    /// read without decoding: the cache takes an article whose hash is unchanged.
    public func contentHash(_ i: Int) throws -> UInt64 {
        switch locations[i] {
        case .file(let path):
            let data: Data
            do { data = try FileBytes.readSettings(path: path, limit: 1 << 30) } catch {
                throw LoadError.unreadable(path: path, reason: error.description)
            }
            return ContentHash.fnv(data)
        case .corpusLine(let c, let line): return try corpora[c].contentHash(of: line)
        }
    }

    public func article(_ i: Int) throws -> LoadedArticle {
        switch locations[i] {
        case .file(let path): return try ArticleLoader.load(path: path)
        case .corpusLine(let c, let line): return try corpora[c].article(line)
        }
    }
}
