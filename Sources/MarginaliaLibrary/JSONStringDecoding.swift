/// Decodes the body of a JSON string (the bytes between its quotation marks, escapes still
/// raw). Tolerant: a bad or cut-off escape becomes U+FFFD, so a byte prefix of a long string
/// decodes too (used for the first line of a corpus article without a title).
enum JSONStringDecoding {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        // Fast path: no escapes.
        var hasEscape = false
        for i in range where bytes[i] == 0x5C { hasEscape = true; break }
        if !hasEscape {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            guard i + 1 < range.upperBound else { appendScalar(0xFFFD, to: &out); break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard let high = hex4(bytes, at: i, end: range.upperBound) else { appendScalar(0xFFFD, to: &out); i = range.upperBound; break }
                i += 4
                if (0xD800..<0xDC00).contains(high), i + 6 <= range.upperBound, bytes[i] == 0x5C, bytes[i + 1] == UInt8(ascii: "u"),
                   let low = hex4(bytes, at: i + 2, end: range.upperBound), (0xDC00..<0xE000).contains(low) {
                    appendScalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), to: &out)
                    i += 6
                } else {
                    appendScalar(high, to: &out)
                }
            default: out.append(e)   // \" \\ \/ (and anything else, kept literally)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
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
