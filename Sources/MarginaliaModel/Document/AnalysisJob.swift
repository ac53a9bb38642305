import Foundation
import MarginaliaText
import MarginaliaAnalysis

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
