import MarginaliaText

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
