/// Starting a thread with pthreads, where Foundation's Thread would link ICU (SystemLibrary.swift
/// says why).
public enum SystemThread {
    /// Runs `work` on a new detached thread with a stack of `stackSize` bytes and, for debuggers
    /// and `top -H`, `name` (at most 15 bytes are kept). If no thread can be created, `work` runs
    /// here instead.
    public static func start(stackSize: Int, name: String? = nil, _ work: @escaping @Sendable () -> Void) {
        let job = Unmanaged.passRetained(Job(name: name, work: work)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { raw in
            let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            if let name = job.name { SystemThread.nameThisThread(name) }
            job.work()
            return nil
        }, job)
        if created != 0 {
            Unmanaged<Job>.fromOpaque(job).release()
            work()
        }
    }

    /// pthread_setname_np is not visible to Swift; the kernel takes the name from
    /// /proc/thread-self/comm as well.
    static func nameThisThread(_ name: String) {
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    private final class Job {
        let name: String?
        let work: @Sendable () -> Void
        init(name: String?, work: @escaping @Sendable () -> Void) {
            self.name = name
            self.work = work
        }
    }
}

/// A lock with a condition to wait on (pthread mutex and condition variable), where
/// NSCondition would link ICU.
public final class Condition: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }
    /// Releases the lock while waiting for a `broadcast`, and holds it again on return.
    public func wait() { pthread_cond_wait(condition, mutex) }
    public func broadcast() { pthread_cond_broadcast(condition) }
}
