import FoundationEssentials
import MarginaliaText
import Synchronization
import Dispatch

/// `:find TEXT` over a library of any size, streamed: one worker per core takes the next range
/// of articles, reads each from disk and searches its folded text (case and accents ignored,
/// see `TextFolding`). Hits are published in library order as soon as every range before
/// theirs is done, so the results pane fills while the search runs; nothing of the texts is
/// kept (a 240 MB corpus is searched in a few MB). The UI polls `snapshot`; `cancel()` stops it.
public final class FindSearch: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        /// Hits so far, in library order (at most `limit`).
        public var hits: [IndexHit] = []
        /// Articles searched so far (all before the last published hit's range).
        public var searched = 0
        public var total = 0
        /// Every article searched, or `limit` hits found.
        public var finished = false
        public var cancelled = false
        /// Changes whenever anything above does (the pane redraws only then).
        public var version = 0
    }

    public let query: String
    public let limit: Int
    private let needle: [UInt8]
    private let needleScalars: Int
    private let source: LibraryTextSource
    private let rangeSize: Int
    private let workerCount: Int

    private struct State {
        var snapshot: Snapshot
        var next = 0                     // the next range to hand out
        var done: [Int: [IndexHit]] = [:] // finished ranges not yet published (a later range done first)
        var published = 0                // ranges published, in order
        var running = 0
    }
    private let state: Mutex<State>
    private let stopped = DispatchSemaphore(value: 0)
    private var started = false

    public init(query: String, source: LibraryTextSource, limit: Int = 5000, rangeSize: Int = 64,
                workers: Int = IndexBuilder.coreCount) {
        self.query = query
        self.limit = limit
        self.needle = TextFolding.foldedUTF8(query.unicodeScalars)
        self.needleScalars = query.unicodeScalars.count
        self.source = source
        self.rangeSize = max(1, rangeSize)
        self.workerCount = max(1, min(workers, (source.count + rangeSize - 1) / max(1, rangeSize)))
        let empty = needle.isEmpty || source.count == 0
        state = Mutex(State(snapshot: Snapshot(total: source.count, finished: empty)))
    }

    public var snapshot: Snapshot { state.withLock { $0.snapshot } }

    /// Starts the workers.
    public func start() {
        guard !snapshot.finished, !started else { return }
        started = true
        state.withLock { $0.running = workerCount }
        // At the normal priority, unlike the index's workers (nice +10): the user is waiting
        // for these results, the index can wait for them.
        for _ in 0..<workerCount {
            SystemThread.start(stackSize: 8 << 20, name: "marginalia-find") { [self] in work(afterEachRange: nil) }
        }
    }

    /// Searches on the calling thread (tests): `afterEachRange` sees every increment.
    public func runInline(afterEachRange: ((Snapshot) -> Void)? = nil) {
        guard !snapshot.finished, !started else { return }
        started = true
        state.withLock { $0.running = 1 }
        work(afterEachRange: afterEachRange)
    }

    /// Stops the search; the hits so far stay.
    public func cancel() {
        state.withLock { s in
            guard !s.snapshot.finished, !s.snapshot.cancelled else { return }
            s.snapshot.cancelled = true
            s.snapshot.version += 1
        }
    }

    private var ranges: Int { (source.count + rangeSize - 1) / rangeSize }

    private func work(afterEachRange: ((Snapshot) -> Void)?) {
        while let r = nextRange() {
            var hits: [IndexHit] = []
            for article in (r * rangeSize)..<min(source.count, (r + 1) * rangeSize) {
                // An unreadable article is simply not found here; opening it reports why.
                guard let text = try? source.article(article).text else { continue }
                let hay = TextFolding.foldedUTF8(text.scalars)
                CorpusIndex.occurrences(of: needle, in: hay) { _, scalarOffset in
                    hits.append(IndexHit(article: article, span: Span(scalarOffset, scalarOffset + needleScalars)))
                    return hits.count < limit
                }
            }
            let snapshot = publish(range: r, hits: hits)
            afterEachRange?(snapshot)
        }
        let last = state.withLock { s in s.running -= 1; return s.running == 0 }
        if last { stopped.signal() }
    }

    /// Blocks until every worker has stopped (tests and the benchmark; the reader never waits).
    public func wait() { if started { stopped.wait(); stopped.signal() } }

    /// The next range to search, nil when there is none (or the search is over).
    private func nextRange() -> Int? {
        state.withLock { s in
            guard !s.snapshot.finished, !s.snapshot.cancelled, s.next < ranges else { return nil }
            defer { s.next += 1 }
            return s.next
        }
    }

    /// Records range `r`'s hits and publishes every range now complete in order.
    private func publish(range r: Int, hits: [IndexHit]) -> Snapshot {
        state.withLock { s in
            s.done[r] = hits
            guard !s.snapshot.cancelled else { return s.snapshot }
            while let ready = s.done.removeValue(forKey: s.published) {
                s.snapshot.hits.append(contentsOf: ready.prefix(limit - s.snapshot.hits.count))
                s.published += 1
                s.snapshot.searched = min(source.count, s.published * rangeSize)
                s.snapshot.version += 1
                if s.snapshot.hits.count >= limit || s.published == ranges {
                    s.snapshot.finished = true
                    break
                }
            }
            return s.snapshot
        }
    }
}
