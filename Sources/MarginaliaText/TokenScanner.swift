/// What kind of token the scanner found. The segmenter reads kinds instead of re-inspecting text.
enum TokenKind: UInt8 {
    case word          // letters, digits, inner hyphens and apostrophes: "Ukraine-Krieges", "don't"
    case number        // "300.000", "3,5", "10.30", "25.11.2026"
    case abbreviation  // a word with its dot: "Dr.", "z.", "B.", "U.S.", initials "J."
    case ordinal       // a number with its dot: "3." in "am 3. Oktober", list numbers "1."
    case url           // URLs and e-mail addresses
    case punctuation   // one mark (ellipsis "..." as one)
    case symbol        // anything else (emoji, currency), with its combining extenders
}

/// A token before it is given a `String`: what the segmenter works on.
struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
}

/// The single-pass scanner behind `Tokenizer` and `Segmenter`. Linear in the text: every scalar
/// is looked at a bounded number of times, and the word-list look-ups (abbreviations, months)
/// only happen at the rare word-followed-by-dot positions.
struct TokenScanner {
    let s: ScalarReader
    let lo: Int
    let hi: Int

    /// Calls `body` with the scanner over `scalars[range]`.
    static func withScanner<R>(_ scalars: ScalarStore, _ range: Range<Int>, _ body: (TokenScanner) -> R) -> R {
        scalars.withReader { reader in
            body(TokenScanner(s: reader, lo: max(0, range.lowerBound), hi: min(reader.count, range.upperBound)))
        }
    }

    func scan(into tokens: inout [RawToken]) {
        var i = lo
        var previousWord: Range<Int>? = nil
        while i < hi {
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            let token: RawToken
            if ScalarClass.isJoiningHyphen(c), i + 1 < hi, ScalarClass.isLetter(s[i + 1]), i > lo,
               ScalarClass.isSpace(s[i - 1]) || ScalarClass.isQuote(s[i - 1]) || ScalarClass.isClosingBracket(s[i - 1]) {
                // The second half of a compound: „Bild“-Zeitung, "IT -Bereich".
                token = word(from: i, previousWord: nil)
            } else if ScalarClass.isWord(c) {
                if let end = urlEnd(from: i) {
                    token = RawToken(start: i, end: end, kind: .url)
                } else {
                    token = word(from: i, previousWord: previousWord)
                }
            } else if c == "." {
                var j = i + 1
                while j < hi, s[j] == "." { j += 1 }
                token = RawToken(start: i, end: j, kind: .punctuation)
            } else {
                token = RawToken(start: i, end: symbolEnd(from: i), kind: isPunctuation(c) ? .punctuation : .symbol)
            }
            previousWord = token.kind == .word ? token.start..<token.end : nil
            tokens.append(token)
            i = token.end
        }
    }

    // MARK: words and numbers

    private func word(from start: Int, previousWord: Range<Int>?) -> RawToken {
        var j = start + 1
        var hasDot = false
        var hasAt = false
        var segmentStart = start
        while j < hi {
            let d = s[j]
            if ScalarClass.isWord(d) { j += 1; continue }
            guard j + 1 < hi else { break }
            let next = s[j + 1]
            let nextIsWord = ScalarClass.isWord(next)
            if ScalarClass.isJoiningHyphen(d), nextIsWord { j += 2; continue }
            if ScalarClass.isApostrophe(d), ScalarClass.isLetter(next), ScalarClass.isLetter(s[j - 1]) { j += 2; continue }
            if d == ".", nextIsWord {
                // "Dr.Müller" written without a space: the abbreviation ends here.
                if ScalarClass.isUppercase(next), j - segmentStart > 1,
                   Abbreviations.isCommon(string(segmentStart..<j)) { break }
                // "Merkel.Als": a missing space after a full stop. A lower-case word of three or
                // more letters, then a capitalised word, is two sentences, not a dotted name (whose
                // parts are initials or abbreviations, or lower-case as in "bild.de").
                if !hasDot, ScalarClass.isUppercase(next), j + 2 < hi, ScalarClass.isLowercase(s[j + 2]),
                   j - segmentStart >= 3, ScalarClass.isLowercase(s[j - 1]), ScalarClass.isLowercase(s[j - 2]) { break }
                hasDot = true
                j += 2
                segmentStart = j - 1
                continue
            }
            if d == "," || d == ":" || d == "/" || d == "\u{2013}", ScalarClass.isDigit(s[j - 1]), ScalarClass.isDigit(next) { j += 2; continue }
            // "und/oder", "km/h", "Landau/Ganacker": GermEval keeps slashed pairs whole.
            if d == "/", ScalarClass.isLetter(s[j - 1]), ScalarClass.isLetter(next) { j += 2; continue }
            if d == "@", nextIsWord, !hasAt { hasAt = true; j += 2; continue }
            if d == "_", nextIsWord, ScalarClass.isWord(s[j - 1]) { j += 2; continue }
            break
        }
        let isNumber = ScalarClass.isDigit(s[start]) && (start..<j).allSatisfy { k in
            let c = s[k]
            return ScalarClass.isDigit(c) || c == "." || c == "," || c == ":" || c == "/" || c == "\u{2013}"
        }
        let kind: TokenKind = hasAt ? .url : (isNumber ? .number : .word)
        guard j < hi else { return RawToken(start: start, end: j, kind: kind) }

        if s[j] == ".", !(j + 1 < hi && s[j + 1] == "."), !hasAt {
            if isNumber {
                if isOrdinal(start..<j, previousWord: previousWord) { return RawToken(start: start, end: j + 1, kind: .ordinal) }
            } else if isRegnalNumber(start..<j, previousWord: previousWord) {
                return RawToken(start: start, end: j + 1, kind: .ordinal)
            } else if keepsDot(start..<j, hasDot: hasDot) {
                return RawToken(start: start, end: j + 1, kind: .abbreviation)
            }
        } else if ScalarClass.isJoiningHyphen(s[j]), !isNumber, hyphenBeforeConjunction(at: j) {
            // "Ein- und Ausgang": the truncated compound keeps its hyphen.
            return RawToken(start: start, end: j + 1, kind: .word)
        }
        return RawToken(start: start, end: j, kind: kind)
    }

