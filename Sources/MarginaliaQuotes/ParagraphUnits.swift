import MarginaliaText

/// One element of a paragraph as the attribution rules see it: a word, a punctuation mark, or a
/// whole quotation-mark pair (opaque, so words inside a quote are never taken for its speaker).
struct Unit: Sendable {
    enum Kind: Sendable, Equatable { case word, punct, quote(Int) }
    var kind: Kind
    var span: Span
    var text: String
    var lower: String

    var isWord: Bool { kind == .word }
    /// A capitalised word, or a noun compound that opens with a number ("45-Jährige", "3-D-Drucker").
    var isCapitalised: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        guard first.properties.numericType != nil, let hyphen = text.unicodeScalars.firstIndex(of: "-") else { return false }
        return text.unicodeScalars[text.unicodeScalars.index(after: hyphen)...].first?.properties.isUppercase ?? false
    }
    var quoteIndex: Int? { if case .quote(let q) = kind { q } else { nil } }
}

/// A paragraph (a line of the article) cut into units and sentences.
struct ParagraphUnits: Sendable {
    var span: Span
    var units: [Unit]
    /// Sentence number of each unit.
    var sentenceOf: [Int]
    /// Unit index of each candidate quote that lies in this paragraph, by candidate index.
    var unitOfQuote: [Int: Int]

