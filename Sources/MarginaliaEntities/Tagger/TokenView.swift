import MarginaliaText

/// What the feature extractor needs to know about one token, computed once per token in one
/// pass: its lowercase form, case flags, and the partial hashes that several templates share.
/// Nothing here allocates beyond the lowercase `String` of a word with capitals: tokens are
/// viewed by the million, and per-token arrays of hashes were a third of the view's cost.
struct TokenView {
    let text: String
    let lower: String
    let isCapitalised: Bool
    let isAllCaps: Bool
    let hasDigit: Bool
    let isQuoteMark: Bool
    let length: Int
    let hWord: UInt64
    /// The hash of the word without its last scalar ("Russland" of "Russlands").
    let hWordButLast: UInt64
    /// All scalars of the word and of its lowercase form are below U+0300, so both are in NFC
    /// and scalar hashes compare them as `String` does (see `WordFlagTable`).
    let isPlain: Bool
    let hLower: UInt64
    let hLong: UInt64
    let hShort: UInt64
    /// Hashes of the first 1...4 scalars of the word and the last 1...5 of its lowercase form.
    let prefixes: Hashes
    let suffixes: Hashes
    /// Lowercase hashes of the parts before the first and after the last hyphen ("eu", "gipfel").
    let hLastPart: UInt64?
    let hFirstPart: UInt64?

    static let longShapeLimit = 6

    /// Up to five hashes, held inline.
    struct Hashes {
        private var h: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        private(set) var count = 0

        @inline(__always) mutating func append(_ x: UInt64) {
            withUnsafeMutableBytes(of: &h) { $0.storeBytes(of: x, toByteOffset: count * 8, as: UInt64.self) }
            count += 1
        }

        @inline(__always) subscript(k: Int) -> UInt64 {
            precondition(k >= 0 && k < count)
            return withUnsafeBytes(of: h) { $0.load(fromByteOffset: k * 8, as: UInt64.self) }
        }
    }

    init(_ text: String) {
        self.text = text
        var letters = 0, upper = 0, digit = false, count = 0
        var hWord = FeatureHasher.offset, hLong = FeatureHasher.offset, hShort = FeatureHasher.offset
        var lastShort: UInt32 = 0
        var pre = Hashes()
        var first: Unicode.Scalar?
        var butLast = hWord, high: UInt32 = 0   // the largest scalar
        for c in text.unicodeScalars {
            if first == nil { first = c }
            count += 1
            butLast = hWord
            high = max(high, c.value)
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
        hWordButLast = FeatureHasher.mix(butLast, 0x1f)
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
        // One pass over the lowercase scalars: the whole hash, the parts around the hyphens,
        // and the last five scalars (newest in the low bits of `last`, for the suffixes).
        var hLower = FeatureHasher.offset, part = FeatureHasher.offset
        var firstPart: UInt64? = nil
        var lowerLength = 0, endsInHyphen = false
        var last: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
        for c in lower.unicodeScalars {
            let v = c.value
            high = max(high, v)
            lowerLength += 1
            hLower = FeatureHasher.mix(hLower, v)
            last = (v, last.0, last.1, last.2, last.3)
            if v == 45 {
                if firstPart == nil { firstPart = FeatureHasher.mix(part, 0x1f) }
                part = FeatureHasher.offset
                endsInHyphen = true
            } else {
                part = FeatureHasher.mix(part, v)
                endsInHyphen = false
            }
        }
        self.hLower = FeatureHasher.mix(hLower, 0x1f)
        isPlain = high < 0x300
        var suf = Hashes()
        var h = FeatureHasher.offset
        withUnsafeBytes(of: last) { newest in
            for k in 0..<min(5, lowerLength) {
                h = FeatureHasher.mix(h, newest.load(fromByteOffset: k * 4, as: UInt32.self))
                suf.append(h)
            }
        }
        suffixes = suf
        if let firstPart, !endsInHyphen {
            hLastPart = FeatureHasher.mix(part, 0x1f)
            hFirstPart = firstPart
        } else {
            hLastPart = nil
            hFirstPart = nil
        }
    }

    /// The first of `suffixes` that `lower` ends with, each the UTF-8 of whole scalars (a byte
    /// suffix that starts at a lead byte starts at a scalar boundary, so comparing bytes is
    /// comparing scalars). One method for the whole list: a closure per suffix copied the view.
    func lowerSuffixIndex(_ suffixes: [[UInt8]]) -> Int? {
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            suffixes.firstIndex { s in bytes.count >= s.count && bytes[(bytes.count - s.count)...].elementsEqual(s) }
        }
        return lower.utf8.withContiguousStorageIfAvailable(find) ?? Array(lower.utf8).withUnsafeBufferPointer(find)
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
