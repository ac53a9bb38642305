/// The key notation of the config file and the help screen, as in Vim: a plain character is
/// itself (`j`, `)`, `G`), special keys go in angle brackets (`<Down>`, `<PgDn>`, `<Space>`,
/// `<Tab>`, `<S-Tab>`, `<CR>`, `<Esc>`, `<C-r>`, `<F1>`, `<lt>` for `<`), and a sequence is
/// written one key after another (`zz`, `g<Down>`).
public enum KeyNotation {
    static let named: [(String, Key)] = [
        ("Down", .down), ("Up", .up), ("Left", .left), ("Right", .right),
        ("PgDn", .pageDown), ("PageDown", .pageDown), ("PgUp", .pageUp), ("PageUp", .pageUp),
        ("Home", .home), ("End", .end), ("CR", .enter), ("Enter", .enter), ("Return", .enter),
        ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("BS", .backspace), ("Backspace", .backspace),
        ("Del", .delete), ("Delete", .delete), ("Ins", .insert), ("Insert", .insert), ("Space", .character(" ")), ("lt", .character("<")),
    ]

    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Parses a key sequence such as `g<Down>` into keys.
    public static func parse(_ notation: String) throws -> [Key] {
        guard !notation.isEmpty else { throw ParseError(description: "empty key") }
        var keys: [Key] = []
        var rest = Substring(notation)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close != rest.index(after: rest.startIndex) {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                keys.append(try special(name))
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static func special(_ name: String) throws -> Key {
        if let hit = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return hit.1 }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = name.last, c.isLetter { return .control(Character(c.lowercased())) }
        if lower.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) { return .function(n) }
        throw ParseError(description: "unknown key <\(name)>")
    }

    /// The notation of one key, for the help screen.
    public static func describe(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character("<"): return "<lt>"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .function(let n): return "F\(n)"
        }
    }

    public static func describe(_ keys: [Key]) -> String {
        keys.map(describe).joined(separator: keys.count > 1 && keys.allSatisfy { if case .character = $0 { return true } else { return false } } ? "" : " ")
    }
}
