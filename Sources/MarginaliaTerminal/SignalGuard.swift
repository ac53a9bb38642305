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
/// - SIGTSTP (Ctrl-Z): endwin and stop right in the handler, as ncurses' own handler does, but
///   only when the main thread is waiting for input in `waitForInput` (a plain poll, holding no
///   lock of curses or malloc). endwin is not async-signal-safe: it formats terminfo strings with
///   tparm, which may allocate (ncurses 6.4 caches them in a tsearch tree) and shares static
///   buffers; run while the main thread is inside malloc or curses it can hang the process for
///   good (a Ctrl-Z that never stopped the reader was seen in the e2e tests). Anywhere else the
///   handler only sets a flag, and the main loop suspends at its next turn (`takeSuspendRequest`,
///   milliseconds later). Stopping in the handler matters for the usual, idle case: the shell
///   takes the terminal back as soon as the job's first process stops (e.g. a wrapping `sh -c`),
///   and an endwin after that would wipe the shell's "Stopped" line with the saved screen. After
///   SIGCONT a flag asks the loop to restore program mode, repaint everything at the current size
///   and only then turn mouse reports back on.
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
    /// A Ctrl-Z that arrived while stopping in the handler was unsafe, for the main loop to act on.
    private static let pendingSuspend = Atomic<Bool>(false)
    /// Whether the main thread is inside `waitForInput`'s poll (a safe point for endwin).
    private static let mainThreadWaiting = Atomic<Bool>(false)
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
        _ = pendingResume.load(ordering: .relaxed)
        _ = pendingSuspend.load(ordering: .relaxed)
        _ = mainThreadWaiting.load(ordering: .relaxed)
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

    /// Whether a Ctrl-Z waits for the main loop (and clears it); the loop then calls `suspend()`.
    static func takeSuspendRequest() -> Bool {
        pendingSuspend.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Waits up to `milliseconds` for input on standard input, as the main loop's safe point for
    /// a Ctrl-Z (see the type's comment). Returns early on input, a hang-up or any signal.
    static func waitForInput(milliseconds: Int32) {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        mainThreadWaiting.store(true, ordering: .sequentiallyConsistent)
        // A Ctrl-Z flagged since the loop last looked is answered now, not after the wait.
        if !pendingSuspend.load(ordering: .sequentiallyConsistent) { _ = poll(&descriptor, 1, milliseconds) }
        mainThreadWaiting.store(false, ordering: .sequentiallyConsistent)
    }

    /// Leaves the screen, stops the process and returns after SIGCONT (flagging the resume).
    /// Called from the main loop, or from the handler at the safe point.
    static func suspend() {
        let wasActive = cursesActive.load(ordering: .sequentiallyConsistent)
        MouseReporting.disable()
        if wasActive { endwin() }
        // Stop with the default action; execution continues here after SIGCONT.
        raiseWithDefaultAction(SIGTSTP)
        setHandler(SIGTSTP, onSuspendSignal, flags: 0)
        if wasActive { pendingResume.store(true, ordering: .sequentiallyConsistent) }
    }

    /// Dies of `signal` with the default action, so the parent (a shell, a script) sees the real
    /// cause; exits with 128 + signal should the signal be ignored.
    static func reraise(_ signal: Int32) -> Never {
        raiseWithDefaultAction(signal)
        exit(128 + signal)
    }

    /// Raises `signal` with its default action, unblocked (async-signal-safe).
    private static func raiseWithDefaultAction(_ signal: Int32) {
        Glibc.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
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
        if SignalGuard.mainThreadWaiting.load(ordering: .sequentiallyConsistent) && mg_on_main_thread() == 1 {
            SignalGuard.suspend()
        } else {
            SignalGuard.pendingSuspend.store(true, ordering: .sequentiallyConsistent)
        }
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
