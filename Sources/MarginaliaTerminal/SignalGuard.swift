import CNcursesw
import Glibc
import Synchronization

/// Signal handling for the curses front end. The rule: the terminal is restored on every way out.
///
/// - SIGINT, SIGTERM, SIGHUP, SIGQUIT only set a flag (async-signal-safe); the main loop sees it
///   within one input timeout, saves through the session, ends curses and re-raises. Another one
///   while the first is still unanswered after `stuckAfterNanoseconds` (the loop is stuck: the
///   user presses Ctrl-C again) restores the terminal at once and dies. Sooner repeats are normal
///   and must not skip the save: closing a terminal sends SIGHUP from the terminal and again
///   from the shell, within microseconds.
/// - SIGTSTP (Ctrl-Z): endwin and stop right in the handler, as ncurses' own handler does. Doing
///   it later from the main loop loses a race: the shell takes the terminal back as soon as the
///   job's first process stops (e.g. a wrapping `sh -c`), and an endwin after that would wipe the
///   shell's "Stopped" line with the saved screen. After SIGCONT a flag asks the loop to restore
///   program mode, repaint everything at the current size and only then turn mouse reports back
///   on.
/// - SIGILL, SIGTRAP (Swift runtime traps), SIGSEGV, SIGBUS, SIGABRT, SIGFPE: endwin right in the
///   handler (not async-signal-safe, but the process is dying and a raw terminal is worse), replay
///   the captured stderr so the runtime's message shows, then re-raise with the default action.
enum SignalGuard {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    private static let pendingTermination = Atomic<Int32>(0)
    /// When the pending termination signal arrived (CLOCK_MONOTONIC, nanoseconds).
    private static let pendingSince = Atomic<Int64>(0)
    static let stuckAfterNanoseconds: Int64 = 2_000_000_000
    private static let pendingResume = Atomic<Bool>(false)
    /// Whether curses is active, so handlers only call endwin while it is.
    private static let cursesActive = Atomic<Bool>(false)
    /// The crash handler's own stack, so a stack overflow (SIGSEGV) can still be handled.
    nonisolated(unsafe) private static var alternateStack: UnsafeMutableRawPointer?

    static func install() {
        _ = pendingTermination.load(ordering: .relaxed)   // initialise the globals before any handler runs
        _ = cursesActive.load(ordering: .relaxed)
        MouseReporting.disable()   // initialises its flag too (reports are not on yet: no write)
        installAlternateStack()
        _ = pendingSince.load(ordering: .relaxed)
        // Termination handlers block each other, so one sees the other's bookkeeping complete.
        for signal in terminationSignals {
            setHandler(signal, onTerminationSignal, flags: 0, blocking: terminationSignals)
        }
        setHandler(SIGTSTP, onSuspendSignal, flags: 0)
        for signal in crashSignals { setHandler(signal, onCrashSignal, flags: Int32(truncatingIfNeeded: SA_ONSTACK) | Int32(truncatingIfNeeded: SA_RESETHAND)) }
    }

    /// Back to the default dispositions once curses has ended for good.
    static func uninstall() {
        for signal in terminationSignals + crashSignals + [SIGTSTP] { Glibc.signal(signal, SIG_DFL) }
    }

    static func setCursesActive(_ active: Bool) {
        cursesActive.store(active, ordering: .sequentiallyConsistent)
    }

    /// The termination signal that arrived, if any (and clears it).
    static func takeTermination() -> Int32? {
        let signal = pendingTermination.exchange(0, ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// Whether the process was stopped and continued since the last call.
    static func takeResumed() -> Bool {
        pendingResume.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Dies of `signal` with the default action, so the parent (a shell, a script) sees the real
    /// cause; exits with 128 + signal should the signal be ignored.
    static func reraise(_ signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        exit(128 + signal)
    }

    // MARK: handlers (C function pointers: no captures, no allocation)

    private static let onTerminationSignal: @convention(c) (Int32) -> Void = { signal in
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)   // async-signal-safe
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        if SignalGuard.pendingTermination.exchange(signal, ordering: .sequentiallyConsistent) == 0 {
            SignalGuard.pendingSince.store(nanoseconds, ordering: .sequentiallyConsistent)
        } else if nanoseconds - SignalGuard.pendingSince.load(ordering: .sequentiallyConsistent) >= SignalGuard.stuckAfterNanoseconds {
            // Asked again long after the first request, still unanswered: the loop is stuck.
            SignalGuard.restoreTerminalForExit()
            SignalGuard.reraise(signal)
        }
    }

    private static let onSuspendSignal: @convention(c) (Int32) -> Void = { _ in
        let wasActive = SignalGuard.cursesActive.load(ordering: .sequentiallyConsistent)
        MouseReporting.disable()
        if wasActive { endwin() }
        // Stop with the default action; execution continues here after SIGCONT.
        Glibc.signal(SIGTSTP, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(SIGTSTP)
        SignalGuard.setHandler(SIGTSTP, SignalGuard.onSuspendSignal, flags: 0)
        if wasActive { SignalGuard.pendingResume.store(true, ordering: .sequentiallyConsistent) }
    }

    private static let onCrashSignal: @convention(c) (Int32) -> Void = { signal in
        SignalGuard.restoreTerminalForExit()
        // SA_RESETHAND already restored the default action; raising again delivers it on return.
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }

    private static func restoreTerminalForExit() {
        MouseReporting.disable()
        if cursesActive.exchange(false, ordering: .sequentiallyConsistent) {
            endwin()
        }
        StderrCapture.stopAndReplay()
    }

    private static func setHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void, flags: Int32,
                                   blocking: [Int32] = []) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        for other in blocking { sigaddset(&action.sa_mask, other) }
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }

    private static func installAlternateStack() {
        guard alternateStack == nil else { return }
        let size = 64 * 1024
        let memory = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) == 0 { alternateStack = memory } else { memory.deallocate() }
    }
}
