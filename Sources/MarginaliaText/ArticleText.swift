/// An article's text, held once, as a compact array of code points (`ScalarStore`), so that
/// code-point offsets (the unit of every `Span`) index in O(1). The Swift `String` of the whole
/// text is made when asked for (fingerprints, exports): keeping it beside the code points would
/// hold a big article twice.
public struct ArticleText: Sendable, Equatable {
    public let scalars: ScalarStore

    public init(_ string: String) {
        self.scalars = ScalarStore(string.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = ScalarStore(scalars)
    }

    public init(scalars: ScalarStore) {
        self.scalars = scalars
    }

    /// The whole text as a `String` (made on each call: for one-off uses such as a fingerprint).
    public var string: String { scalars.string(0..<scalars.count) }

    /// SHA-256 of the text's UTF-8, in hex: the fingerprint in annotation files and `analyze`
    /// output. Fed to the hasher a chunk at a time (the whole String and a byte array of it
    /// were four times a big article, all at once).
    public var sha256: String {
        // The UTF-8 is written into a fixed buffer (appending byte by byte to an array was most
        // of the cost for the short articles of a corpus).
        var hasher = SHA256.Hasher()
        let size = Swift.min(1 << 16, 4 * scalars.count)
        var chunk = [UInt8](repeating: 0, count: size + 4)
        chunk.withUnsafeMutableBufferPointer { buffer in
            scalars.withReader { r in
                var n = 0
                for i in 0..<r.count {
                    let c = r[i]
                    if c.value < 0x80 { buffer[n] = UInt8(c.value); n += 1 } else { UTF8.encode(c) { buffer[n] = $0; n += 1 } }
                    if n >= size { hasher.update(UnsafeBufferPointer(rebasing: buffer[..<n])); n = 0 }
                }
                hasher.update(UnsafeBufferPointer(rebasing: buffer[..<n]))
            }
        }
        return hasher.hex()
    }

    /// Number of code points (Python `len(text)`).
    public var count: Int { scalars.count }

    public subscript(span: Span) -> String {
        // The analysers take the text of every token and name this way (a hot path of `analyze`).
        scalars.string(span.start..<span.end)
    }

    /// The text of `range` (clamped to the text).
    public func string(_ range: Range<Int>) -> String { scalars.string(range) }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }
}
