import CNcursesw
import Glibc
import MarginaliaModel

/// Starting, suspending and ending curses, and the terminal modes a reader needs.
struct CursesScreen {
    /// Milliseconds curses waits after an Esc for the rest of an escape sequence: short, so Esc
    /// (cancel) feels immediate; terminals send a sequence's bytes together anyway.
    static let escapeDelayMilliseconds: Int32 = 25

    /// The colour mode actually in effect (the requested one, limited by what curses reports).
    private(set) var colorMode: ColorMode = .none
    private(set) var defaultColors = false

    /// Starts curses. The modes: cbreak (keys arrive at once, but Ctrl-C and Ctrl-Z still make
    /// SIGINT and SIGTSTP, so "quit saving" and "suspend" work even while the model is busy),
    /// no echo, no CR/LF translation (Enter arrives as 13), keypad decoding, and IXON/IEXTEN off
    /// so Ctrl-S, Ctrl-Q, Ctrl-V and Ctrl-O reach the keymap instead of freezing the terminal.
    mutating func start(requested: ColorMode) {
        if mg_stdscr() == nil {
            // Not probed first (TerminalProbe.probe starts curses and leaves it at once): the
            // same start here; initscr only to exit with curses' own message if that fails.
            TerminalProbe.useUTF8CharacterType()
            var colors: Int32 = -1
            if mg_open_terminal(&colors) != 1 { initscr() }
        }
        cbreak()
        noecho()
        nonl()
        intrflush(mg_stdscr(), false)
        keypad(mg_stdscr(), true)
        // Terminfo names `ESC [ <` (the SGR mouse prefix) as the mouse key of xterm: curses would
        // swallow those three bytes and leave the report's digits to arrive as keys (tags!).
        // The reports go whole to KeySequenceParser instead, whatever TERM says.
        keyok(KEY_MOUSE, false)
        set_escdelay(Self.escapeDelayMilliseconds)
        Self.releaseFlowControlKeys()
        def_prog_mode()
        startColors(requested: requested)
    }

    /// Ends curses: the terminal's modes as before initscr, the normal screen back, cursor shown.
    func end() {
        if isendwin() == false {
            curs_set(1)
            endwin()
        }
    }

    /// After a stop and SIGCONT (or any time the screen may be stale): back to program mode and
    /// a full repaint on the next update.
    func resume() {
        reset_prog_mode()
        clearok(mg_curscr(), true)
    }

    /// If the terminal's size changed behind curses' back (while stopped), tells curses.
    /// Returns whether it did.
    func syncSizeWithKernel() -> Bool {
        var rows: Int32 = 0, cols: Int32 = 0
        guard mg_terminal_size(STDOUT_FILENO, &rows, &cols) == 1 else { return false }
        guard rows != mg_lines() || cols != mg_cols() else { return false }
        resizeterm(rows, cols)
        return true
    }

    var size: (width: Int, height: Int) { (Int(mg_cols()), Int(mg_lines())) }

    private mutating func startColors(requested: ColorMode) {
        guard requested != .none, has_colors() else { colorMode = .none; return }
        start_color()
        defaultColors = use_default_colors() != mg_err()
        let available = ColorModeDecision.decide(noColor: nil, hasColors: true, colorCount: Int(mg_colors()))
        colorMode = ColorModeDecision.poorer(requested, available)
    }

    private static func releaseFlowControlKeys() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        modes.c_lflag &= ~tcflag_t(IEXTEN)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }
}
