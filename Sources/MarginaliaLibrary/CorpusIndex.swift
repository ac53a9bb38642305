import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far the background entity index has got; `statusText` is for the status line.
public struct IndexProgress: Sendable, Equatable {
    public enum Phase: String, Sendable { case entities, done, cancelled }
    public var phase: Phase
    public var done: Int
    public var total: Int
    /// Articles taken from the on-disk cache (unchanged since it was written), of `done`.
    public var cached = 0

    public init(phase: Phase, done: Int, total: Int, cached: Int = 0) {
        self.phase = phase
        self.done = done
        self.total = total
        self.cached = cached
    }

    public var isComplete: Bool { phase == .done }

    /// "entities ▕████░░░░░░▏ 41% 4100/10000" while the index builds, "" when complete.
    public var statusText: String {
        guard phase == .entities, total > 0 else { return "" }
        return "entities " + IndexProgress.bar(done, of: total) + " \(done * 100 / total)% \(done)/\(total)"
    }

    /// A text progress bar of `width` cells (full and light shade blocks between edge marks).
    public static func bar(_ done: Int, of total: Int, width: Int = 10) -> String {
        let full = total > 0 ? min(width, done * width / total) : 0
        return "▕" + String(repeating: "█", count: full) + String(repeating: "░", count: width - full) + "▏"
    }
}

/// One place where `:find` text or an `:entity` name occurs.
public struct IndexHit: Sendable, Equatable {
    /// Index into `Library.entries`.
    public var article: Int
    /// Code-point span of the occurrence in the article's text.
    public var span: Span
    /// For entity hits: the mention's type and its canonical name.
    public var type: EntityType?
    public var canonical: String?

    public init(article: Int, span: Span, type: EntityType? = nil, canonical: String? = nil) {
        self.article = article
        self.span = span
        self.type = type
        self.canonical = canonical
    }
}

/// The cross-article entity index: every entity mention by canonical name, for `:entity`.
/// Filled by `IndexBuilder`'s workers (from the analysis, or from the on-disk cache), queried
/// from the UI thread; a mutex guards it and is held only to append or to take a snapshot.
/// `:find` needs no index: `FindSearch` streams through the articles themselves, so the
/// folded texts of a big corpus never sit in memory.
public final class CorpusIndex: Sendable {
    /// 16 bytes per mention: a 100,000-article corpus has a few million.
    struct Posting { var article: Int32; var start: Int32; var end: Int32; var type: EntityType }

    /// Everything the builder adds, behind one mutex.
    struct Contents {
        var names: [String] = []            // canonical names as first seen
        var foldedNames: [[Substring]] = [] // their folded words
        var nameIDs: [String: Int32] = [:]
        var postings: [[Posting]] = []      // per name id
        var languages: [Int: Language] = [:]
        var progress: IndexProgress
        var failures: [Int: String] = [:]
        var notice: String?
    }

    private let contents: Mutex<Contents>
    public let articleCount: Int

    public init(articleCount: Int) {
        self.articleCount = articleCount
        self.contents = Mutex(Contents(progress: IndexProgress(phase: articleCount == 0 ? .done : .entities, done: 0, total: articleCount)))
    }

    public var progress: IndexProgress { contents.withLock { $0.progress } }

    /// Articles that could not be read while indexing, with the one-line reason.
    public var failures: [Int: String] { contents.withLock { $0.failures } }

    /// A one-line message about the cache (unreadable, not saved), nil when all went well.
    public var notice: String? { contents.withLock { $0.notice } }

    // MARK: Building (called by the builder's workers)

    /// The id of canonical name `name`, added if new.
    static func intern(_ name: String, in c: inout Contents) -> Int32 {
        if let known = c.nameIDs[name] { return known }
        let id = Int32(c.names.count)
        c.nameIDs[name] = id
        c.names.append(name)
        c.foldedNames.append(TextFolding.fold(name).split(whereSeparator: { $0.isWhitespace || $0 == "-" }))
        c.postings.append([])
        return id
    }

    /// Adds the names of a cache in its order, so the cache's name ids are the index's.
    func preloadNames(_ names: [String]) {
        contents.withLock { c in for n in names { _ = CorpusIndex.intern(n, in: &c) } }
    }

    /// One article's mentions, by name id (`CachedMention.name` from `intern`/`preloadNames`).
    struct ArticleEntities {
        var article: Int
        var mentions: [CachedMention]
        var language: Language
        var fromCache: Bool
    }

    /// Adds analysed articles (canonical names still as text), one lock for the batch.
    func add(analysed: [(article: Int, mentions: [EntityMention], language: Language)]) -> [ArticleEntities] {
        contents.withLock { c in
            analysed.map { a in
                let ms = a.mentions.map { m in
                    CachedMention(name: CorpusIndex.intern(m.canonical, in: &c), start: Int32(m.span.start), end: Int32(m.span.end), type: m.type)
                }
                CorpusIndex.append(ArticleEntities(article: a.article, mentions: ms, language: a.language, fromCache: false), to: &c)
                return ArticleEntities(article: a.article, mentions: ms, language: a.language, fromCache: false)
            }
        }
    }

    /// Adds articles whose mentions already carry name ids (from the cache).
    func add(_ articles: [ArticleEntities]) {
        contents.withLock { c in for a in articles { CorpusIndex.append(a, to: &c) } }
    }

