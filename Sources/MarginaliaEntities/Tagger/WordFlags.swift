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

/// Word lists in one table keyed by the scalar hash `TokenView` computes anyway (`hWord`,
/// `hLower`), as `WordClassTable` keys the noun list: one look-up per token where six
/// `Set<String>` look-ups hashed the string again each time (with a normalisation check), which
/// cost more than the tagger's emissions.
///
/// Swift compares strings by canonical equivalence, hashes compare scalars: the two agree when
/// both sides are in NFC. The lists are (the shipped ones are checked by a test), and a token
/// whose scalars are all below U+0300 is too; `TokenView.isPlain` says so, and the extractor
/// asks the sets themselves for the rare other tokens.
struct WordFlagTable {
    private let flags: [UInt64: WordFlags]

    init(_ lists: [(words: Set<String>, flags: WordFlags)]) {
        var table: [UInt64: WordFlags] = [:]
        for (words, flags) in lists {
            for w in words { table[WordClassTable.hash(w.unicodeScalars), default: []].formUnion(flags) }
        }
        self.flags = table
    }

    /// The flags of the word whose `WordClassTable.hash` is `h` (none for a word in no list).
    subscript(h: UInt64) -> WordFlags { flags[h] ?? [] }
}