    /// Whether a word followed by "." is an abbreviation that keeps the dot.
    private func keepsDot(_ word: Range<Int>, hasDot: Bool) -> Bool {
        if hasDot {
            // "U.S.", "z.B.", "i.d.R.": every part a single letter; or a listed chain ("Ph.D.").
            var k = word.lowerBound
            var allSingle = true
            while k < word.upperBound {
                guard ScalarClass.isLetter(s[k]) else { allSingle = false; break }
                var m = k + 1
                while m < word.upperBound, ScalarClass.isMark(s[m]) { m += 1 }
                if m < word.upperBound, s[m] != "." { allSingle = false; break }
                k = m + 1
            }
            return allSingle || Abbreviations.dottedChains.contains(string(word))
        }
        // A single letter with a dot is an initial ("J. R. R. Tolkien") or part of an
        // abbreviation ("z. B.", "u. a.", "(r.)").
        var letters = 0
        for k in word where !ScalarClass.isMark(s[k]) { letters += 1; if letters > 1 { break } }
        if letters == 1, ScalarClass.isLetter(s[word.lowerBound]) { return true }
        // A word longer than every listed abbreviation is none: no String made, no look-up.
        guard word.count <= 12, word.count <= Abbreviations.longest else { return false }
        let text = string(word)
        if Abbreviations.isCommon(text) { return true }
        if Abbreviations.isBeforeNumber(text) {
            var k = word.upperBound + 1
            while k < hi, ScalarClass.isSpace(s[k]) { k += 1 }
            return k < hi && ScalarClass.isDigit(s[k])
        }
        return false
    }

    /// "Wilhelm II.", "Papst Benedikt XVI.": a Roman numeral after a capitalised name.
    private func isRegnalNumber(_ word: Range<Int>, previousWord: Range<Int>?) -> Bool {
        guard word.count <= 5, word.count >= 2 || s[word.lowerBound] == "I" || s[word.lowerBound] == "V" || s[word.lowerBound] == "X",
              let previous = previousWord, ScalarClass.isUppercase(s[previous.lowerBound]),
              previous.upperBound < word.lowerBound else { return false }
        return word.allSatisfy { "IVXLC".unicodeScalars.contains(s[$0]) }
    }

