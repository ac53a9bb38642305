import Synchronization

/// A thread of its own at a lower CPU priority (nice +10) for work the first frame must not wait
/// for: on a busy 2-core machine the analysis and the store's hashing of a big article took the
/// cores from the thread drawing the first frame. Idle cores
/// are still used in full. A thread of its own, because a pooled thread would keep the nice value.
public enum BackgroundThread {
    /// Thread starts waiting for `release()`; nil when nothing is held.
    private static let held = Mutex<[@Sendable () -> Void]?>(nil)

    /// Until `release()`, new background work waits instead of starting: the reader calls this
    /// before it opens the articles and releases it once the first frame is on the screen, so
    /// on a 2-core machine that frame does not share the cores with reading and analysing.
    public static func holdUntilReleased() {
        held.withLock { if $0 == nil { $0 = [] } }
    }

    /// How many thread starts wait for `release()`.
    public static var heldCount: Int { held.withLock { $0?.count ?? 0 } }

    /// Starts the work held since `holdUntilReleased()`, and all later work at once.
    public static func release() {
        let waiting = held.withLock { held in defer { held = nil }; return held ?? [] }
        for run in waiting { run() }
    }

    /// `stackSize`: the analysers recurse little, but the default of 512 KiB is tight.
    public static func start(stackSize: Int = 8 << 20, name: String? = nil, _ work: @escaping @Sendable () -> Void) {
        let run: @Sendable () -> Void = { spawn(stackSize: stackSize, name: name, work) }
        let isHeld = held.withLock { held in
            held?.append(run)
            return held != nil
        }
        if !isHeld { run() }
    }

    private static func spawn(stackSize: Int, name: String?, _ work: @escaping @Sendable () -> Void) {
        SystemThread.start(stackSize: stackSize, name: name) {
            #if os(Linux)
            // On Linux the nice value is per thread: who 0 is this thread alone.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
            work()
        }
    }
}
