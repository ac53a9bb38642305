import Glibc
import Synchronization

/// Turns the terminal's mouse reports on and off: presses and releases (1000), moves with a
/// button held (1002), in the SGR encoding (1006) that KeySequenceParser decodes. While they are
/// on, terminals keep their own text selection on Shift-drag (xterm, tmux, GNOME Terminal,
/// kitty, iTerm2 alike). Every way out (quit, Ctrl-Z, a signal, a crash) turns them off, or the
/// shell would receive the reports as garbage after we are gone.
enum MouseReporting {
    private static let on: StaticString = "\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h"
    private static let off: StaticString = "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l"
    /// Whether reports are on now (read by the signal handlers).
    private static let active = Atomic<Bool>(false)

    static func enable() {
        write(on)
        active.store(true, ordering: .sequentiallyConsistent)
    }

    /// Async-signal-safe: a flag and one write(2) of a static string.
    static func disable() {
        if active.exchange(false, ordering: .sequentiallyConsistent) { write(off) }
    }

    private static func write(_ sequence: StaticString) {
        _ = Glibc.write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}
