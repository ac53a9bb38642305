import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far the background index has got; `statusText` is for the status line.
public struct IndexProgress: Sendable, Equatable {
    public enum Phase: String, Sendable { case text, entities, done, cancelled }
    public var phase: Phase
    public var done: Int
    public var total: Int

    public var isComplete: Bool { phase == .done }

    /// "indexing 1234/10000", "entities 1234/10000", or "" when the index is complete.
    public var statusText: String {
        switch phase {
        case .text: return "indexing \(done)/\(total)"
        case .entities: return "entities \(done)/\(total)"
        case .done, .cancelled: return ""
        }
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

/// The cross-article index: every article's text folded (lower case, no accents; see
/// `TextFolding`) for `:find`, and every entity mention by canonical name for `:entity`. Filled
/// by `IndexBuilder` on a background thread, queried from the UI thread; a mutex guards it and
/// is held only to append or to take a snapshot, never while searching.
public final class CorpusIndex: Sendable {
    struct Posting { var article: Int32; var start: Int32; var end: Int32; var type: EntityType }

    /// Everything the builder adds, behind one mutex.
    struct Contents {
        // Folded UTF-8 of articles 0..<foldedTexts.count (indexed in order).
        var foldedTexts: [[UInt8]] = []
        var entityArticles = 0
        var names: [String] = []            // canonical names as first seen
        var foldedNames: [[Substring]] = [] // their folded words
        var nameIDs: [String: Int] = [:]
        var postings: [[Posting]] = []      // per name id
        var languages: [Int: Language] = [:]
        var progress: IndexProgress
        var failures: [Int: String] = [:]
    }

    private let contents: Mutex<Contents>
    public let articleCount: Int

    public init(articleCount: Int) {
        self.articleCount = articleCount
        var contents = Contents(progress: IndexProgress(phase: articleCount == 0 ? .done : .text, done: 0, total: articleCount))
        contents.foldedTexts.reserveCapacity(articleCount)
        self.contents = Mutex(contents)
    }

    public var progress: IndexProgress { contents.withLock { $0.progress } }

    /// Articles that could not be read while indexing, with the one-line reason.
    public var failures: [Int: String] { contents.withLock { $0.failures } }

    // MARK: Building (called by the builder thread)

    func addText(_ folded: [UInt8]) {
        contents.withLock {
            $0.foldedTexts.append(folded)
            $0.progress.done = $0.foldedTexts.count
        }
    }

    func addEntities(article: Int, mentions: [EntityMention], language: Language) {
        contents.withLock { c in
            for m in mentions {
                let id: Int
                if let known = c.nameIDs[m.canonical] { id = known } else {
                    id = c.names.count
                    c.nameIDs[m.canonical] = id
                    c.names.append(m.canonical)
                    c.foldedNames.append(TextFolding.fold(m.canonical).split(whereSeparator: { $0.isWhitespace || $0 == "-" }))
                    c.postings.append([])
                }
                c.postings[id].append(Posting(article: Int32(article), start: Int32(m.span.start), end: Int32(m.span.end), type: m.type))
            }
            c.languages[article] = language
            c.entityArticles = article + 1
            c.progress.done = c.entityArticles
        }
    }

    func recordFailure(article: Int, reason: String) { contents.withLock { $0.failures[article] = reason } }

    func setPhase(_ phase: IndexProgress.Phase) {
        contents.withLock {
            $0.progress.phase = phase
            $0.progress.done = phase == .entities ? $0.entityArticles : phase == .text ? $0.foldedTexts.count : articleCount
        }
    }

    /// Languages found by the full analysis (article index -> language), for the list.
    public var analysedLanguages: [Int: Language] { contents.withLock { $0.languages } }

    // MARK: Queries (any thread)

    /// Where `text` occurs (case and accents ignored), article by article in library order,
    /// at most `limit` hits. Only articles indexed so far are searched: see `progress`.
    public func find(_ text: String, limit: Int = 1000) -> [IndexHit] {
        let needle = TextFolding.foldedUTF8(text.unicodeScalars)
        let needleScalars = text.unicodeScalars.count
        guard !needle.isEmpty else { return [] }
        let texts = contents.withLock { $0.foldedTexts }
        var hits: [IndexHit] = []
        for (article, hay) in texts.enumerated() {
            CorpusIndex.occurrences(of: needle, in: hay) { byteOffset, scalarOffset in
                hits.append(IndexHit(article: article, span: Span(scalarOffset, scalarOffset + needleScalars)))
                return hits.count < limit
            }
            if hits.count >= limit { break }
        }
        return hits
    }

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

    /// The known canonical names beginning with `prefix` (folded), for completing `:entity`.
    public func entityNames(prefix: String, limit: Int = 20) -> [String] {
        let p = TextFolding.fold(prefix)
        let names = contents.withLock { $0.names }
        return Array(names.filter { TextFolding.fold($0).hasPrefix(p) }.sorted().prefix(limit))
    }
}
