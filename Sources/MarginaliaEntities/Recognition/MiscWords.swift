import MarginaliaText

/// Every table of the MISC passes (currencies, languages, treaty and event nouns, fixed event
/// names, product frame nouns, road nouns) in one dictionary: one lookup per capitalised word tells all the
/// tables a word is in, asked once per token for the passes (`MiscKinds`, `NamedEvents`,
/// product frames, `MiscCueNames`) instead of a `Set<String>` lookup per table and pass. A token whose first two
/// first two and last bytes are no entry's is not looked up at all (most words: hashing costs more than the test).
struct MiscWord: OptionSet, Sendable {
    let rawValue: UInt16
    static let currency = MiscWord(rawValue: 1 << 0)
    static let sign = MiscWord(rawValue: 1 << 1)
    static let language = MiscWord(rawValue: 1 << 2)
    static let treatyNoun = MiscWord(rawValue: 1 << 3)
    static let eventNoun = MiscWord(rawValue: 1 << 4)
    /// A one-word fixed event or prize name, or its genitive.
    static let fixedName = MiscWord(rawValue: 1 << 5)
    /// The first word of a fixed name of several words.
    static let fixedStart = MiscWord(rawValue: 1 << 6)
    static let productFrame = MiscWord(rawValue: 1 << 7)
    /// "Typ", "Typs", "Typen": a product frame that takes any name.
    static let typeFrame = MiscWord(rawValue: 1 << 8)
    static let weatherNoun = MiscWord(rawValue: 1 << 9)
    static let variantNoun = MiscWord(rawValue: 1 << 10)
    static let techNoun = MiscWord(rawValue: 1 << 11)
    static let maker = MiscWord(rawValue: 1 << 12)
    static let techHead = MiscWord(rawValue: 1 << 13)
    /// A prize named with a place’s adjective before it: "Literaturpreis", "Filmpreises".
    static let prizeNoun = MiscWord(rawValue: 1 << 14)
    /// "Autobahn", "Bundesstraßen": a road number follows (`RoadDesignations`).
    static let roadNoun = MiscWord(rawValue: 1 << 15)

    /// Nouns that close a two-word event or treaty name.
    static let closingNoun: MiscWord = [.treatyNoun, .eventNoun, .prizeNoun]
}

enum MiscWords {
    static let table: [String: MiscWord] = {
        var table: [String: MiscWord] = [:]
        func add(_ words: some Sequence<String>, _ kind: MiscWord) {
            for w in words { table[w, default: []].insert(kind) }
        }
        add(MiscKinds.currencies, .currency)
        add(MiscKinds.currencySigns, .sign)
        add(MiscKinds.languages, .language)
        add(NamedEvents.treatyNouns, .treatyNoun)
        add(NamedEvents.eventNouns, .eventNoun)
        add(NamedEvents.prizeNouns, .prizeNoun)
        add(RoadDesignations.roadNouns, .roadNoun)
        add(NamedEvents.singleForms, .fixedName)
        add(NamedEvents.multiWord.keys, .fixedStart)
        add(MiscKinds.productFrames.keys, .productFrame)
        add(MiscKinds.productFrames.filter(\.value).keys, .typeFrame)
        add(MiscCueNames.weatherNouns, .weatherNoun)
        add(MiscCueNames.variantNouns, .variantNoun)
        add(MiscCueNames.techNouns, .techNoun)
        add(MiscCueNames.makers, .maker)
        add(MiscCueNames.techHeads, .techHead)
        return table
    }()

    /// 2^16 bits, one for each key of a word in `words`: a filter that answers "surely not" for most words.
    struct ByteFilter {
        private var bits = [UInt64](repeating: 0, count: 1024)
        init(_ words: some Sequence<String>, key: (String.UTF8View) -> Int) {
            for w in words {
                let k = key(w.utf8)
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        @inline(__always) func mayHold(_ k: Int) -> Bool { bits[k >> 6] & (1 << UInt64(k & 63)) != 0 }
    }

    /// The first two bytes and the last byte of every entry.
    static let leads = ByteFilter(table.keys) { key($0) }

    /// Could a word with these bytes be in the table (its first two and last bytes are an entry's)?
    @inline(__always) static func mayStart(_ u: some BidirectionalCollection<UInt8>) -> Bool {
        leads.mayHold(key(u))
    }

    /// The last two bytes of every currency: a hyphenated word ending otherwise is no currency
    /// compound, without looking for its hyphen.
    static let currencyEnds = ByteFilter(MiscKinds.currencies) { endKey($0) }

    @inline(__always) static func mayEndCurrency(_ u: String.UTF8View) -> Bool {
        // "US-Dollar-": a trailing hyphen is cut off by the test that follows.
        if u.last == UInt8(ascii: "-") { return true }
        return currencyEnds.mayHold(endKey(u))
    }

    @inline(__always) static func endKey(_ u: String.UTF8View) -> Int {
        var it = u.reversed().makeIterator()
        guard let last = it.next() else { return 0 }
        return Int(last) << 8 | Int(it.next() ?? 0)
    }

    @inline(__always) static func key(_ u: some BidirectionalCollection<UInt8>) -> Int {
        var it = u.makeIterator()
        guard let b0 = it.next(), let last = u.last else { return 0 }
        return ((Int(b0) << 8 | Int(it.next() ?? 0)) &+ Int(last) &* 0x9E5) & 0xFFFF
    }

    /// What the word is to the MISC passes; empty for most words, without a lookup.
    @inline(__always) static func kind(_ w: String) -> MiscWord {
        mayStart(w.utf8) ? table[w] ?? [] : []
    }

    /// The kind of every token, sentence after sentence (index: the token's place in the whole
    /// sequence).
    static func kinds(_ tokens: some Collection<[Token]>) -> [MiscWord] {
        var kinds: [MiscWord] = []
        kinds.reserveCapacity(tokens.reduce(0) { $0 + $1.count })
        for sentence in tokens {
            for t in sentence { kinds.append(kind(t.text)) }
        }
        return kinds
    }
}
