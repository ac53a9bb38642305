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
        DispatchQueue.global(qos: .userInitiated).async { [self] in
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
        DispatchQueue.global(qos: .userInitiated).async { [self] in
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
