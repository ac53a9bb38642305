import CNcursesw
import FoundationEssentials
import MarginaliaText
import MarginaliaModel

/// How the reader ended.
public enum TerminalOutcome: Equatable, Sendable {
    /// The session asked to quit (after saving).
    case quit
    /// A termination signal arrived; the session was flushed and the terminal restored. The
    /// caller should finish its own output and then `TerminalRunner.dieOf(signal)`.
    case signal(Int32)
}

/// The curses front end: runs an `AppSession` in the terminal until it quits. It draws what the
/// session renders and feeds it keys, sizes and clock ticks; it holds no model logic.
public enum TerminalRunner {
    /// How long to wait for a key before calling `tick` (autosave, background work).
    public static let idleTickMilliseconds: Int32 = 100
    /// The same while the session waits for background work (the rest of a big file, the
    /// analysis, a count of search matches), so its result is drawn within a few milliseconds.
    public static let busyTickMilliseconds: Int32 = 5
    /// How long after the first frame the reader waits (for a key, or idle) before it calls
    /// `onSettled`: time for the terminal emulator to show that frame before background work
    /// takes the cores (scripts/perf/less-vs-marginalia.sh measures the difference).
    public static let settleMilliseconds: Int32 = 20

    /// Runs the session; the terminal is restored when this returns (and on crashes).
    /// `onFirstFrame` is called once the first frame is on the screen (for `--timing`);
    /// `onSettled` after the first key or `settleMilliseconds` of quiet after it (to start the
    /// background work held until then).
    public static func run(_ session: AppSession, colorMode: ColorMode,
                           onFirstFrame: (() -> Void)? = nil,
                           onSettled: (() -> Void)? = nil) -> TerminalOutcome {
        SignalGuard.install()
        StderrCapture.start()
        var screen = CursesScreen()
        screen.start(requested: colorMode)
        SignalGuard.setCursesActive(true)
        if session.wantsMouse { MouseReporting.enable() }
        let painter = ScreenPainter(colorMode: screen.colorMode, defaultColors: screen.defaultColors,
                                    pairLimit: Int(mg_color_pairs()) - 1)
        defer {
            MouseReporting.disable()
            SignalGuard.setCursesActive(false)
            screen.end()
            StderrCapture.stopAndReplay()
            SignalGuard.uninstall()
        }

        session.resize(width: screen.size.width, height: screen.size.height)
        draw(session, with: painter)
        onFirstFrame?()

        var pacer = IdlePacer()
        var input = InputReader()
        var settling = true
        while true {
            if settling {
                // Wait for a key without reading it (the loop below does), or for the quiet.
                settling = false
                SignalGuard.waitForInput(milliseconds: settleMilliseconds)
                onSettled?()
            }
            let pending = session.pendingBackgroundWork
            if let signal = SignalGuard.takeTermination() {
                session.flush()
                return .signal(signal)
            }
            if SignalGuard.takeSuspendRequest() { SignalGuard.suspend() }
            if SignalGuard.takeResumed() {
                redrawAfterResume(session, screen: screen, painter: painter)
                continue
            }
            if session.shouldQuit {
                session.flush()
                return .quit
            }
            let (status, events) = input.read(waiting: pending > 0 ? busyTickMilliseconds : idleTickMilliseconds)
            if status == mg_err() && events.isEmpty && terminalHungUp() {
                // The terminal went away without a SIGHUP reaching us (or with it ignored):
                // save and leave rather than spin on a dead input.
                session.flush()
                return .signal(SIGHUP)
            }
            var needsFullRedraw = false
            for event in events { process(event, session, &needsFullRedraw, screen) }
            // Drain whatever else is already waiting (key repeat, paste, the rest of an escape
            // sequence) before drawing once.
            if status != mg_err() {
                while !session.shouldQuit {
                    let (next, more) = input.read(waiting: 0)
                    for event in more { process(event, session, &needsFullRedraw, screen) }
                    if next == mg_err() { break }
                }
            }
            if session.takeRedrawRequest() { needsFullRedraw = true }
            session.tick(now: Date())
            let now = ProcessInfo.processInfo.systemUptime
            let idle = status == mg_err() && events.isEmpty
            // Background work that just finished is drawn now, not when the pacer is next due.
            let arrived = session.pendingBackgroundWork != pending
            if idle && !arrived && !pacer.isDue(at: now) { continue }
            if needsFullRedraw {
                werase(mg_stdscr())
                clearok(mg_curscr(), true)
                painter.invalidate()
            }
            let changed = draw(session, with: painter)
            pacer.drew(at: now, changed: changed || !idle)
        }
    }

    /// Restores the default action of `signal` and raises it (see `TerminalOutcome.signal`).
    public static func dieOf(_ signal: Int32) -> Never {
        SignalGuard.reraise(signal)
    }

    private static func process(_ event: InputEvent, _ session: AppSession, _ needsFullRedraw: inout Bool,
                                _ screen: CursesScreen) {
        switch event {
        case .key(let key):
            session.handle(key)
        case .resize:
            session.resize(width: screen.size.width, height: screen.size.height)
            needsFullRedraw = true
        case .mouse(var event):
            event.time = ProcessInfo.processInfo.systemUptime
            session.handleMouse(event)
        case .ignored(let sequence):
            session.ignoredInput(sequence)
        case .idle:
            break
        }
    }

    /// Whether standard input reports a hang-up (the terminal was closed).
    private static func terminalHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Renders and draws a frame; returns whether it differed from the last one.
    @discardableResult
    private static func draw(_ session: AppSession, with painter: ScreenPainter) -> Bool {
        painter.draw(session.render(), cursor: session.cursorPosition)
    }

    /// After Ctrl-Z and fg: the terminal was used by others and may have been resized meanwhile
    /// (the resize signal went to the shell, not to us), so program mode, size and every cell anew.
    private static func redrawAfterResume(_ session: AppSession, screen: CursesScreen, painter: ScreenPainter) {
        screen.resume()
        _ = screen.syncSizeWithKernel()
        session.resize(width: screen.size.width, height: screen.size.height)
        werase(mg_stdscr())
        painter.invalidate()
        draw(session, with: painter)
        // Reports back on only now, from this thread and after curses has repainted: written from
        // the signal handler, they could land before or inside the repaint's output (or that of a
        // frame the stop interrupted), and tmux was seen to end up with them off.
        if session.wantsMouse { MouseReporting.enable() }
    }
}
