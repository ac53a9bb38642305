/// An article's text held both as a Swift `String` and as an array of Unicode scalars, so that
/// code-point offsets (the unit of every `Span`) index in O(1).
public struct ArticleText: Sendable, Equatable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Text from scalars already decoded (the loader has them): the String is built by writing
    /// UTF-8 straight into its storage and the array is kept, instead of appending scalar by
    /// scalar to a String.UnicodeScalarView and decoding it all again (where most of the time to
    /// open a big article went).
    public init(scalars: [Unicode.Scalar]) {
        self.string = ArticleText.string(scalars[...])
        self.scalars = scalars
    }

    /// Both forms at hand already (`scalars` must be exactly `string.unicodeScalars`).
    init(string: String, scalars: [Unicode.Scalar]) {
        self.string = string
        self.scalars = scalars
    }

    /// A String from scalars, its UTF-8 written straight into the String's storage (appending to a
    /// String.UnicodeScalarView goes scalar by scalar through generic code: unspecialised across
    /// modules, it was a tenth of the reader's first frame).
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { scalars in
            var utf8Count = 0
            for s in scalars { utf8Count += UTF8.width(s) }
            return String(unsafeUninitializedCapacity: utf8Count) { buffer in
                var i = 0
                for s in scalars {
                    let v = s.value
                    switch v {
                    case 0..<0x80:
                        buffer[i] = UInt8(v); i += 1
                    case 0x80..<0x800:
                        buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                    case 0x800..<0x10000:
                        buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                        buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                    default:
                        buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                        buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                    }
                }
                return i
            }
        }
    }

    /// Number of code points (Python `len(text)`).
    public var count: Int { scalars.count }

    public subscript(span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        // The analysers take the text of every token and name this way (a hot path of `analyze`).
        return ArticleText.string(scalars[lo..<hi])
    }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    public static func == (lhs: ArticleText, rhs: ArticleText) -> Bool { lhs.string == rhs.string }
}
