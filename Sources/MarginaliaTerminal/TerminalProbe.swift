import CNcursesw
import FoundationEssentials
import MarginaliaModel
import MarginaliaText

/// What we learn about the terminal before curses starts: whether it can be driven at all and
/// how many colours it has. Done first so that failures get our own one-line message (initscr
/// would print its own and exit) and so the model can be opened with the right colour mode.
public enum TerminalProbe {
    public enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case dumbTerminal

        public var description: String {
            switch self {
            case .notATerminal:
                return "the reader needs a terminal on stdin and stdout (for scripts use `marginalia analyze FILE` or `marginalia --dump WxH FILE`)"
                case .dumbTerminal:
                return "TERM=dumb cannot draw the reader (it has no cursor movement); for a plain-text view use `marginalia --dump WxH FILE`"
            case .unknownTerminal(let name):
                return "unknown terminal type \(TerminalSafe.oneLine(name).debugDescription) (set TERM, e.g. TERM=xterm-256color)"
            }
        }
    }

    /// The terminal's size now, so the model can lay out for it before curses starts.
    public static func size() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        guard mg_terminal_size(STDOUT_FILENO, &rows, &cols) == 1 else { return nil }
        return (Int(cols), Int(rows))
    }

    /// Checks stdin/stdout and $TERM and returns the colour mode to use. On success curses has
    /// been started and left again (`mg_open_terminal`): the terminal is as it was, and the
    /// reader's `CursesScreen.start` continues from there.
    public static func probe(environment: [String: String]) throws(Failure) -> ColorMode {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // Only the character type matters to ncursesw (UTF-8 input and output); LC_ALL made the
        // C library read a dozen locale files before the first frame.
        useUTF8CharacterType()
        // A terminal without cursor addressing (Emacs shell buffers, some CI logs) shows garbage.
        if environment["TERM"] == "dumb" { throw .dumbTerminal }
        var colors: Int32 = -1
        guard mg_open_terminal(&colors) == 1 else {
            throw .unknownTerminal(environment["TERM"] ?? "")
        }
        return ColorModeDecision.decide(noColor: environment["NO_COLOR"], hasColors: colors >= 8,
                                        colorCount: Int(colors))
    }

    /// The character type from the environment, or C.UTF-8 when that is not UTF-8 (LANG and
    /// LC_ALL unset, "C", "POSIX"): articles are read as UTF-8, so in a non-UTF-8 locale ncursesw
    /// drew every non-ASCII letter as a blank ("M ller").
    static func useUTF8CharacterType() {
        setlocale(LC_CTYPE, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().filter({ $0 != "-" }) != "UTF8" else { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
    }
}
