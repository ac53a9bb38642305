import MarginaliaText

/// What the feature extractor needs to know about one token, computed once per token in one
/// pass: its lowercase form, case flags, and the partial hashes that several templates share.
struct TokenView {
    let text: String
    let lower: String
    let isCapitalised: Bool
    let isAllCaps: Bool
    let hasDigit: Bool
    let isQuoteMark: Bool
    let length: Int
    let hWord: UInt64
    let hLower: UInt64
    let hLong: UInt64
    let hShort: UInt64
    /// Hashes of the first 1...4 scalars of the word and the last 1...5 of its lowercase form.
    let prefixes: [UInt64]
    let suffixes: [UInt64]
    /// Lowercase hashes of the parts before the first and after the last hyphen ("eu", "gipfel").
    let hLastPart: UInt64?
    let hFirstPart: UInt64?
    /// Lowercase scalars (for suffix tests).
    let lowerValues: [UInt32]

    static let longShapeLimit = 6

    init(_ text: String) {
        self.text = text
        var letters = 0, upper = 0, digit = false, count = 0
        var hWord = FeatureHasher.offset, hLong = FeatureHasher.offset, hShort = FeatureHasher.offset
        var lastShort: UInt32 = 0
        var pre: [UInt64] = []
        pre.reserveCapacity(4)
        var first: Unicode.Scalar?
        for c in text.unicodeScalars {
            if first == nil { first = c }
            count += 1
            hWord = FeatureHasher.mix(hWord, c.value)
            if count <= 4 { pre.append(hWord) }
            let code: UInt32
            if ScalarClass.isUppercase(c) { code = 88; letters += 1; upper += 1 }
            else if ScalarClass.isLowercase(c) { code = 120; letters += 1 }
            else if ScalarClass.isNumeric(c) { code = 100; digit = true }
            else { code = c.value; if c.value >= 128, c.properties.isAlphabetic { letters += 1 } }
            if count <= Self.longShapeLimit { hLong = FeatureHasher.mix(hLong, code) }
            if code != lastShort { hShort = FeatureHasher.mix(hShort, code); lastShort = code }
        }
        if count > Self.longShapeLimit { hLong = FeatureHasher.mix(hLong, 43) }
        self.hWord = FeatureHasher.mix(hWord, 0x1f)
        self.hLong = FeatureHasher.mix(hLong, 0x1f)
        self.hShort = FeatureHasher.mix(hShort, 0x1f)
        prefixes = pre
        length = count
        isCapitalised = first.map(ScalarClass.isUppercase) ?? false
        isAllCaps = letters >= 2 && upper == letters
        hasDigit = digit
        isQuoteMark = count == 1 && QuoteMarks.all.contains(first!)

        let lower = upper > 0 ? text.lowercased() : text
        self.lower = lower
        let lowerValues = lower.unicodeScalars.map(\.value)
        self.lowerValues = lowerValues
        var hLower = FeatureHasher.offset
        var firstHyphen = -1, lastHyphen = -1
        for (k, v) in lowerValues.enumerated() {
            hLower = FeatureHasher.mix(hLower, v)
            if v == 45 { if firstHyphen < 0 { firstHyphen = k }; lastHyphen = k }
        }
        self.hLower = FeatureHasher.mix(hLower, 0x1f)
        var suf: [UInt64] = []
        suf.reserveCapacity(5)
        var h = FeatureHasher.offset
        for v in lowerValues.reversed().prefix(5) { h = FeatureHasher.mix(h, v); suf.append(h) }
        suffixes = suf
        if lastHyphen >= 0, lastHyphen + 1 < lowerValues.count {
            hLastPart = FeatureHasher.add(FeatureHasher.offset, lowerValues[(lastHyphen + 1)...])
            hFirstPart = FeatureHasher.add(FeatureHasher.offset, lowerValues[..<firstHyphen])
        } else {
            hLastPart = nil
            hFirstPart = nil
        }
    }

    func lowerHasSuffix(_ suffix: [UInt32]) -> Bool {
        suffix.count <= lowerValues.count && lowerValues.suffix(suffix.count).elementsEqual(suffix)
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
