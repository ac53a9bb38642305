import MarginaliaText

/// Strings from runs of the article's code points (selectors are built for every annotation).
enum ScalarString {
    /// The text of `range`, clamped to the text.
    static func slice(_ text: ArticleText, _ lo: Int, _ hi: Int) -> String {
        let a = max(0, min(lo, text.count))
        let b = max(a, min(hi, text.count))
        return text.string(a..<b)
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
