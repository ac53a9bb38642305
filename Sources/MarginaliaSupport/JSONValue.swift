import FoundationEssentials

/// A JSON value whose objects keep their key order, so that printed output follows the field
/// order of docs/CONTRACTS.md (`source`, `sentences`, `entities`, `quotes`; `@context` first).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Compact single-line JSON (for JSON lines) or indented with two spaces.
    public func serialized(pretty: Bool = false) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes. Strings are copied in runs of bytes rather than scalar by
    /// scalar: saving 10,000 annotations and `analyze --jsonl` are dominated by string output.
    /// `indent`: the nesting level the value sits at when it is written as part of a larger
    /// document piece by piece (`AnalysisJSON.write`).
    public func serializedBytes(pretty: Bool = false, indent: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 12)
        write(into: &out, pretty: pretty, indent: indent)
        return out
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            let text = d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? CFormat.string("%.1f", d) : String(d)) : "null"
            out.append(contentsOf: text.utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(&out, indent: indent + 1) }
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (n, (key, value)) in fields.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(&out, indent: indent + 1) }
                JSONValue.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// Escapes quote, backslash, C0 and C1 controls, DEL and U+2028/U+2029, so the output is
    /// valid JSON, valid JavaScript, and inert in a terminal.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while i < bytes.count {
                let b = bytes[i]
                var escaped: String?
                var width = 1
                switch b {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0x00..<0x20, 0x7F: escaped = unicodeEscape(UInt32(b))
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                    escaped = unicodeEscape(UInt32(bytes[i + 1])); width = 2
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escaped = unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029); width = 3
                default: break
                }
                if let escaped {
                    flush(i)
                    out.append(contentsOf: escaped.utf8)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            flush(bytes.count)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
