import FoundationEssentials
import Dispatch
import MarginaliaText
import Synchronization

/// Where background jobs run: each on a thread of its own (the reader), at once on the
/// caller's thread (tests: a job's result is there when the call that started it returns, so
/// no test waits on a thread), or not until something waits for it (tests of what the reader
/// shows before background work is done). Passed in through `LaunchOptions.jobs`.
public struct JobExecutor: Sendable {
    let start: @Sendable (@escaping @Sendable () -> Void) -> Void
    /// The work is kept until the first `wait` (or `Document.finishNextBackgroundJob`) and runs
    /// on that thread: a test decides when each result exists, and no thread is started.
    var runsWhenWaitedFor = false

    public static let background = JobExecutor(start: { BackgroundThread.start($0) })
    public static let inline = JobExecutor(start: { $0() })
    public static let deferred = JobExecutor(start: { _ in }, runsWhenWaitedFor: true)
}

/// Work the screen must not wait for (analysing an article, opening its annotations, reading the
/// rest of a big file, counting search matches), run once on a background thread; the UI polls
/// `result` from `tick` and `handle`, or blocks in `wait` where it must (`--dump`).
final class BackgroundJob<Value>: @unchecked Sendable {
    /// Guards `_result` and `_cancelled`.
    private let lock = Mutex(())
    private let done = DispatchSemaphore(value: 0)
    private var _result: Value?

    /// `work` runs on a thread of its own; what it captures is only touched there until the
    /// result is published (wrap non-Sendable inputs in `UncheckedBox`).
    convenience init(on executor: JobExecutor = .background, _ work: @escaping @Sendable () -> Value) {
        self.init(on: executor, cancellable: { _ in work() })
    }

    /// Work that looks at its job's `isCancelled` now and then and stops early.
    init(on executor: JobExecutor = .background, cancellable work: @escaping @Sendable (BackgroundJob<Value>) -> Value) {
        let run: @Sendable () -> Void = { [self] in
            let value = work(self)
            // A cancelled job's result is not wanted: it stays nil (a `wait` returns nil).
            lock.withLock { _ in if !_cancelled { _result = value } }
            done.signal()
        }
        if executor.runsWhenWaitedFor { deferredWork = run } else { executor.start(run) }
    }

    /// The work of a job on the `.deferred` executor until something waits for it (guarded by `lock`).
    private var deferredWork: (@Sendable () -> Void)?

    private var _cancelled = false

    /// Asks the work to stop early (it checks `isCancelled` where it can); its result is then
    /// not wanted.
    func cancel() {
        lock.withLock { _ in _cancelled = true }
    }

    var isCancelled: Bool { lock.withLock { _ in _cancelled } }

    var result: Value? { lock.withLock { _ in _result } }

    /// Blocks until the work is done or `timeout` seconds have passed.
    @discardableResult
    func wait(timeout: Double) -> Value? {
        if let r = result { return r }
        if let work = lock.withLock({ _ in defer { deferredWork = nil }; return deferredWork }) {
            work()
            return result
        }
        if done.wait(timeout: .now() + timeout) == .success { done.signal() }
        return result
    }
}

/// Hands a value to exactly one other thread (it is not touched here meanwhile).
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
