import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import Synchronization

/// Builds a `CorpusIndex` of entity mentions in the background: one worker per core, each
/// taking the next range of articles, so a 100,000-article corpus uses every core. With a
/// `cachePath`, articles whose key and raw-text hash are in the cache are taken from it
/// instead of being analysed, and the cache is rewritten (atomically) when anything changed.
/// The UI thread never waits: it reads `index.progress` and queries whenever it likes, and
/// calls `cancel()` when the app quits.
public final class IndexBuilder: @unchecked Sendable {
    public let index: CorpusIndex
    private let source: LibraryTextSource
    private let cachePath: String?
    private let writeCache: Bool
    private let workerCount: Int
    private let cancelled = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)
    private var started = false

    /// The work shared by the workers: the next article range to take, each article's hash
    /// (nil: unreadable, not cached), how many were analysed, the workers still running.
    private struct Shared {
        var next = 0
        var hashes: [UInt64?] = []
        var analysed = 0
        var running = 0
    }
    private let shared = Mutex(Shared())
    private var cache: EntityIndexCache?

    /// Articles a worker takes at a time: small enough to balance the cores, large enough that
    /// the shared lock is rarely contended.
    static let rangeSize = 32

    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `cachePath`: where the index is cached (nil: not cached); `writeCache: false` reads it
    /// but never writes (a view-only session).
    public init(source: LibraryTextSource, cachePath: String? = nil, writeCache: Bool = true, workers: Int = IndexBuilder.coreCount) {
        self.source = source
        self.cachePath = cachePath
        self.writeCache = writeCache
        self.workerCount = max(1, min(workers, source.count))
        self.index = CorpusIndex(articleCount: source.count)
    }

    /// Starts the workers (once).
    public func start() {
        guard !started else { return }
        started = true
        // The first worker reads the cache, then starts the others: reading it is part of
        // the background work, never of the reader's start.
        BackgroundThread.start(stackSize: 16 << 20, name: "marginalia-index") { [self] in
            prepare()
            shared.withLock { $0.running = workerCount }
            for _ in 1..<max(1, workerCount) {
                // The analysis pipeline may recurse deeply on odd input: a larger stack.
                BackgroundThread.start(stackSize: 16 << 20, name: "marginalia-index") { [self] in work() }
            }
            work()
        }
    }

    /// Builds the index on the calling thread (tests): the same work, one worker.
    public func runInline() {
        started = true
        prepare()
        shared.withLock { $0.running = 1 }
        work()
    }

    public func cancel() { cancelled.withLock { $0 = true } }

    private var isCancelled: Bool { cancelled.withLock { $0 } }

    /// Blocks until the builder has finished or was cancelled (for tests and the benchmark).
    public func wait() { if started { finished.wait(); finished.signal() } }

    /// Reads the cache (a damaged one is reported in `index.notice` and rebuilt).
    private func prepare() {
        shared.withLock { $0.hashes = Array(repeating: nil, count: source.count) }
        guard let cachePath, source.count > 0 else { return }
        do {
            cache = try EntityIndexCache.read(path: cachePath)
            if let cache { index.preloadNames(cache.names) }
        } catch {
            index.setNotice("entity index cache unreadable (\(error)); rebuilding it")
        }
    }

    private func work() {
        while !isCancelled, let range = nextRange() {
            var fromCache: [CorpusIndex.ArticleEntities] = []
            var analysed: [(article: Int, mentions: [EntityMention], language: Language)] = []
            var hashes: [Int: UInt64] = [:]
            for i in range {
                if isCancelled { break }
                let hash = try? source.contentHash(i)
                hashes[i] = hash
                if let hash, let cache, let record = cache.records[source.keys[i]], record.hash == hash {
                    fromCache.append(.init(article: i, mentions: cache.mentions(record), language: record.language, fromCache: true))
                    continue
                }
                guard let article = try? source.article(i) else {
                    index.recordFailure(article: i, reason: "cannot be read")
                    hashes[i] = nil
                    analysed.append((i, [], .unknown))
                    continue
                }
                // Entities only: the quote pass of the full analysis is not needed for the index.
                let language = LanguageDetector.detect(article.text)
                let segmentation = Segmenter.segment(article.text, language: language, knownHeadings: article.headingSpans)
                analysed.append((i, EntityRecognition.recognize(article.text, segmentation: segmentation, language: language), language))
            }
            index.add(fromCache)
            _ = index.add(analysed: analysed)
            shared.withLock { s in
                for (i, hash) in hashes { s.hashes[i] = hash }
                s.analysed += analysed.count
            }
        }
        let last = shared.withLock { s in s.running -= 1; return s.running == 0 }
        guard last else { return }
        if isCancelled {
            index.setPhase(.cancelled)
        } else {
            saveCache()
            index.setPhase(.done)
        }
        finished.signal()
    }

    private func nextRange() -> Range<Int>? {
        shared.withLock { s in
            guard s.next < source.count else { return nil }
            defer { s.next = min(source.count, s.next + IndexBuilder.rangeSize) }
            return s.next..<min(source.count, s.next + IndexBuilder.rangeSize)
        }
    }

    /// Rewrites the cache when an article was analysed or dropped since it was written.
    private func saveCache() {
        guard let cachePath, writeCache, source.count > 0 else { return }
        let (hashes, analysed) = shared.withLock { s in (s.hashes, s.analysed) }
        let cached = hashes.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        if analysed == 0, let cache, cache.records.count == cached { return }
        let all = index.byArticle()
        let bytes = EntityIndexCache.encode(names: all.names, recordCount: cached, sizeHint: all.mentions.count * 6 + cached * 48) { w in
            for (i, hash) in hashes.enumerated() {
                guard let hash else { continue }
                w.record(.init(key: source.keys[i], hash: hash, language: all.languages[i] ?? .unknown,
                               mentions: Array(all.mentions[all.offsets[i]..<all.offsets[i + 1]])))
            }
        }
        do {
            try AtomicFileWriter().write(bytes, to: cachePath)
        } catch {
            index.setNotice("entity index cache not saved: \(error)")
        }
    }
}
