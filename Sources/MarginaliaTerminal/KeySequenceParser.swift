import MarginaliaModel

/// What the terminal's input means once escape sequences are put together.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// A sequence no key of ours is: dropped, its bytes (ESC shown as `^[`) for a quiet message.
    case unknown(String)
}

/// Puts escape sequences together: an escape sequence is one key or nothing, never an Esc
/// followed by `[`, `1` and `~` (which were "previous article" and "tag 1").
///
/// curses decodes the sequences terminfo names for `TERM`; every other one reaches us byte by
/// byte. Terminals disagree about the keys that matter (tmux sends `ESC [ 1 ~` for Home whatever
/// `TERM` says, rxvt `ESC [ 7 ~`, the Linux console `ESC [ [ A` for F1), so this parser reads
/// every complete CSI (`ESC [ params intermediates final`) and SS3 (`ESC O x`) sequence and
/// knows the variants of xterm, tmux, screen, rxvt and the Linux console. An Esc with nothing
/// after it within the escape delay is the Esc key (the runner calls `timeout()`).
/// Plain characters pass through (`plainKey`). No curses here, so the tests feed bytes directly.
public struct KeySequenceParser: Sendable {
    private enum State: Sendable { case ground, escape, csi, ss3, linuxFunction, x10Mouse, discarding }
    private var state = State.ground
    /// The bytes of the sequence so far, after the ESC.
    private var bytes: [UInt32] = []
    /// Longer than any sequence a terminal sends for a key or a mouse report: the rest is noise.
    static let maximumLength = 32

    public init() {}

    /// True while inside a sequence: the runner then waits only the escape delay for more.
    public var isPending: Bool { state != .ground }

    /// One character code from the terminal.
    public mutating func feed(_ code: UInt32) -> [TerminalInput] {
        switch state {
        case .ground:
            if code == 27 { begin(.escape); return [] }
            return Self.plainKey(code).map { [.key($0)] } ?? []
        case .escape:
            switch code {
            case 0x5B: begin(.csi); return []           // [
            case 0x4F: begin(.ss3); return []           // O
            case 27: return [.key(.escape)]             // Esc Esc: the first is a key, the second starts anew
            default:
                // Esc then a key (Alt-key in terminals that send Esc for Meta, or Esc typed fast):
                // two keys, as in Vim.
                state = .ground
                return [.key(.escape)] + feed(code)
            }
        case .ss3:
            state = .ground
            if let key = Self.ss3Keys[code] { return [.key(key)] }
            return [unknown(appending: code)]
        case .linuxFunction:
            state = .ground
            if (0x41...0x45).contains(code) { return [.key(.function(Int(code) - 0x40))] }   // ESC [ [ A..E: F1..F5
            return [unknown(appending: code)]
        case .x10Mouse:
            // ESC [ M and three raw bytes: a mouse report in the old encoding (we ask for SGR).
            bytes.append(code)
            if bytes.count < 5 { return [] }
            state = .ground
            return []
        case .discarding:
            if (0x20...0x3F).contains(code) { return [] }
            state = .ground
            return (0x40...0x7E).contains(code) ? [] : feed(code)
        case .csi:
            if bytes.count == 1 && code == 0x5B { state = .linuxFunction; bytes.append(code); return [] }
            if bytes.count == 1 && code == 0x4D { state = .x10Mouse; bytes.append(code); return [] }
            switch code {
            case 0x20...0x3F:   // parameter and intermediate bytes
                bytes.append(code)
                if bytes.count > Self.maximumLength {
                    // Too long for a key: reported now, its remaining bytes swallowed up to the final one.
                    let dropped = unknown(appending: nil)
                    state = .discarding
                    return [dropped]
                }
                // rxvt ends modified keys with `$` (Shift) instead of a final byte: ESC [ 7 $.
                if code == 0x24, bytes.count > 2 { return finishCSI(final: 0x7E) }
                return []
            case 0x40...0x7E:
                return finishCSI(final: code)
            default:
                // A control character cuts the sequence off: drop it, and read the character anew.
                let dropped = unknown(appending: nil)
                return [dropped] + feed(code)
            }
        }
    }

