/// What the feature extractor's word lists say of a token: first name, organisation word, title,
/// place, country, first word of a multi-word place, and (of its lowercase form) common word.
struct WordFlags: OptionSet {
    let rawValue: UInt8
    static let firstName = WordFlags(rawValue: 1)
    static let organisationWord = WordFlags(rawValue: 2)
    static let personTitle = WordFlags(rawValue: 4)
    static let place = WordFlags(rawValue: 8)
    static let country = WordFlags(rawValue: 16)
    static let placeStart = WordFlags(rawValue: 32)
    static let common = WordFlags(rawValue: 64)
}

/// Word lists in an open-addressed table keyed by the scalar hash `TokenView` computes anyway
/// (`hWord`, `hLower`): one probe per token where six `Set<String>` look-ups
/// hashed the string again each time (with SipHash and a normalisation check), which cost
/// more than the tagger's emissions.
///
/// Swift compares strings by canonical equivalence, hashes compare scalars: the two agree when
/// both sides are in NFC. The lists are (the shipped ones are checked by a test), and a token
/// whose scalars are all below U+0300 is too; `TokenView.isPlain` says so, and the extractor
/// asks the sets themselves for the rare other tokens.
struct WordFlagTable {
    private let keys: [UInt64]
    private let values: [WordFlags]
    private let shift: UInt64

    init(_ lists: [(words: Set<String>, flags: WordFlags)]) {
        var slots = 16
        while slots < 2 * lists.reduce(0, { $0 + $1.words.count }) { slots *= 2 }
        var keys = [UInt64](repeating: 0, count: slots), values = [WordFlags](repeating: [], count: slots)
        let shift = UInt64(64 - slots.trailingZeroBitCount)
        for (words, flags) in lists {
            for w in words {
                let h = WordClassTable.hash(w.unicodeScalars)
                var i = Self.slot(h, shift)
                while keys[i] != 0 && keys[i] != h { i = (i + 1) & (slots - 1) }
                keys[i] = h
                values[i].formUnion(flags)
            }
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    @inline(__always) private static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* FeatureExtractor.golden) >> shift)
    }

    /// The flags of the word whose `WordClassTable.hash` is `h` (none for a word in no list).
    subscript(h: UInt64) -> WordFlags {
        keys.withUnsafeBufferPointer { keys in
            var i = Self.slot(h, shift)
            while true {
                let k = keys[i]
                if k == h { return values[i] }
                if k == 0 { return [] }
                i = (i + 1) & (keys.count - 1)
            }
        }
    }
}
