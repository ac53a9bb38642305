/// Turns a sentence of tokens into hashed feature buckets, one list per token (stored flat).
/// The templates are numbered; their numbers are part of the model format, so add new ones at
/// the end and bump `ModelFile.version` when their meaning changes.
public struct FeatureExtractor: Sendable {
    public let lexicon: Lexicon
    /// Lowercase words seen in lowercase in the training data: a capitalised token whose
    /// lowercase form is here ("Dennoch", "Einfluss") is most likely not a name.
    public let commonWords: Set<String>
    public let hashBits: Int
    /// The language's cue tables (see `FeatureCues`); German unless a model says otherwise.
    public let cues: FeatureCues
    /// The noun list's word classes (`TaggerModel.featureVersion` 1 on); nil: the features of
    /// version 0, which older model files were trained with.
    public let words: WordClassTable?
    /// The word lists above as tables (see `wordFlags`): the common words apart, since every
    /// token asks for them and a small table stays in the processor's cache.
    let nameTable: WordFlagTable
    let commonTable: WordFlagTable

    public init(lexicon: Lexicon, commonWords: Set<String>, hashBits: Int, cues: FeatureCues = .german,
                words: WordClassTable? = nil) {
        self.lexicon = lexicon
        self.commonWords = commonWords
        self.hashBits = hashBits
        self.cues = cues
        self.words = words
        nameTable = WordFlagTable([(lexicon.firstNames, .firstName), (cues.organisationWords, .organisationWord),
                                   (cues.personTitles, .personTitle), (lexicon.places, .place),
                                   (lexicon.countries, .country), (lexicon.multiWordStarts, .placeStart)])
        commonTable = WordFlagTable([(commonWords, .common)])
    }

    /// What the lists say of a token's text, and `.common` if its lowercase form is a common word.
    /// The name lists count only for capitalised words (and "e.V."): others are not looked up there.
    func wordFlags(_ v: TokenView) -> WordFlags {
        guard v.isPlain else {
            let t = v.text
            var f: WordFlags = []
            if lexicon.firstNames.contains(t) { f.insert(.firstName) }
            if cues.organisationWords.contains(t) { f.insert(.organisationWord) }
            if cues.personTitles.contains(t) { f.insert(.personTitle) }
            if lexicon.places.contains(t) { f.insert(.place) }
            if lexicon.countries.contains(t) { f.insert(.country) }
            if lexicon.multiWordStarts.contains(t) { f.insert(.placeStart) }
            if commonWords.contains(v.lower) { f.insert(.common) }
            return f
        }
        let common = commonTable[v.hLower]
        return v.isCapitalised || v.text == "e.V." ? nameTable[v.hWord].union(common) : common
    }

    /// A capitalised word in -s whose stem is a place: a genitive ("Russlands").
    func isGenitivePlace(_ v: TokenView) -> Bool {
        guard v.isCapitalised, v.length > 3 else { return false }
        guard v.isPlain else { return v.text.hasSuffix("s") && lexicon.isPlace(String(v.text.dropLast())) }
        return v.text.utf8.last == UInt8(ascii: "s") && nameTable[v.hWordButLast].contains(.place)
    }

    /// The extractor `model` was trained with: its common words, hash size and feature version.
    public init(model: TaggerModel, lexicon: Lexicon, cues: FeatureCues = .german) {
        self.init(lexicon: lexicon, commonWords: model.commonWords, hashBits: model.hashBits, cues: cues,
                  words: model.featureVersion >= 1 ? WordClassTable.shipped : nil)
    }

    enum Template: UInt64 {
        case bias = 1, word, lower, longShape, shortShape, prefix, suffix
        case prevLower, nextLower, prev2Lower, next2Lower, prevShort, nextShort
        case prevShortCur, curShortNext, prevLowerCur, curLowerNext
        case position, commonWord, place, country, genitivePlace, firstName, prevFirstName
        case nextFirstName, organisationWord, organisationNext, organisationEnding, personTitle
        case inQuotes, acronym, digit, prevSuffix3, nextSuffix3, hyphenLast, hyphenFirst
        case commonNext, prevCapitalised, nextCapitalised
        // `reserved` held character trigrams (tried, no gain on dev); it keeps the numbers after it.
        case suffixCase, prev2Short, next2Short, reserved, prevLowerCase
        // Only with `FeatureCues.headlines` (English): the sentence is in title case.
        case headline
        // Feature version 1 (`words`): noun-list class of the word and its neighbours.
        case wordClass, className, prevClass, nextClass
    }

    static let golden: UInt64 = 0x9e37_79b9_7f4a_7c15
    static let boundary: UInt64 = 0x5bd1_e995_1234_5678

    /// Flat feature buckets and, per token, where its features start (`offsets.count == n + 1`).
    public struct Features {
        public var buckets: [UInt32] = []
        public var offsets: [Int] = [0]
        public var count: Int { offsets.count - 1 }
        public func of(_ i: Int) -> ArraySlice<UInt32> { buckets[offsets[i]..<offsets[i + 1]] }
    }

