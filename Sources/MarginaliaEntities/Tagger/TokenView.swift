/// What the feature extractor needs to know about one token, computed once per token: its
/// scalars, lowercase form, case flags, and the partial hashes that several templates share.
struct TokenView {
    let text: String
    let lower: String
    let isCapitalised: Bool
    let isAllCaps: Bool
    let hasDigit: Bool
    let hasHyphen: Bool
    let isQuoteMark: Bool
    let length: Int
    let hWord: UInt64
    let hLower: UInt64
    let hLong: UInt64
    let hShort: UInt64
    /// Hashes of the first 1...4 scalars of the word and the last 1...5 of its lowercase form.
    let prefixes: [UInt64]
    let suffixes: [UInt64]
    /// Lowercase hash of the part after the last hyphen ("Gipfel" of "EU-Gipfel"), if any.
    let hLastPart: UInt64?
    let hFirstPart: UInt64?

    init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        let lower = text.lowercased()
        self.lower = lower
        let lowerValues = lower.unicodeScalars.map(\.value)
        length = scalars.count
        isCapitalised = scalars.first.map { $0.properties.isUppercase } ?? false
        var letters = 0, upper = 0, digit = false, hyphen = false
        for c in scalars {
            if c.properties.isAlphabetic { letters += 1; if c.properties.isUppercase { upper += 1 } }
            if c.properties.numericType != nil { digit = true }
            if c == "-" { hyphen = true }
        }
        isAllCaps = letters >= 2 && upper == letters
        hasDigit = digit
        hasHyphen = hyphen
        isQuoteMark = scalars.count == 1 && QuoteMarks.all.contains(scalars[0])
        hWord = FeatureHasher.add(FeatureHasher.offset, scalars.lazy.map(\.value))
        hLower = FeatureHasher.add(FeatureHasher.offset, lowerValues)
        hLong = FeatureHasher.add(FeatureHasher.offset, WordShape.long(scalars))
        hShort = FeatureHasher.add(FeatureHasher.offset, WordShape.short(scalars))
        var pre: [UInt64] = []
        var h = FeatureHasher.offset
        for c in scalars.prefix(4) { h = FeatureHasher.mix(h, c.value); pre.append(h) }
        prefixes = pre
        var suf: [UInt64] = []
        h = FeatureHasher.offset
        for v in lowerValues.reversed().prefix(5) { h = FeatureHasher.mix(h, v); suf.append(h) }
        suffixes = suf
        if hyphen, let cut = lowerValues.lastIndex(of: 45), cut + 1 < lowerValues.count {
            hLastPart = FeatureHasher.add(FeatureHasher.offset, lowerValues[(cut + 1)...])
            let first = lowerValues.firstIndex(of: 45)!
            hFirstPart = FeatureHasher.add(FeatureHasher.offset, lowerValues[..<first])
        } else {
            hLastPart = nil
            hFirstPart = nil
        }
    }
}

/// Quotation marks as single tokens, and how each moves the inside-quotes state.
enum QuoteMarks {
    static let opening: Set<Unicode.Scalar> = ["„", "‚"]
    static let closing: Set<Unicode.Scalar> = ["”"]
    /// Marks that open when outside quotes and close when inside.
    static let toggling: Set<Unicode.Scalar> = ["\"", "“", "«", "»", "‘"]
    static let all = opening.union(closing).union(toggling)
}
