/// Reads TOML 1.0 as `config.toml` and the themes use it: tables and arrays of tables, dotted
/// and quoted keys, basic and literal strings (single- and multi-line, with escapes), integers
/// (decimal, hex, octal, binary), floats, booleans, arrays and inline tables. Dates and times
/// are refused with a message. Any input gives a table or a `TOMLError` naming the line: the
/// parser never traps (the FuzzTOML target guards that), works in one pass over the bytes, and
/// limits nesting so that a hostile file cannot exhaust the stack.
public enum TOMLParser {
    /// How deeply arrays and inline tables may nest.
    static let maximumDepth = 64

    public static func parse(_ source: String) throws(TOMLError) -> TOMLTable {
        var reader = Reader(bytes: Array(source.utf8))
        return try reader.document()
    }
}

/// A table while the file is read: how it came to be decides what may still be added to it.
private final class Node {
    enum Origin {
        /// Named on the way to a deeper header (`[a]` of `[a.b]`); a header of its own may follow.
        case implicit
        /// Defined by its own `[header]`.
        case header
        /// Made by a dotted key (`a.b = 1` makes `a`); only more dotted keys may add to it.
        case dotted
    }
    enum Entry {
        case value(TOMLValue)
        case table(Node)
        case tables([Node])
    }
    var origin: Origin
    var keys: [String] = []
    var entries: [String: Entry] = [:]

    init(_ origin: Origin) { self.origin = origin }

    func set(_ key: String, _ entry: Entry) {
        if entries.updateValue(entry, forKey: key) == nil { keys.append(key) }
    }

    var value: TOMLTable {
        var table = TOMLTable()
        for key in keys {
            switch entries[key]! {
            case .value(let v): table.append(key, v)
            case .table(let node): table.append(key, .table(node.value))
            case .tables(let nodes): table.append(key, .array(nodes.map { .table($0.value) }))
            }
        }
        return table
    }
}