    /// Whether a number followed by "." is an ordinal or a list number that keeps the dot.
    private func isOrdinal(_ number: Range<Int>, previousWord: Range<Int>?) -> Bool {
        let digitsOnly = number.allSatisfy { ScalarClass.isDigit(s[$0]) }
        var dayMonth = false   // "25.11." in "am 25.11. begann"
        if !digitsOnly {
            var parts = 1, partLength = 0, ok = true
            for k in number {
                if s[k] == "." { parts += 1; if partLength == 0 || partLength > 2 { ok = false }; partLength = 0 }
                else if ScalarClass.isDigit(s[k]) { partLength += 1 } else { ok = false }
            }
            dayMonth = ok && parts == 2 && partLength >= 1 && partLength <= 2
        }
        guard (digitsOnly && number.count <= 3) || dayMonth else { return false }

        // A number opening a line is a list number ("1. Punkt eins").
        var b = number.lowerBound - 1
        while b >= lo, ScalarClass.isSpace(s[b]), s[b] != "\n" { b -= 1 }
        if b < lo || s[b] == "\n" {
            return number.upperBound + 1 < hi && ScalarClass.isSpace(s[number.upperBound + 1])
        }

        // "(29.)": a minute or rank in parentheses.
        if s[b] == "(", number.upperBound + 1 < hi, s[number.upperBound + 1] == ")" { return true }

        // Look at the word after the dot, on the same line.
        var k = number.upperBound + 1
        while k < hi, ScalarClass.isSpace(s[k]) {
            if ScalarClass.isLineBreak(s[k]) { return false }
            k += 1
        }
        guard k < hi, k > number.upperBound + 1 || !ScalarClass.isWord(s[k]) else { return false }
        let n = s[k]
        if ScalarClass.isLowercase(n) || ScalarClass.isDigit(n) { return true }
        guard ScalarClass.isUppercase(n) else { return false }
        var e = k + 1
        while e < hi, ScalarClass.isLetter(s[e]) || ScalarClass.isMark(s[e]) { e += 1 }
        let next = string(k..<e)
        if Abbreviations.months.contains(next) || Abbreviations.ordinalNouns.contains(next) { return true }
        guard digitsOnly, !Abbreviations.sentenceOpeners.contains(next) else { return false }
        // "1. FC Köln", "1. FSV Mainz": an all-capitals name follows.
        if e - k >= 2, (k..<e).allSatisfy({ ScalarClass.isUppercase(s[$0]) }) { return true }
        guard let previous = previousWord else { return false }
        let before = string(previous)
        if previous.count <= 8, Abbreviations.ordinalDeterminers.contains(before.lowercased()) { return true }
        // "ein volles 13. Monatsgehalt", "den späteren 1. Earl": an inflected adjective before it.
        if previous.count >= 5, ScalarClass.isLowercase(s[previous.lowerBound]),
           ["en", "es", "em", "er"].contains(where: { before.hasSuffix($0) }),
           !Abbreviations.verbsBeforeNumbers.contains(before) { return true }
        return false
    }

    private func hyphenBeforeConjunction(at j: Int) -> Bool {
        var k = j + 1
        guard k < hi else { return false }
        if s[k] == "," || s[k] == ")" || s[k] == "/" { return true }
        guard ScalarClass.isSpace(s[k]) else { return false }
        while k < hi, ScalarClass.isSpace(s[k]) { k += 1 }
        var e = k
        while e < hi, ScalarClass.isLetter(s[e]), e - k < 6 { e += 1 }
        guard e > k else { return false }
        return TokenScanner.conjunctions.contains(string(k..<e))
    }

    private static let conjunctions: Set<String> = ["und", "oder", "bzw", "sowie", "bis", "als", "noch", "and", "or", "to"]

    // MARK: URLs, e-mail addresses, symbols

    private static let urlPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "ftp://", "www."].map { Array($0.unicodeScalars) }

    private func urlEnd(from start: Int) -> Int? {
        let first = s[start].value | 0x20
        guard first == 0x68 || first == 0x66 || first == 0x77 else { return nil }   // h f w
        let matched = TokenScanner.urlPrefixes.contains { prefix in
            start + prefix.count < hi && prefix.indices.allSatisfy { n in
                let v = s[start + n].value
                return (v >= 0x41 && v <= 0x5A ? v | 0x20 : v) == prefix[n].value   // ASCII case-insensitive
            }
        }
        guard matched else { return nil }
        var j = start
        var openParens = 0
        while j < hi {
            let c = s[j]
            if ScalarClass.isSpace(c) || c == "<" || c == ">" || c == "\"" || (ScalarClass.isQuote(c) && c != "'") { break }
            if c == "(" { openParens += 1 } else if c == ")" { if openParens == 0 { break }; openParens -= 1 }
            j += 1
        }
        // Punctuation after a URL belongs to the sentence, not the address.
        while j > start, ".,;:!?'".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return j > start + 4 ? j : nil
    }

    private func symbolEnd(from start: Int) -> Int {
        var j = start + 1
        // Flags are pairs of regional indicators.
        if (0x1F1E6...0x1F1FF).contains(s[start].value), j < hi, (0x1F1E6...0x1F1FF).contains(s[j].value) { j += 1 }
        while j < hi, ScalarClass.extendsSymbol(s[j]) {
            j += (s[j] == "\u{200D}" && j + 1 < hi && !ScalarClass.isSpace(s[j + 1])) ? 2 : 1
        }
        return j
    }

    private func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return c.value >= 0x21 && !(c.value >= 0x30 && c.value <= 0x39) && !ScalarClass.isASCIILetter(c.value)
                && c != "$" && c != "+" && c != "<" && c != "=" && c != ">" && c != "^" && c != "`" && c != "|" && c != "~"
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    func string(_ range: Range<Int>) -> String { s.string(range) }
}