    public func extract(_ words: [String]) -> Features {
        let views = words.map(TokenView.init)
        return extract(views: views)
    }

    /// Feature buckets appended in place (a local value with mutating methods: a closure that
    /// captured the output was checked for exclusive access on every append).
    private struct Sink {
        var out = Features()
        let mask: UInt64

        @inline(__always) mutating func emit(_ t: Template, _ h: UInt64) {
            out.buckets.append(UInt32(truncatingIfNeeded: FeatureHasher.finish(h ^ (t.rawValue &* FeatureExtractor.golden)) & mask))
        }
        @inline(__always) mutating func emit(_ t: Template, _ a: UInt64, _ b: UInt64) {
            let h = (a &* 31) ^ ((b << 23) | (b >> 41)) ^ 0x2545_f491_4f6c_dd1d
            emit(t, h)
        }
        @inline(__always) mutating func flag(_ t: Template, _ value: UInt64) { emit(t, value &+ 0x1234) }
    }

    func extract(views: [TokenView]) -> Features {
        let n = views.count
        var sink = Sink(mask: UInt64((1 << hashBits) - 1))
        sink.out.buckets.reserveCapacity(n * 44)
        sink.out.offsets.reserveCapacity(n + 1)
        let flags = views.map(wordFlags)
        let placeMarks = markPlaces(views, flags)
        let quotes = insideQuotes(views)
        let firstName = views.indices.map { views[$0].isCapitalised && flags[$0].contains(.firstName) }
        let orgWord = views.indices.map {
            (views[$0].isCapitalised || views[$0].text == "e.V.") && flags[$0].contains(.organisationWord)
        }
        let common = flags.map { $0.contains(.common) }
        let title = views.indices.map { views[$0].isCapitalised && flags[$0].contains(.personTitle) }
        let headline = cues.headlines && FeatureCues.isTitleCase(views)
        let classes = words.map { words in views.map { WordClassCode.of($0, in: words) } }

        // Read in place: binding `views[i]` to a constant copied the view (two strings) per use.
        views.withUnsafeBufferPointer { views in
            func lowerAt(_ j: Int) -> UInt64 { j < 0 ? Self.boundary : j >= n ? ~Self.boundary : views[j].hLower }
            func shortAt(_ j: Int) -> UInt64 { j < 0 ? Self.boundary : j >= n ? ~Self.boundary : views[j].hShort }

            for i in 0..<n {
                // The two word-identity features come first: training may drop them (see
                // `PerceptronTrainer.wordDropout`), which relies on their position.
                sink.emit(.word, views[i].hWord)
                sink.emit(.lower, views[i].hLower)
                sink.emit(.bias, 0)
                sink.emit(.longShape, views[i].hLong)
                sink.emit(.shortShape, views[i].hShort)
                for k in 0..<views[i].prefixes.count { sink.emit(.prefix, views[i].prefixes[k], UInt64(k)) }
                for k in 0..<views[i].suffixes.count { sink.emit(.suffix, views[i].suffixes[k], UInt64(k)) }
                sink.emit(.prevLower, lowerAt(i - 1))
                sink.emit(.nextLower, lowerAt(i + 1))
                sink.emit(.prev2Lower, lowerAt(i - 2))
                sink.emit(.next2Lower, lowerAt(i + 2))
                sink.emit(.prevShort, shortAt(i - 1))
                sink.emit(.nextShort, shortAt(i + 1))
                sink.emit(.prevShortCur, shortAt(i - 1), views[i].hShort)
                sink.emit(.curShortNext, views[i].hShort, shortAt(i + 1))
                sink.emit(.prevLowerCur, lowerAt(i - 1), views[i].hLower)
                sink.emit(.curLowerNext, views[i].hLower, lowerAt(i + 1))

                // Sentence-initial (or first after an opening quote): capitals say nothing there.
                let initial = i == 0 || (views[i - 1].isQuoteMark && quotes[i]) || views[i - 1].text == ":"
                let cap: UInt64 = views[i].isCapitalised ? 1 : 0
                sink.flag(.position, (initial ? 2 : 0) | cap)
                sink.flag(.commonWord, (common[i] ? 4 : 0) | (initial ? 2 : 0) | cap)
                if i + 1 < n { sink.flag(.commonNext, (common[i + 1] ? 2 : 0) | (views[i + 1].isCapitalised ? 1 : 0)) }
                sink.flag(.prevCapitalised, i > 0 ? (views[i - 1].isCapitalised ? 1 : 0) | (common[i - 1] ? 2 : 0) : 7)
                sink.flag(.nextCapitalised, i + 1 < n ? (views[i + 1].isCapitalised ? 1 : 0) | (common[i + 1] ? 2 : 0) : 7)

                if placeMarks[i].place != 0 { sink.flag(.place, UInt64(placeMarks[i].place) | cap << 2) }
                if placeMarks[i].country { sink.flag(.country, cap) }
                if isGenitivePlace(views[i]) { sink.flag(.genitivePlace, 1) }
                if firstName[i] { sink.flag(.firstName, common[i] ? 1 : 0) }
                if i > 0, firstName[i - 1] { sink.flag(.prevFirstName, cap) }
                if i + 1 < n, firstName[i + 1] { sink.flag(.nextFirstName, cap) }
                if orgWord[i] { sink.flag(.organisationWord, 1) }
                for k in 1...3 where i + k < n && orgWord[i + k] { sink.flag(.organisationNext, UInt64(k)) }
                if views[i].isCapitalised, let ending = views[i].lowerSuffixIndex(cues.organisationEndings) {
                    sink.flag(.organisationEnding, UInt64(ending))
                }
                if i > 0, title[i - 1] { sink.flag(.personTitle, cap) }
                if quotes[i] { sink.flag(.inQuotes, cap) }
                if views[i].isAllCaps { sink.flag(.acronym, UInt64(min(views[i].length, 5))) }
                if views[i].hasDigit { sink.flag(.digit, cap) }
                if i > 0, views[i - 1].suffixes.count >= 3 { sink.emit(.prevSuffix3, views[i - 1].suffixes[2]) }
                if i + 1 < n, views[i + 1].suffixes.count >= 3 { sink.emit(.nextSuffix3, views[i + 1].suffixes[2]) }
                if let last = views[i].hLastPart { sink.emit(.hyphenLast, last) }
                if let first = views[i].hFirstPart { sink.emit(.hyphenFirst, first) }
                // Measured on dev (+0.6 F1 together): suffix by case and position, wider shape
                // window, previous word by case. Character trigrams were tried and did not help.
                if views[i].suffixes.count >= 3 { sink.emit(.suffixCase, views[i].suffixes[2], (initial ? 2 : 0) | cap) }
                sink.emit(.prev2Short, shortAt(i - 2))
                sink.emit(.next2Short, shortAt(i + 2))
                sink.emit(.prevLowerCase, lowerAt(i - 1), cap)
                if headline { sink.flag(.headline, (common[i] ? 2 : 0) | cap) }
                if let classes {
                    // A capitalised word the noun list knows as a noun or a frequent other word
                    // is most likely no name, wherever it stands; one it lacks may be.
                    let c = UInt64(classes[i].rawValue)
                    sink.flag(.wordClass, c | (initial ? 16 : 0) | cap << 5)
                    sink.flag(.className, c | (firstName[i] ? 16 : 0) | (placeMarks[i].place != 0 ? 32 : 0))
                    sink.flag(.prevClass, i > 0 ? UInt64(classes[i - 1].rawValue) | cap << 4 : 99)
                    sink.flag(.nextClass, i + 1 < n ? UInt64(classes[i + 1].rawValue) | cap << 4 : 99)
                }
                sink.out.offsets.append(sink.out.buckets.count)
            }
        }
        return sink.out
    }