    /// Nothing more arrived within the escape delay.
    public mutating func timeout() -> [TerminalInput] {
        switch state {
        case .ground: return []
        case .escape: state = .ground; return [.key(.escape)]
        default: return [unknown(appending: nil)]
        }
    }

    // MARK: Tables

    /// `ESC O x` (application cursor and keypad mode, and F1-F4 of most terminals).
    static let ss3Keys: [UInt32: Key] = [
        0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end,
        0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
        0x4D: .enter, 0x5A: .backTab,
        // The numeric keypad in application mode: its digits are digits the user typed.
        0x70: .character("0"), 0x71: .character("1"), 0x72: .character("2"), 0x73: .character("3"),
        0x74: .character("4"), 0x75: .character("5"), 0x76: .character("6"), 0x77: .character("7"),
        0x78: .character("8"), 0x79: .character("9"),
    ]

    /// `ESC [ n ~` (VT220 style: xterm, tmux, screen, rxvt, the Linux console).
    static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12), 25: .function(13), 26: .function(14), 28: .function(15),
        29: .function(16), 31: .function(17), 32: .function(18), 33: .function(19), 34: .function(20),
    ]

    /// `ESC [ params x` with a letter as final byte (modifier parameters are ignored: Ctrl-Home is Home).
    static let letterKeys: [UInt32: Key] = [
        0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end, 0x5A: .backTab,
        0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
    ]

    /// Paste brackets (200, 201) and focus reports (`I`, `O`) carry no key: dropped silently.
    static let silentTilde: Set<Int> = [200, 201]
    static let silentFinals: Set<UInt32> = [0x49, 0x4F]

    /// A character code outside any sequence: the key it is (nil for controls with no key).
    public static func plainKey(_ code: UInt32) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0...31, 0x80...0x9F: return nil   // other C0 and C1 controls have no key of their own
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    // MARK: Private

    /// Enters `next`; `bytes` keeps what follows the ESC (the `[` or `O` included, for messages).
    private mutating func begin(_ next: State) {
        state = next
        switch next {
        case .csi: bytes = [0x5B]
        case .ss3: bytes = [0x4F]
        default: bytes = []
        }
    }

    private mutating func finishCSI(final: UInt32) -> [TerminalInput] {
        // After the `[`; rxvt's modifier marker `$` is not a parameter.
        let body = bytes.dropFirst().filter { $0 != 0x24 }
        let text = String(String.UnicodeScalarView(body.compactMap(Unicode.Scalar.init)))
        state = .ground
        // rxvt ends Ctrl-modified keys with `^` and Ctrl-Shift ones with `@` instead of `~`.
        let final = final == 0x5E || (final == 0x40 && !text.isEmpty) ? 0x7E : final
        if text.hasPrefix("<"), final == 0x4D || final == 0x6D {
            return MouseEvent.sgr(parameters: String(text.dropFirst()), released: final == 0x6D).map { [.mouse($0)] }
                ?? [unknown(appending: final)]
        }
        let first = text.split(separator: ";", omittingEmptySubsequences: false).first.flatMap { Int($0) }
        if final == 0x7E, let n = first {
            if let key = Self.tildeKeys[n] { return [.key(key)] }
            if Self.silentTilde.contains(n) { return [] }
        } else if Self.silentFinals.contains(final) && text.isEmpty {
            return []
        } else if !text.hasPrefix("?"), !text.hasPrefix(">"), let key = Self.letterKeys[final] {
            return [.key(key)]
        }
        return [unknown(appending: final)]
    }

    /// The sequence so far (plus `last`) as an `unknown` input; back to ground.
    private mutating func unknown(appending last: UInt32?) -> TerminalInput {
        if let last { bytes.append(last) }
        let shown = bytes.compactMap(Unicode.Scalar.init).map { $0.value < 0x20 ? "^" + String(Character(Unicode.Scalar(UInt8($0.value) + 0x40))) : String(Character($0)) }
        state = .ground
        bytes = []
        return .unknown("^[" + shown.joined())
    }
}
