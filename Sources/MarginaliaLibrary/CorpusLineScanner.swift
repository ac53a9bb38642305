import MarginaliaSupport

/// What the library list needs from one corpus line, read without parsing the whole line:
/// the short fields are decoded, the end of the `text` value is found with `memchr` (its words
/// are counted later, for the rows shown: `JSONLinesCorpus.wordCount(of:)`), nested values
/// (e.g. `quotations`) are skipped over.
struct CorpusLineHeader: Equatable {
    var id: String?
    /// The id was a JSON number (its literal text is `id`).
    var idIsNumber = false
    var title: String?
    var date: String?
    var source: String?
    var url: String?
    /// Byte range of the text's body (between its quotation marks) within the line.
    var textRange: Range<Int>?
}

/// A single-pass scanner of one JSON-lines line. Not a validating parser: opening the article
/// parses the line properly and reports any error then; the scan only has to be fast and never
/// crash on bad input, returning a one-line reason when the line is clearly not an article.
enum CorpusLineScanner {
    enum Field { case id, title, date, source, url, text }
    static let fields: [String: Field] = ["id": .id, "title": .title, "date": .date, "source": .source, "url": .url, "text": .text]

    struct Failure: Error, Equatable { var reason: String }

    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Result<CorpusLineHeader, Failure> {
        var header = CorpusLineHeader()
        var i = 0
        let n = b.count
        func skipSpace() { while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 } }
        skipSpace()
        guard i < n, b[i] == UInt8(ascii: "{") else { return .failure(Failure(reason: "not a JSON object")) }
        i += 1
        var found = 0
        while true {
            skipSpace()
            guard i < n else { return .failure(Failure(reason: "line ends inside the JSON object")) }
            if b[i] == UInt8(ascii: "}") { break }
            guard b[i] == UInt8(ascii: "\"") else { return .failure(Failure(reason: "malformed JSON (expected a field name)")) }
            guard let keyEnd = stringEnd(b, from: i + 1) else { return .failure(Failure(reason: "unterminated string")) }
            let field = fields[JSONStringDecoding.decode(b, (i + 1)..<keyEnd)]
            i = keyEnd + 1
            skipSpace()
            guard i < n, b[i] == UInt8(ascii: ":") else { return .failure(Failure(reason: "malformed JSON (expected ':')")) }
            i += 1
            skipSpace()
            guard i < n else { return .failure(Failure(reason: "line ends inside the JSON object")) }
            if let field, b[i] == UInt8(ascii: "\"") {
                if field == .text {
                    guard let end = stringEnd(b, from: i + 1) else { return .failure(Failure(reason: "unterminated \"text\" string")) }
                    header.textRange = (i + 1)..<end
                    i = end + 1
                } else {
                    guard let end = stringEnd(b, from: i + 1) else { return .failure(Failure(reason: "unterminated string")) }
                    let value = JSONStringDecoding.decode(b, (i + 1)..<end)
                    switch field {
                    case .id: header.id = value
                    case .title: header.title = value
                    case .date: header.date = value
                    case .source: header.source = value
                    case .url: header.url = value
                    case .text: break
                    }
                    i = end + 1
                }
                found += 1
            } else {
                let start = i
                guard let end = skipValue(b, from: i) else { return .failure(Failure(reason: "malformed JSON value")) }
                // A numeric id is common in exports; keep its literal text.
                if field == .id, (b[start] >= 0x30 && b[start] <= 0x39) || b[start] == UInt8(ascii: "-") {
                    header.id = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                    header.idIsNumber = true
                    found += 1
                }
                i = end
            }
            // Every field the list needs is known: the rest of the line (often a long list of
            // annotations) need not be walked now.
            if found == fields.count { break }
            skipSpace()
            guard i < n else { return .failure(Failure(reason: "line ends inside the JSON object")) }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { break }
            return .failure(Failure(reason: "malformed JSON (expected ',' or '}')"))
        }
        guard header.textRange != nil else { return .failure(Failure(reason: "no \"text\" string")) }
        return .success(header)
    }

    /// Index of the closing quotation mark of a string whose body starts at `from`.
    /// `memchr` finds each quotation mark (most of a corpus line is its text: this is what the
    /// scan of a 240 MB corpus spends its time on); one preceded by an odd number of
    /// backslashes is escaped.
    static func stringEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress.map(UnsafeRawPointer.init) else { return nil }
        var i = from
        while i < b.count {
            guard let p = memchr(base + i, 0x22, b.count - i) else { return nil }
            let quote = UnsafeRawPointer(p) - base
            var k = quote - 1
            while k >= from && b[k] == 0x5C { k -= 1 }
            if (quote - 1 - k) % 2 == 0 { return quote }
            i = quote + 1
        }
        return nil
    }

    /// End index (exclusive) of the JSON value starting at `from`.
    static func skipValue(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        let n = b.count
        guard i < n else { return nil }
        switch b[i] {
        case 0x22:
            return stringEnd(b, from: i + 1).map { $0 + 1 }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while i < n {
                switch b[i] {
                case 0x22:
                    guard let end = stringEnd(b, from: i + 1) else { return nil }
                    i = end
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return nil
        default:
            while i < n {
                let c = b[i]
                if c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") || c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { break }
                i += 1
            }
            return i > from ? i : nil
        }
    }

    /// Walks the body of the `text` string: returns the index of its closing quotation mark and
    /// the number of words (`WordCount`'s definition), decoding escapes and UTF-8 on the fly.
    static func walkText(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
        var counter = WordCount.Counter()
        var i = from
        let n = b.count
        // Local copy: a static's lazy-initialisation check per byte costs more than the lookup.
        let table = WordCount.table
        @inline(__always) func classify(_ v: UInt32) -> WordCount.ScalarClass {
            v < UInt32(table.count) ? table[Int(v)] : (Unicode.Scalar(v).map(WordCount.classifySlow) ?? .wordish)
        }
        while i < n {
            let c = b[i]
            if c == 0x22 { return (i, counter.finish()) }
            if c < 0x80 {
                if c == 0x5C {
                    guard i + 1 < n else { return nil }
                    let e = b[i + 1]
                    switch e {
                    case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "f"), UInt8(ascii: "b"):
                        counter.feed(.space)
                        i += 2
                    case UInt8(ascii: "u"):
                        if let v = JSONStringDecoding.hex4(b, at: i + 2, end: n) {
                            counter.feed(classify(v))   // surrogate halves count as letters (astral scripts)
                            i += 6
                        } else { i += 2 }
                    default:
                        counter.feed(.other)
                        i += 2
                    }
                } else {
                    counter.feed(table[Int(c)])
                    i += 1
                }
                continue
            }
            // A multi-byte UTF-8 sequence: decode it to classify the scalar exactly.
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            var value = UInt32(c) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x3F)
            var j = 1
            while j < length, i + j < n, b[i + j] & 0xC0 == 0x80 {
                value = value << 6 | UInt32(b[i + j] & 0x3F)
                j += 1
            }
            counter.feed(j == length ? classify(value) : .other)
            i += j
        }
        return nil
    }
}
