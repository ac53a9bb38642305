import CNcursesw
import MarginaliaModel

/// Reads the terminal's input: curses decodes what terminfo names for `TERM` (and UTF-8), the
/// `KeySequenceParser` puts together every escape sequence curses passes through byte by byte.
struct InputReader {
    private var parser = KeySequenceParser()

    /// One read, waiting at most `milliseconds` for input; inside an escape sequence only the
    /// escape delay (a lone Esc is the Esc key once that has passed). Returns wget_wch's status
    /// and what the input means (possibly nothing yet, in the middle of a sequence).
    mutating func read(waiting milliseconds: Int32) -> (status: Int32, events: [InputEvent]) {
        if parser.isPending {
            wtimeout(mg_stdscr(), CursesScreen.escapeDelayMilliseconds)
        } else {
            // The wait itself outside curses: the safe point where Ctrl-Z may stop at once.
            // wget_wch is asked even after a timeout or a signal, for curses' resize flag.
            SignalGuard.waitForInput(milliseconds: milliseconds)
            wtimeout(mg_stdscr(), 0)
        }
        var code: wint_t = 0
        let status = mg_get_wch(&code)
        if status == KEY_CODE_YES {
            // A key curses decoded cuts off a sequence in progress.
            let cut = parser.timeout().map(Self.event)
            return (status, cut + [KeyDecoder.decode(status: status, code: UInt32(code))])
        }
        if status == OK { return (status, parser.feed(UInt32(code)).map(Self.event)) }
        return (status, parser.timeout().map(Self.event))
    }

    private static func event(_ input: TerminalInput) -> InputEvent {
        switch input {
        case .key(let key): return .key(key)
        case .mouse(let mouse): return .mouse(mouse)
        case .unknown(let bytes): return .ignored(bytes)
        }
    }
}
