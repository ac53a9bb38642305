import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MarginaliaText
import MarginaliaEntities
import Synchronization

/// Builds a `CorpusIndex` on a background thread in two passes: first the folded texts (fast:
/// `:find` works early), then the entity analysis of every article (slow: the full pipeline).
/// The UI thread never waits: it reads `index.progress` and queries whenever it likes, and
/// calls `cancel()` when the app quits.
public final class IndexBuilder: @unchecked Sendable {
    public let index: CorpusIndex
    private let source: LibraryTextSource
    private let withEntities: Bool
    private let cancelled = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)
    private var started = false

    public init(source: LibraryTextSource, entities: Bool = true) {
        self.source = source
        self.withEntities = entities
        self.index = CorpusIndex(articleCount: source.count)
    }

    /// Starts the worker thread (once).
    public func start() {
        guard !started else { return }
        started = true
        // A background thread of the reader's (nice +10, so the index never slows down typing,
        // and held until the first frame is drawn); the analysis pipeline may recurse deeply on
        // odd input, hence the larger stack.
        BackgroundThread.start(stackSize: 16 << 20, name: "marginalia-index") { [self] in
            self.run()
            self.finished.signal()
        }
    }

    public func cancel() { cancelled.withLock { $0 = true } }

    private var isCancelled: Bool { cancelled.withLock { $0 } }

    /// Blocks until the builder has finished or was cancelled (for tests and the benchmark).
    public func wait() { if started { finished.wait(); finished.signal() } }

    func run() {
        for i in 0..<source.count {
            if isCancelled { index.setPhase(.cancelled); return }
            do {
                let article = try source.article(i)
                index.addText(TextFolding.foldedUTF8(article.text.scalars))
            } catch {
                index.recordFailure(article: i, reason: "\(error)")
                index.addText([])
            }
        }
        guard withEntities else { index.setPhase(.done); return }
        index.setPhase(.entities)
        for i in 0..<source.count {
            if isCancelled { index.setPhase(.cancelled); return }
            guard let article = try? source.article(i) else {
                index.addEntities(article: i, mentions: [], language: .unknown)
                continue
            }
            // Entities only: the quote pass of the full analysis is not needed for the index.
            let language = LanguageDetector.detect(article.text)
            let segmentation = Segmenter.segment(article.text, language: language, knownHeadings: article.headingSpans)
            let mentions = EntityRecognition.recognize(article.text, segmentation: segmentation, language: language)
            index.addEntities(article: i, mentions: mentions, language: language)
        }
        index.setPhase(.done)
    }
}