    /// Abbreviations after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "dr", "prof", "st", "nr", "ca", "bzw", "vgl", "z", "b", "u", "a", "d", "h", "etc", "mr", "mrs",
        "ms", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov", "inc", "co", "corp", "ltd", "vs", "no",
        "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec",
    ]

    init(text: ArticleText, span: Span, candidates: [QuoteCandidate], candidateRange: Range<Int>, sentences: [Span] = []) {
        self.span = span
        var units: [Unit] = []
        var unitOfQuote: [Int: Int] = [:]
        var nextQuote = candidateRange.lowerBound
        // Spans only: the words inside a quote are skipped (the quote is one unit), so their
        // strings are never built.
        let tokens = Tokenizer.tokenSpans(text, in: span)
        units.reserveCapacity(tokens.count)
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            if nextQuote < candidateRange.upperBound, token.start >= candidates[nextQuote].openIndex {
                let candidate = candidates[nextQuote]
                unitOfQuote[nextQuote] = units.count
                let outerEnd = min(candidate.closeIndex + 1, span.end)
                let outer = Span(candidate.openIndex, max(candidate.openIndex, outerEnd))
                units.append(Unit(kind: .quote(nextQuote), span: outer, text: text[outer], lower: ""))
                while t < tokens.count, tokens[t].start < outer.end { t += 1 }
                nextQuote += 1
                continue
            }
            let word = text[token]
            let isWord = token.length > 0 && QuoteScanner.isWordScalar(text.scalars[token.start])
            units.append(Unit(kind: isWord ? .word : .punct, span: token, text: word, lower: ParagraphUnits.lowercased(word)))
            t += 1
        }
        // A quote that starts at the paragraph's end (after the last token) still gets a unit.
        while nextQuote < candidateRange.upperBound {
            let candidate = candidates[nextQuote]
            unitOfQuote[nextQuote] = units.count
            let outer = Span(candidate.openIndex, max(candidate.openIndex, min(candidate.closeIndex + 1, span.end)))
            units.append(Unit(kind: .quote(nextQuote), span: outer, text: text[outer], lower: ""))
            nextQuote += 1
        }
        self.units = units
        self.unitOfQuote = unitOfQuote
        let sentenceOf = sentences.isEmpty
            ? ParagraphUnits.sentences(units, text: text, candidates: candidates)
            : ParagraphUnits.sentences(units, segmented: sentences)
        self.sentenceOf = sentenceOf
        var ranges: [Range<Int>] = []
        var start = 0
        for i in units.indices where i + 1 == units.count || sentenceOf[i + 1] != sentenceOf[i] {
            ranges.append(start..<(i + 1))
            start = i + 1
        }
        self.sentenceRanges = ranges
        self.longQuoteCount = units.reduce(0) { $0 + (ParagraphUnits.isLong($1) ? 1 : 0) }
    }

    /// `word.lowercased()`, without building a second string for a word that has no capital
    /// (most words, and all punctuation, are ASCII without one).
    static func lowercased(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? word : word.lowercased()
    }

    /// Sentence numbers from the segmenter's sentences (MarginaliaText knows ordinals,
    /// abbreviations and quotes). A quote is one unit, so sentences the segmenter found inside a
    /// quote („Erstens. Zweitens.“, sagte er) are joined: the attribution after it stays in the
    /// quote's sentence.
    private static func sentences(_ units: [Unit], segmented: [Span]) -> [Int] {
        guard let first = units.first else { return [] }
        /// Index of the last sentence starting at or before `offset`, found by walking on from
        /// `k`: the units come in text order, so each walk goes on from where the last one stopped.
        func sentenceIndex(_ offset: Int, from k: inout Int) -> Int {
            while k < segmented.count, segmented[k].start <= offset { k += 1 }
            while k > 0, segmented[k - 1].start > offset { k -= 1 }
            return max(0, k - 1)
        }
        var result = [Int](repeating: 0, count: units.count)
        var number = 0
        var atStart = 0, atEnd = 0
        var reached = sentenceIndex(first.span.start, from: &atEnd)
        for i in units.indices {
            let span = units[i].span
            let starts = sentenceIndex(span.start, from: &atStart)
            if starts > reached && i > 0 { number += 1 }
            result[i] = number
            reached = max(reached, sentenceIndex(max(span.start, span.end - 1), from: &atEnd))
        }
        return result
    }

    /// Sentence ends: . ! ? before a capitalised word or a quote, unless the period follows a
    /// number ("20. Juli") or an abbreviation; a quote whose text ends a sentence before a
    /// capitalised word ends the sentence too.
    private static func sentences(_ units: [Unit], text: ArticleText, candidates: [QuoteCandidate]) -> [Int] {
        var result = [Int](repeating: 0, count: units.count)
        var sentence = 0
        for i in units.indices {
            result[i] = sentence
            guard i + 1 < units.count else { break }
            let next = units[i + 1]
            let nextStarts = next.isCapitalised || next.quoteIndex != nil
            switch units[i].kind {
            case .punct where ".!?".contains(units[i].text) && nextStarts:
                if units[i].text == ".", i > 0, units[i - 1].isWord {
                    let previous = units[i - 1]
                    if previous.text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) && !next.isCapitalised { continue }
                    if abbreviations.contains(previous.lower) || previous.text.count == 1 { continue }
                }
                sentence += 1
            case .quote(let q) where next.isCapitalised:
                let inner = text.scalars[max(candidates[q].inner.start, candidates[q].inner.end - 1)..<candidates[q].inner.end]
                if let last = inner.last, ".!?…".unicodeScalars.contains(last) { sentence += 1 }
            default:
                break
            }
        }
        return result
    }

    /// Unit ranges of all sentences, in order.
    let sentenceRanges: [Range<Int>]
    /// Quotes of more than five words in the paragraph (evidence that someone is quoted here).
    let longQuoteCount: Int

    /// How far around a quote the attribution rules look, in units: keeps the work per quote
    /// constant even in a pathological paragraph that is one endless sentence.
    static let window = 48

    /// Unit range of the sentence containing unit `i`, cut to a window around it.
    func sentenceRange(of i: Int) -> Range<Int> {
        let sentence = sentenceRanges[sentenceOf[i]]
        return max(sentence.lowerBound, i - ParagraphUnits.window)..<min(sentence.upperBound, i + ParagraphUnits.window + 1)
    }

    static func isLong(_ unit: Unit) -> Bool {
        unit.quoteIndex != nil && unit.text.unicodeScalars.lazy.filter({ $0 == " " }).count >= 5
    }
}
