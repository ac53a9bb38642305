import MarginaliaText

/// Serializes a `JSONValue` straight into UTF-8 bytes, in the same layout as
/// `JSONValue.serialized(pretty:)` (two-space indent, the same escapes), but copying string
/// bytes in runs instead of appending scalar by scalar: saving 10,000 annotations is dominated
/// by string output, and an autosave should not stall the reader.
enum JSONBytesWriter {
    static func bytes(of value: JSONValue, pretty: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, into: &out, pretty: pretty, indent: 0)
        return out
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch value {
        case .null, .bool, .double:
            out.append(contentsOf: value.serialized().utf8)
        case .int(let i):
            out.append(contentsOf: String(i).utf8)
        case .string(let s):
            escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(&out, indent: indent + 1) }
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (n, (key, item)) in fields.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(&out, indent: indent + 1) }
                escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The escapes of `JSONValue`: quote, backslash, C0 and C1 controls, DEL, U+2028/U+2029.
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

/// Strings from runs of code points, built through UTF-8 in one go (appending scalar by scalar
/// to a String is several times slower, and selectors are built for every annotation).
enum ScalarString {
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of `range`, clamped to the text.
    static func slice(_ text: ArticleText, _ lo: Int, _ hi: Int) -> String {
        let a = max(0, min(lo, text.count))
        let b = max(a, min(hi, text.count))
        return make(text.scalars[a..<b])
    }

    /// True if `string` holds exactly the code points of `text` in `lo..<hi` (no allocation).
    static func equals(_ string: String, _ text: ArticleText, _ lo: Int, _ hi: Int) -> Bool {
        guard lo >= 0, hi <= text.count, lo <= hi else { return false }
        var i = lo
        for scalar in string.unicodeScalars {
            if i >= hi || text.scalars[i] != scalar { return false }
            i += 1
        }
        return i == hi
    }
}
