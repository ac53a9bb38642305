import MarginaliaText

/// The "words" column: runs of non-whitespace that contain at least one letter or digit (so a
/// lone dash or quotation mark is not a word). One definition for files and for corpus lines,
/// where it is counted on the raw JSON bytes during the discovery scan (see `CorpusLineScanner`).
public enum WordCount {
    enum ScalarClass { case space, wordish, other }

    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < UInt32(table.count) { return table[Int(v)] }
        return classifySlow(scalar)
    }

    /// Classes of U+0000..U+2FFF (Latin, Greek, Cyrillic, punctuation, spaces...), looked up
    /// once: Unicode property queries are the costly part of counting 10,000 articles' words.
    static let table: [ScalarClass] = (0..<0x3000).map { v in
        Unicode.Scalar(UInt32(v)).map(classifySlow) ?? .other
    }

    static func classifySlow(_ scalar: Unicode.Scalar) -> ScalarClass {
        if scalar.isASCII {
            let v = scalar.value
            if v == 0x20 || (0x09...0x0D).contains(v) { return .space }
            if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { return .wordish }
            return .other
        }
        let p = scalar.properties
        if p.isWhitespace { return .space }
        if p.isAlphabetic || p.numericType != nil { return .wordish }
        return .other
    }

    /// Counts words one scalar at a time, so callers can feed scalars as they decode them.
    struct Counter {
        private(set) var count = 0
        private var inRun = false
        private var runHasWordish = false

        @inline(__always)
        mutating func feed(_ c: ScalarClass) {
            switch c {
            case .space: finishRun()
            case .wordish: inRun = true; runHasWordish = true
            case .other: inRun = true
            }
        }

        mutating func finishRun() {
            if inRun && runHasWordish { count += 1 }
            inRun = false
            runHasWordish = false
        }

        mutating func finish() -> Int { finishRun(); return count }
    }

    public static func count(_ text: ArticleText) -> Int {
        var counter = Counter()
        for s in text.scalars { counter.feed(classify(s)) }
        return counter.finish()
    }

    public static func count(_ string: String) -> Int {
        var counter = Counter()
        for s in string.unicodeScalars { counter.feed(classify(s)) }
        return counter.finish()
    }
}
