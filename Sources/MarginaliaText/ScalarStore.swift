/// An article's code points, indexed by code-point offset in O(1), stored in as few bytes as the
/// text allows: each code point is a small number (its code) into a table of the distinct code
/// points of the text, one byte per code point when there are at most 256 of them (a German or
/// English article has about 120), two bytes up to 65,536, else the scalar value itself (four
/// bytes). A 20 MB article takes 20 MB instead of the 80 MB of a `[Unicode.Scalar]`, and the
/// text is kept only in this form (`ArticleText.string` is made when asked for).
public struct ScalarStore: RandomAccessCollection, Sendable, Hashable {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    /// `width` bytes per code point, little-endian.
    private let codes: [UInt8]
    /// 1, 2 or 4.
    private let width: Int
    /// Code -> scalar (empty when `width` is 4: the code is the scalar value).
    private let table: [Unicode.Scalar]
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var indices: Range<Int> { 0..<count }
    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < count, "code-point offset \(i) out of 0..<\(count)")
        switch width {
        case 1: return table[Int(codes[i])]
        case 2: return table[Int(codes[2 * i]) | Int(codes[2 * i + 1]) << 8]
        default:
            let v = UInt32(codes[4 * i]) | UInt32(codes[4 * i + 1]) << 8 | UInt32(codes[4 * i + 2]) << 16 | UInt32(codes[4 * i + 3]) << 24
            return Unicode.Scalar(v).unsafelyUnwrapped
        }
    }

    public init() { self.init(Array<Unicode.Scalar>()) }

    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        self.init { body in for s in scalars { body(s) } }
    }

    /// Built from a source read twice through `each` (once to find the distinct code points and
    /// their number, once to write the codes), so no wider intermediate copy of the text exists.
    /// `each` must give the same scalars both times.
    init(_ each: ((Unicode.Scalar) -> Void) -> Void) {
        // Codes of the scalars below U+10000 by value (0: none yet); the rare others in a dictionary.
        // The table grows to the highest scalar seen, in blocks of 256: zeroing all 65,536 entries
        // for each article of a corpus (most stop below U+2100) was over half the instructions of
        // loading one (callgrind).
        var bmp = [UInt16](repeating: 0, count: 0x100)
        var astral: [UInt32: Int] = [:]
        var table: [Unicode.Scalar] = []
        var count = 0
        var overflow = false   // more distinct code points than two bytes can number
        each { s in
            count += 1
            if overflow { return }
            if s.value < 0x10000 {
                if Int(s.value) >= bmp.count { bmp.append(contentsOf: repeatElement(0, count: (Int(s.value) | 0xFF) + 1 - bmp.count)) }
                guard bmp[Int(s.value)] == 0 else { return }
                table.append(s)
                if table.count < 0x10000 { bmp[Int(s.value)] = UInt16(table.count) } else { overflow = true }
            } else if astral[s.value] == nil {
                astral[s.value] = table.count
                table.append(s)
                overflow = table.count >= 0x10000
            }
        }
        let width = overflow ? 4 : table.count <= 0x100 ? 1 : 2
        var codes = [UInt8](repeating: 0, count: count * width)
        codes.withUnsafeMutableBufferPointer { out in
            var i = 0
            each { s in
                let code: Int
                if width == 4 {
                    code = Int(s.value)
                } else if s.value < 0x10000 {
                    code = Int(bmp[Int(s.value)]) - 1
                } else {
                    code = astral[s.value]!
                }
                out[i] = UInt8(truncatingIfNeeded: code)
                if width >= 2 { out[i + 1] = UInt8(truncatingIfNeeded: code >> 8) }
                if width == 4 { out[i + 2] = UInt8(truncatingIfNeeded: code >> 16); out[i + 3] = UInt8(truncatingIfNeeded: code >> 24) }
                i += width
            }
        }
        self.codes = codes
        self.width = width
        self.table = width == 4 ? [] : table
        self.count = count
    }

    /// The code points of valid UTF-8 (a byte order mark already removed), with CRLF and lone CR
    /// made LF when `normalizingLineEnds` (the loaded text's line ends): decoded straight into
    /// the store, with no `[Unicode.Scalar]` of the whole text in between.
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, normalizingLineEnds: Bool = true) {
        self.init { body in
            var i = 0
            var afterCR = false
            while i < bytes.count {
                let c = UInt32(bytes[i])
                let v: UInt32
                if c < 0x80 {
                    v = c; i += 1
                } else if c < 0xE0 {
                    v = (c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if c < 0xF0 {
                    v = (c & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (c & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                if normalizingLineEnds {
                    if v == 0x0A, afterCR { afterCR = false; continue }   // the LF of a CRLF: already written
                    afterCR = v == 0x0D
                    if afterCR { body("\n"); continue }
                }
                body(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
    }

    /// Calls `body` with a reader of the codes, for loops that look at every code point (the
    /// tokenizer): no bounds checks or array retains per access.
    public func withReader<R>(_ body: (ScalarReader) throws -> R) rethrows -> R {
        try codes.withUnsafeBytes { raw in
            try table.withUnsafeBufferPointer { table in
                try body(ScalarReader(codes: raw.baseAddress, table: table.baseAddress, width: width, count: count))
            }
        }
    }

    /// The UTF-8 `String` of `range`, written straight into the String's storage.
    public func string(_ range: Range<Int>) -> String {
        let lo = Swift.max(0, Swift.min(range.lowerBound, count)), hi = Swift.max(lo, Swift.min(range.upperBound, count))
        return withReader { $0.string(lo..<hi) }
    }

    /// Bytes held for the text (the figure `marginalia bench` reports beside the peak).
    public var byteCount: Int { codes.count + table.count * 4 }

    public static func == (a: ScalarStore, b: ScalarStore) -> Bool {
        if a.count != b.count { return false }
        if a.width == b.width, a.table == b.table { return a.codes == b.codes }
        return a.elementsEqual(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for s in prefix(64) { hasher.combine(s) }
    }
}

/// Unchecked access to a `ScalarStore`'s code points, valid inside `withReader` only.
public struct ScalarReader {
    let codes: UnsafeRawPointer?
    let table: UnsafePointer<Unicode.Scalar>?
    let width: Int
    public let count: Int

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        assert(i >= 0 && i < count, "code-point offset out of range")
        switch width {
        case 1: return table.unsafelyUnwrapped[Int(codes.unsafelyUnwrapped.load(fromByteOffset: i, as: UInt8.self))]
        case 2: return table.unsafelyUnwrapped[Int(codes.unsafelyUnwrapped.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self).littleEndian)]
        default: return Unicode.Scalar(codes.unsafelyUnwrapped.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self).littleEndian).unsafelyUnwrapped
        }
    }

    /// The UTF-8 `String` of `range` (within `0..<count`), written straight into the String's
    /// storage: several times faster than appending scalars to a `String.UnicodeScalarView`.
    public func string(_ range: Range<Int>) -> String {
        var utf8Count = 0
        for k in range { utf8Count += UTF8.width(self[k]) }
        return String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var n = 0
            for k in range {
                let v = self[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else {
                    UTF8.encode(self[k]) { byte in buffer[n] = byte; n += 1 }
                }
            }
            return n
        }
    }
}
