import Foundation
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// Runs `Analyzer.analyze` on a background thread so the first screen of a big article is drawn
/// before entities and quotes are known; the UI polls `result` (from `tick` and `render`).
final class AnalysisJob: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var _result: ArticleAnalysis?

    init(article: LoadedArticle) {
        BackgroundThread.start { [self] in
            let analysis = Analyzer.analyze(article)
            lock.lock(); _result = analysis; lock.unlock()
            done.signal()
        }
    }

    var result: ArticleAnalysis? {
        lock.lock(); defer { lock.unlock() }
        return _result
    }

    /// Blocks until the analysis is done or `timeout` seconds have passed.
    @discardableResult
    func wait(timeout: Double) -> ArticleAnalysis? {
        if let r = result { return r }
        if done.wait(timeout: .now() + timeout) == .success { done.signal() }
        return result
    }
}

/// Opens an article's `AnnotationStore` on a background thread: opening hashes the whole text
/// (the file's sha256) and re-anchors, which for a very long article would delay the first screen.
final class StoreJob: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var _result: AnnotationStore?

    /// `options` is only read by the background thread until the result is published.
    init(article: LoadedArticle, options: AnnotationStore.OpenOptions) {
        let box = UncheckedBox(options)
        BackgroundThread.start { [self] in
            let store = AnnotationStore.open(article, options: box.value)
            lock.lock(); _result = store; lock.unlock()
            done.signal()
        }
    }

    var result: AnnotationStore? {
        lock.lock(); defer { lock.unlock() }
        return _result
    }

    func wait(timeout: Double) -> AnnotationStore? {
        if let r = result { return r }
        if done.wait(timeout: .now() + timeout) == .success { done.signal() }
        return result
    }
}

/// Hands a value to exactly one other thread (it is not touched here meanwhile).
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A thread of its own at a lower CPU priority (nice +10) for work the first frame must not wait
/// for: on a busy 2-core machine the analysis and the store's hashing of a 20 MB article took
/// the cores from the thread drawing the first frame (wall time twice its CPU time). Idle cores
/// are still used in full. A thread of its own, because a pooled thread would keep the nice value.
enum BackgroundThread {
    static func start(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread {
            #if os(Linux)
            // On Linux the nice value is per thread: who 0 is this thread alone.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
            work()
        }
        thread.stackSize = 8 << 20  // the analysers recurse little, but the default of 512 KiB is tight
        thread.start()
    }
}
