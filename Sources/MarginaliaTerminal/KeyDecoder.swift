import CNcursesw
import MarginaliaModel

/// What one `wget_wch` result means for the front end.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize
    case mouse(MouseEvent)
    /// An escape sequence that is no key, dropped (its bytes for a quiet message).
    case ignored(String)
    /// Nothing arrived within the timeout (or a code we do not use, such as a mouse event).
    case idle
}

/// Translates curses input codes into model keys. A table, not a chain of branches, so adding a
/// key is one line. Plain characters and the escape sequences curses leaves alone go through
/// `KeySequenceParser` (see `TerminalRunner.readInput`).
public enum KeyDecoder {
    /// Function-key codes (wget_wch returned KEY_CODE_YES) and the key each one means.
    static let functionKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        // The keypad's corners, as some terminals send them for Home/End/PgUp/PgDn.
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert, KEY_ENTER: .enter, KEY_BTAB: .backTab,
    ]

    /// `status` is wget_wch's return value (OK, KEY_CODE_YES or ERR), `code` what it stored.
    public static func decode(status: Int32, code: UInt32) -> InputEvent {
        if status == KEY_CODE_YES {
            let value = Int32(bitPattern: code)
            if value == KEY_RESIZE { return .resize }
            if let key = functionKeys[value] { return .key(key) }
            let fKey = value - KEY_F0
            if (1...63).contains(fKey) { return .key(.function(Int(fKey))) }
            return .idle
        }
        guard status == OK else { return .idle }
        return KeySequenceParser.plainKey(code).map(InputEvent.key) ?? .idle
    }
}