    private static func append(_ a: ArticleEntities, to c: inout Contents) {
        for m in a.mentions {
            c.postings[Int(m.name)].append(Posting(article: Int32(a.article), start: m.start, end: m.end, type: m.type))
        }
        c.languages[a.article] = a.language
        c.progress.done += 1
        if a.fromCache { c.progress.cached += 1 }
    }

    /// One article's mentions (tests and single additions).
    func addEntities(article: Int, mentions: [EntityMention], language: Language) {
        _ = add(analysed: [(article, mentions, language)])
    }

    func recordFailure(article: Int, reason: String) { contents.withLock { $0.failures[article] = reason } }

    func setNotice(_ notice: String) { contents.withLock { $0.notice = notice } }

    func setPhase(_ phase: IndexProgress.Phase) {
        contents.withLock {
            $0.progress.phase = phase
            if phase == .done { $0.progress.done = articleCount }
        }
    }

    /// Everything in the index article by article, for writing the cache: the names, and for
    /// article `i` the mentions `mentions[offsets[i]..<offsets[i + 1]]` (one counting sort of
    /// the postings, so nothing per article is kept while the index builds).
    func byArticle() -> (names: [String], offsets: [Int], mentions: [CachedMention], languages: [Int: Language]) {
        contents.withLock { c in
            var offsets = [Int](repeating: 0, count: articleCount + 1)
            for list in c.postings { for p in list { offsets[Int(p.article) + 1] += 1 } }
            for i in 0..<articleCount { offsets[i + 1] += offsets[i] }
            var next = offsets
            var mentions = [CachedMention](repeating: CachedMention(name: 0, start: 0, end: 0, type: .PER), count: offsets[articleCount])
            for (id, list) in c.postings.enumerated() {
                for p in list {
                    mentions[next[Int(p.article)]] = CachedMention(name: Int32(id), start: p.start, end: p.end, type: p.type)
                    next[Int(p.article)] += 1
                }
            }
            return (c.names, offsets, mentions, c.languages)
        }
    }

    /// Languages found by the full analysis (article index -> language), for the list.
    public var analysedLanguages: [Int: Language] { contents.withLock { $0.languages } }

    // MARK: Queries (any thread)

    /// Calls `found(byteOffset, codePointOffset)` for each non-overlapping occurrence until it
    /// returns false. memchr/memcmp find; code points are counted incrementally between matches.
    static func occurrences(of needle: [UInt8], in hay: [UInt8], _ found: (Int, Int) -> Bool) {
        guard !needle.isEmpty else { return }
        hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                guard let base = h.baseAddress, h.count >= n.count else { return }
                var from = 0
                var scalarsBefore = 0
                var counted = 0   // bytes already counted into scalarsBefore
                while from <= h.count - n.count {
                    // memchr for the first byte, memcmp for the rest (Glibc hides memmem).
                    guard let p = memchr(base + from, Int32(needle[0]), h.count - n.count - from + 1) else { return }
                    let offset = UnsafeRawPointer(p) - UnsafeRawPointer(base)
                    if memcmp(p, n.baseAddress!, n.count) != 0 { from = offset + 1; continue }
                    for k in counted..<offset where h[k] & 0xC0 != 0x80 { scalarsBefore += 1 }
                    counted = offset
                    if !found(offset, scalarsBefore) { return }
                    from = offset + n.count
                }
            }
        }
    }

    /// Mentions of the entity `name`: every canonical name whose words include all words of
    /// `name` ("putin" finds "Wladimir Putin"), case and accents ignored; in library order.
    public func entity(_ name: String, limit: Int = 1000) -> [IndexHit] {
        let words = TextFolding.fold(name).split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        guard !words.isEmpty else { return [] }
        let (names, folded, postings) = contents.withLock { ($0.names, $0.foldedNames, $0.postings) }
        var hits: [IndexHit] = []
        for id in folded.indices where words.allSatisfy({ CorpusIndex.name(folded[id], contains: $0) }) {
            for p in postings[id] {
                hits.append(IndexHit(article: Int(p.article), span: Span(Int(p.start), Int(p.end)), type: p.type, canonical: names[id]))
            }
        }
        hits.sort { ($0.article, $0.span.start) < ($1.article, $1.span.start) }
        return Array(hits.prefix(limit))
    }

    /// Whether the folded words of a canonical name contain `word`, also inflected: `merkels`
    /// (a genitive) finds `angela merkel`, `bidens` and `biden's` find `joe biden`.
    static func name(_ words: [Substring], contains word: Substring) -> Bool {
        if words.contains(word) { return true }
        for ending in ["'s", "’s", "es", "s", "n"] where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            if words.contains(word.dropLast(ending.count)) { return true }
        }
        return false
    }

    /// The known canonical names beginning with `prefix` (folded), for completing `:entity`;
    /// names of a cache that no article mentions any more are left out.
    public func entityNames(prefix: String, limit: Int = 20) -> [String] {
        let p = TextFolding.fold(prefix)
        let (names, postings) = contents.withLock { ($0.names, $0.postings) }
        return Array(names.indices.filter { !postings[$0].isEmpty && TextFolding.fold(names[$0]).hasPrefix(p) }
            .map { names[$0] }.sorted().prefix(limit))
    }
}