private struct Reader {
    let bytes: [UInt8]
    var position = 0
    var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // a byte order mark
    }

    // MARK: Document structure

    mutating func document() throws(TOMLError) -> TOMLTable {
        let root = Node(.header)
        var current = root
        while true {
            skipBlanks()
            guard let byte = peek else { break }
            switch byte {
            case UInt8(ascii: "#"), 0x0A, 0x0D:
                try endOfLine()
            case UInt8(ascii: "["):
                current = try header(root)
                try endOfLine()
            default:
                try keyValue(into: current)
                try endOfLine()
            }
        }
        return root.value
    }

    /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
    mutating func header(_ root: Node) throws(TOMLError) -> Node {
        advance()
        let isArray = peek == UInt8(ascii: "[")
        if isArray { advance() }
        skipBlanks()
        let path = try key()
        skipBlanks()
        guard take(UInt8(ascii: "]")), !isArray || take(UInt8(ascii: "]")) else {
            throw fail(isArray ? "expected ]] to close the table header" : "expected ] to close the table header")
        }
        var node = root
        for name in path.dropLast() {
            switch node.entries[name] {
            case nil:
                let child = Node(.implicit)
                node.set(name, .table(child))
                node = child
            case .table(let child)?: node = child
            case .tables(let list)?: node = list[list.count - 1]
            case .value?: throw fail("\(quoted(name)) is already a value, not a table")
            }
        }
        let name = path[path.count - 1]
        let shown = path.map(quoted).joined(separator: ".")
        if isArray {
            let child = Node(.header)
            switch node.entries[name] {
            case nil: node.set(name, .tables([child]))
            case .tables(let list)?: node.set(name, .tables(list + [child]))
            default: throw fail("[[\(shown)]] names something that is not an array of tables")
            }
            return child
        }
        switch node.entries[name] {
        case nil:
            let child = Node(.header)
            node.set(name, .table(child))
            return child
        case .table(let child)? where child.origin == .implicit:
            child.origin = .header
            return child
        default:
            throw fail("[\(shown)] is defined twice")
        }
    }

    /// `key = value`, the key possibly dotted, into `table`.
    mutating func keyValue(into table: Node) throws(TOMLError) {
        let path = try key()
        skipBlanks()
        guard take(UInt8(ascii: "=")) else { throw fail("expected = after the key") }
        skipBlanks()
        let value = try self.value(depth: 0)
        try assign(value, to: path, in: table)
    }

    func assign(_ value: TOMLValue, to path: [String], in table: Node) throws(TOMLError) {
        var node = table
        for name in path.dropLast() {
            switch node.entries[name] {
            case nil:
                let child = Node(.dotted)
                node.set(name, .table(child))
                node = child
            case .table(let child)? where child.origin == .dotted: node = child
            default: throw fail("\(quoted(name)) is already defined and cannot be extended with a dotted key")
            }
        }
        let name = path[path.count - 1]
        guard node.entries[name] == nil else { throw fail("\(quoted(name)) is defined twice") }
        node.set(name, .value(value))
    }

    // MARK: Keys

    /// A key: simple keys joined by dots (blanks allowed around the dots).
    mutating func key() throws(TOMLError) -> [String] {
        var parts = [try simpleKey()]
        while true {
            let mark = position
            skipBlanks()
            guard take(UInt8(ascii: ".")) else { position = mark; return parts }
            skipBlanks()
            parts.append(try simpleKey())
        }
    }

    mutating func simpleKey() throws(TOMLError) -> String {
        switch peek {
        case UInt8(ascii: "\"")?:
            advance()
            return try basicString(multiline: false)
        case UInt8(ascii: "'")?:
            advance()
            return try literalString(multiline: false)
        case let byte? where Self.isBareKey(byte):
            let start = position
            while let b = peek, Self.isBareKey(b) { advance() }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        default:
            throw fail("expected a key (letters, digits, _ and -, or a quoted name)")
        }
    }

    static func isBareKey(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    // MARK: Values

    mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
        guard depth < TOMLParser.maximumDepth else { throw fail("arrays and tables nest too deeply") }
        guard let byte = peek else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            let multiline = starts(with: "\"\"\"")
            position += multiline ? 3 : 1
            return .string(try basicString(multiline: multiline))
        case UInt8(ascii: "'"):
            let multiline = starts(with: "'''")
            position += multiline ? 3 : 1
            return .string(try literalString(multiline: multiline))
        case UInt8(ascii: "["):
            return try array(depth: depth)
        case UInt8(ascii: "{"):
            return try inlineTable(depth: depth)
        default:
            return try scalar()
        }
    }

    mutating func array(depth: Int) throws(TOMLError) -> TOMLValue {
        advance()
        var items: [TOMLValue] = []
        while true {
            try skipBlanksCommentsAndNewlines()
            if take(UInt8(ascii: "]")) { return .array(items) }
            items.append(try value(depth: depth + 1))
            try skipBlanksCommentsAndNewlines()
            if take(UInt8(ascii: "]")) { return .array(items) }
            guard take(UInt8(ascii: ",")) else { throw fail("expected , or ] in the array") }
        }
    }

    /// `{ a = 1, b.c = "x" }`, on one line, without a trailing comma (TOML 1.0).
    mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        advance()
        let node = Node(.dotted)
        skipBlanks()
        if take(UInt8(ascii: "}")) { return .table(node.value) }
        while true {
            skipBlanks()
            if peek == 0x0A || peek == 0x0D { throw fail("an inline table must stay on one line") }
            let path = try key()
            skipBlanks()
            guard take(UInt8(ascii: "=")) else { throw fail("expected = after the key") }
            skipBlanks()
            let item = try value(depth: depth + 1)
            try assign(item, to: path, in: node)
            skipBlanks()
            if take(UInt8(ascii: "}")) { return .table(node.value) }
            guard take(UInt8(ascii: ",")) else { throw fail("expected , or } in the inline table (it must stay on one line)") }
        }
    }

    /// true, false, a number; a date or anything else is refused.
    mutating func scalar() throws(TOMLError) -> TOMLValue {
        let start = position
        while let b = peek, Self.isBareKey(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") {
            advance()
        }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "": throw fail("expected a value")
        default: break
        }
        if let number = TOMLNumber.parse(Array(bytes[start..<position])) { return number }
        if TOMLNumber.looksLikeDate(Array(bytes[start..<position])) {
            throw fail("dates and times are not supported here")
        }
        throw fail("\(quotedValue(word)) is not a value (strings need quotes)")
    }

    // MARK: Strings

    /// The rest of a basic string after its opening quote(s), escapes resolved.
    mutating func basicString(multiline: Bool) throws(TOMLError) -> String {
        var out: [UInt8] = []
        if multiline { skipFirstNewline() }
        while true {
            guard let byte = peek else { throw fail("string not closed") }
            switch byte {
            case UInt8(ascii: "\""):
                if !multiline { advance(); return String(decoding: out, as: UTF8.self) }
                if let quotes = try closingQuotes(UInt8(ascii: "\"")) {
                    out.append(contentsOf: repeatElement(UInt8(ascii: "\""), count: quotes))
                    return String(decoding: out, as: UTF8.self)
                }
                out.append(byte); advance()
            case UInt8(ascii: "\\"):
                advance()
                try escape(into: &out, multiline: multiline)
            default:
                try stringByte(byte, multiline: multiline, into: &out)
            }
        }
    }

    /// The rest of a literal string after its opening quote(s), taken as it stands.
    mutating func literalString(multiline: Bool) throws(TOMLError) -> String {
        var out: [UInt8] = []
        if multiline { skipFirstNewline() }
        while true {
            guard let byte = peek else { throw fail("string not closed") }
            if byte == UInt8(ascii: "'") {
                if !multiline { advance(); return String(decoding: out, as: UTF8.self) }
                if let quotes = try closingQuotes(UInt8(ascii: "'")) {
                    out.append(contentsOf: repeatElement(UInt8(ascii: "'"), count: quotes))
                    return String(decoding: out, as: UTF8.self)
                }
                out.append(byte); advance()
            } else {
                try stringByte(byte, multiline: multiline, into: &out)
            }
        }
    }

    /// At a quote inside a multi-line string: nil when fewer than three follow (the caller keeps
    /// the quote); else the end of the string, with the one or two quotes that belong to it.
    mutating func closingQuotes(_ quote: UInt8) throws(TOMLError) -> Int? {
        var run = 0
        while position + run < bytes.count, bytes[position + run] == quote { run += 1 }
        guard run >= 3 else { return nil }
        guard run <= 5 else { throw fail("too many quotes at the end of a multi-line string") }
        position += run
        return run - 3
    }

    /// One byte of string text: line breaks only in multi-line strings, no control characters.
    mutating func stringByte(_ byte: UInt8, multiline: Bool, into out: inout [UInt8]) throws(TOMLError) {
        if byte == 0x0A || byte == 0x0D {
            guard multiline else { throw fail("string not closed on its line") }
            try newline()
            out.append(0x0A)
            return
        }
        guard byte >= 0x20 || byte == 0x09, byte != 0x7F else { throw fail("control character in a string (write it as an escape)") }
        out.append(byte)
        advance()
    }

    mutating func skipFirstNewline() {
        if peek == 0x0A { advance(); line += 1 } else if starts(with: "\r\n") { position += 2; line += 1 }
    }

    /// After a backslash: one escape, or (multi-line) a line-ending backslash that swallows the
    /// line break and the blanks after it.
    mutating func escape(into out: inout [UInt8], multiline: Bool) throws(TOMLError) {
        guard let byte = peek else { throw fail("string not closed") }
        advance()
        switch byte {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = byte == UInt8(ascii: "u") ? 4 : 8
            guard position + digits <= bytes.count,
                  let code = UInt32(String(decoding: bytes[position..<(position + digits)], as: UTF8.self), radix: 16),
                  bytes[position..<(position + digits)].allSatisfy({ Self.isHexDigit($0) }),
                  let scalar = Unicode.Scalar(code) else {
                throw fail("\\\(Character(Unicode.Scalar(byte))) needs \(digits) hex digits of a Unicode scalar")
            }
            position += digits
            out.append(contentsOf: String(Character(scalar)).utf8)
        case 0x20, 0x09, 0x0A, 0x0D:
            guard multiline else { throw fail("unknown escape \\\(Self.shown(byte)) (write \\\\ for a backslash)") }
            position -= 1
            skipBlanks()
            guard peek == 0x0A || peek == 0x0D else { throw fail("only blanks may follow a line-ending backslash") }
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                if b == 0x20 || b == 0x09 { advance() } else { try newline() }
            }
        default:
            throw fail("unknown escape \\\(Self.shown(byte)) (write \\\\ for a backslash)")
        }
    }

    static func isHexDigit(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    // MARK: Blanks, comments, line ends

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func advance() { position += 1 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for k in 0..<count where bytes[position + k] != text.utf8Start[k] { return false }
        return true
    }

    mutating func skipBlanks() {
        while let b = peek, b == 0x20 || b == 0x09 { advance() }
    }

    /// A comment, to the end of its line (the line break itself stays).
    mutating func skipComment() throws(TOMLError) {
        guard peek == UInt8(ascii: "#") else { return }
        while let b = peek, b != 0x0A {
            if b == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { return }
            guard b >= 0x20 || b == 0x09, b != 0x7F else { throw fail("control character in a comment") }
            advance()
        }
    }

    mutating func newline() throws(TOMLError) {
        if peek == 0x0A { advance() } else if starts(with: "\r\n") { position += 2 } else {
            throw fail("a carriage return must be followed by a line feed")
        }
        line += 1
    }

    /// Blanks, an optional comment, then a line break or the end of the file.
    mutating func endOfLine() throws(TOMLError) {
        skipBlanks()
        try skipComment()
        guard peek != nil else { return }
        guard peek == 0x0A || peek == 0x0D else { throw fail("expected the end of the line after the value") }
        try newline()
    }

    mutating func skipBlanksCommentsAndNewlines() throws(TOMLError) {
        while true {
            skipBlanks()
            try skipComment()
            guard let b = peek, b == 0x0A || b == 0x0D else { return }
            try newline()
        }
    }

    // MARK: Messages

    func fail(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }

    func quoted(_ key: String) -> String {
        key.utf8.allSatisfy(Self.isBareKey) && !key.isEmpty ? key : "\"" + key + "\""
    }

    func quotedValue(_ word: String) -> String { "\"" + String(word.prefix(40)) + "\"" }

    static func shown(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(Character(Unicode.Scalar(byte))) : "(byte \(byte))"
    }
}
