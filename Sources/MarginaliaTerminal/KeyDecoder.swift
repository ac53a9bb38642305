import CNcursesw
import MarginaliaModel

/// What one `wget_wch` result means for the front end.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize
    /// Nothing arrived within the timeout (or a code we do not use, such as a mouse event).
    case idle
}

/// Translates curses input codes into model keys. A table, not a chain of branches, so adding a
/// key is one line.
public enum KeyDecoder {
    /// Function-key codes (wget_wch returned KEY_CODE_YES) and the key each one means.
    static let functionKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        // The keypad's corners, as some terminals send them for Home/End/PgUp/PgDn.
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_ENTER: .enter, KEY_BTAB: .backTab,
    ]

    /// Plain character codes with a meaning of their own (with `nonl`, Enter arrives as 13).
    static let specialCharacters: [UInt32: Key] = [
        8: .backspace, 127: .backspace, 9: .tab, 10: .enter, 13: .enter, 27: .escape,
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
        if let key = specialCharacters[code] { return .key(key) }
        switch code {
        case 1...26:
            // Ctrl-A ... Ctrl-Z (those with a meaning of their own were handled above).
            return .key(.control(Character(Unicode.Scalar(UInt8(code) + 0x60))))
        case 0...31, 0x80...0x9F:
            return .idle   // other C0 and C1 controls have no key of their own
        default:
            guard let scalar = Unicode.Scalar(code) else { return .idle }
            return .key(.character(Character(scalar)))
        }
    }
}
