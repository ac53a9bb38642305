/// What "the loaded text" is, whatever the source (docs/LOADED-TEXT.md): a leading byte order
/// mark dropped, CRLF and lone CR turned into LF. Files get this while decoding; a JSON-lines
/// `text` field and strings from memory get it here, so one article gives the same text, the
/// same offsets and the same fingerprint from a file and from a corpus line.
public enum LoadedTextNormalization {
    /// The normalised scalars, and whether anything changed.
    public static func normalize(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], changed: Bool) {
        var body = scalars
        var changed = false
        if body.first == "\u{FEFF}" { body.removeFirst(); changed = true }
        let lines = TextDecoding.normalizeLineEnds(body)
        return (lines, changed || lines.count != body.count || body.contains("\r"))
    }

    /// The same from a `String` (a JSON-lines `text` field): decoded from its UTF-8 straight into
    /// the text's store, with no array of scalars in between.
    public static func normalize(_ string: String) -> (text: ArticleText, changed: Bool) {
        var string = string
        return string.withUTF8 { bytes in
            let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            let body = UnsafeBufferPointer(rebasing: bytes[(bom ? 3 : 0)...])
            return (ArticleText(scalars: ScalarStore(validUTF8: body, normalizingLineEnds: true)), bom || body.contains(0x0D))
        }
    }

    /// For each code-point offset of the raw text (0...count), the offset in the normalised
    /// text: how annotations made on the raw text by older versions are moved.
    public static func offsetMap<C: RandomAccessCollection>(_ raw: C) -> [Int] where C.Element == Unicode.Scalar, C.Index == Int {
        var map = [Int](repeating: 0, count: raw.count + 1)
        var n = 0
        var i = 0
        if raw.first == "\u{FEFF}" { map[0] = 0; i = 1 }
        while i < raw.count {
            map[i] = n
            if raw[i] == "\r", i + 1 < raw.count, raw[i + 1] == "\n" {
                map[i + 1] = n   // CR and LF become one LF
                i += 2
            } else {
                i += 1
            }
            n += 1
        }
        map[raw.count] = n
        return map
    }
}
