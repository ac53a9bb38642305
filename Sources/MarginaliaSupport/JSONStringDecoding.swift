/// The escapes of a JSON string, decoded in one place: for the strict `JSONReader` (which
/// turns a bad escape into an error) and for the corpus scan's tolerant `decode` (which
/// decodes byte ranges of a line it never parses whole).
public enum JSONStringDecoding {
    /// Decodes the escape whose letter (the byte after the backslash) is at `i`: appends its
    /// UTF-8 to `out` and returns the index after it; nil when it is no JSON escape (an unknown
    /// letter, a bad or cut-off `\u`). A surrogate pair becomes one scalar, a lone surrogate U+FFFD.
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, letterAt i: Int, end: Int, into out: inout [UInt8]) -> Int? {
        guard i < end else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            guard let high = hex4(bytes, at: i + 1, end: end) else { return nil }
            if (0xD800..<0xDC00).contains(high), i + 11 <= end, bytes[i + 5] == 0x5C, bytes[i + 6] == UInt8(ascii: "u"),
               let low = hex4(bytes, at: i + 7, end: end), (0xDC00..<0xE000).contains(low) {
                appendScalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), to: &out)
                return i + 11
            }
            appendScalar(high, to: &out)
            return i + 5
        default: return nil
        }
        return i + 1
    }

    /// Decodes the body of a JSON string (the bytes between its quotation marks, escapes still
    /// raw). Tolerant: a bad or cut-off `\u` escape becomes U+FFFD and ends the text, an unknown
    /// escape keeps its letter, so a byte prefix of a long string decodes too (the first line of
    /// a corpus article without a title).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        // Fast path: no escapes.
        guard let firstEscape = range.first(where: { bytes[$0] == 0x5C }) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var out = Array(bytes[range.lowerBound..<firstEscape])
        out.reserveCapacity(range.count)
        var i = firstEscape
        while i < range.upperBound {
            let b = bytes[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            if let next = escape(bytes, letterAt: i + 1, end: range.upperBound, into: &out) {
                i = next
            } else if i + 1 < range.upperBound, bytes[i + 1] != UInt8(ascii: "u") {
                out.append(bytes[i + 1])
                i += 2
            } else {
                appendScalar(0xFFFD, to: &out)
                break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of four hex digits at `i`, nil if they are not (or the text ends before).
    public static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard i + 4 <= end else { return nil }
        var v: UInt32 = 0
        for j in i..<(i + 4) {
            let b = bytes[j]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    /// Appends a scalar as UTF-8 (lone surrogates become U+FFFD).
    static func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(scalar).utf8))
    }
}