    /// Gazetteer matches, longest first: 1 = first token of a place name, 2 = inside one.
    func markPlaces(_ views: [TokenView], _ flags: [WordFlags]) -> [(place: UInt8, country: Bool)] {
        var marks = Array(repeating: (place: UInt8(0), country: false), count: views.count)
        var i = 0
        while i < views.count {
            let v = views[i]
            guard v.isCapitalised else { i += 1; continue }
            var matched = 0
            if flags[i].contains(.placeStart) {
                var longest = min(lexicon.longestPlace, views.count - i)
                while longest >= 2 {
                    let name = views[i..<(i + longest)].map(\.text).joined(separator: " ")
                    if lexicon.isPlace(name) {
                        matched = longest
                        let country = lexicon.countries.contains(name)
                        for k in i..<(i + longest) { marks[k] = (k == i ? 1 : 2, country) }
                        break
                    }
                    longest -= 1
                }
            }
            if matched == 0 {
                // The places hold the countries: most words cost one look-up.
                if flags[i].contains(.place) { marks[i] = (1, flags[i].contains(.country)) }
                matched = 1
            }
            i += matched
        }
        return marks
    }

    /// Whether each token stands inside quotation marks (the marks themselves count as outside).
    func insideQuotes(_ views: [TokenView]) -> [Bool] {
        var inside = false
        var result = Array(repeating: false, count: views.count)
        for (i, v) in views.enumerated() {
            if v.isQuoteMark, let c = v.text.unicodeScalars.first {
                if QuoteMarks.opening.contains(c) { inside = true }
                else if QuoteMarks.closing.contains(c) { inside = false }
                else { inside.toggle() }
                continue
            }
            result[i] = inside
        }
        return result
    }
}
