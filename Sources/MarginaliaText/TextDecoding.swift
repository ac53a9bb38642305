import FoundationEssentials

/// Bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 with a notice.
/// Line ends become LF (CRLF and lone CR), so offsets are the same on every platform.
enum TextDecoding {
    struct Decoded {
        var scalars: ScalarStore
        var notices: [String]
    }

    static let windows1252Notice = "decoded as Windows-1252: not valid UTF-8"

    static func decode(_ data: Data) -> Decoded {
        if looksLikeUTF16(data), let utf16 = decodeUTF16([UInt8](data), littleEndian: data[data.startIndex] == 0xFF) {
            return Decoded(scalars: ScalarStore(normalizeLineEnds(utf16)), notices: ["decoded as UTF-16 (byte order mark)"])
        }
        // UTF-8 goes from the file's bytes straight into the compact store: no copy of the bytes
        // and no array of 4-byte scalars of the whole text on the way.
        let utf8: ScalarStore? = data.withUnsafeBytes { raw in
            var body = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = UnsafeBufferPointer(rebasing: body.dropFirst(3)) }
            guard isValidUTF8(body) else { return nil }
            return ScalarStore(validUTF8: body)
        }
        if let utf8 { return Decoded(scalars: utf8, notices: []) }
        var body = [UInt8](data)[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return Decoded(scalars: ScalarStore(normalizeLineEnds(body.map(windows1252))), notices: [windows1252Notice])
    }

    /// Whether the bytes are well-formed UTF-8 (the standard library's validation, without
    /// keeping the String it makes: that would be a second copy of a big article).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Whether the bytes hold a NUL outside a UTF-16 file, the sign of a binary file.
    static func looksBinary(_ data: Data) -> Bool {
        if looksLikeUTF16(data) { return data.count % 2 != 0 }
        // memchr, not Data's byte iterator, which is slow on a big article.
        return data.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
    }

    /// Whether the last `count` bytes of `data` (a chunk just read) hold a NUL byte.
    static func containsNUL(_ data: Data, last count: Int) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, count > 0 else { return false }
            let n = min(count, raw.count)
            return memchr(base + (raw.count - n), 0, n) != nil
        }
    }

    /// Whether the bytes start with a UTF-16 byte order mark.
    static func looksLikeUTF16(_ data: Data) -> Bool {
        data.count >= 2 && ((data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
            || (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF))
    }

    static func normalizeLineEnds(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains("\r") else { return input }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == "\r" {
                out.append("\n")
                if i + 1 < input.count, input[i + 1] == "\n" { i += 1 }
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Windows-1252 as the WHATWG Encoding Standard defines it: 0x80-0x9F hold typographic
    /// characters (€ „ “ ” – —), the five unassigned bytes map to the C1 control of the same value.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        return Unicode.Scalar(cp1252High[Int(byte) - 0x80])!
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> [Unicode.Scalar]? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var scalars: [Unicode.Scalar] = []
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let v): scalars.append(v)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return scalars
    }
}
