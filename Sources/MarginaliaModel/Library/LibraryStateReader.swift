import FoundationEssentials

/// Reads `library-state.json` as `LibraryStateStore.save` writes it, without JSONDecoder.
/// The file is read before the first frame (it holds the reading position to return to), and
/// the first JSONDecoder of a process with ISO-8601 dates cost about 0.8 ms there: a third of
/// opening an article (time-zone set-up, generic metadata, protocol look-ups). Anything this
/// reader does not expect (another date form, a missing field, a syntax error) makes it answer
/// nil, and the store then decodes with JSONDecoder as before, which also words the errors.
public enum LibraryStateReader {
    /// The state, or nil when the bytes are not a whole file of the form the store writes.
    public static func read(_ bytes: [UInt8]) -> LibraryState? {
        var parser = Parser(bytes: bytes)
        guard let root = parser.document() else { return nil }
        guard case .object(let fields) = root else { return nil }
        // Like the decoder Swift synthesises for LibraryState: every field must be there.
        let keys = Set(fields.map(\.0))
        guard keys.contains("version"), keys.contains("articles"), keys.contains("lastArticle") else { return nil }
        var state = LibraryState()
        for (key, value) in fields {
            switch key {
            case "version":
                guard case .integer(let version) = value else { return nil }
                state.version = version
            case "articles":
                guard case .object(let articles) = value else { return nil }
                for (name, record) in articles {
                    guard case .object(let r) = record,
                          case .string(let status)? = r.last(where: { $0.0 == "status" })?.1,
                          let articleStatus = ArticleStatus(rawValue: status),
                          case .integer(let offset)? = r.last(where: { $0.0 == "position" })?.1,
                          case .string(let updated)? = r.last(where: { $0.0 == "updated" })?.1,
                          let date = ISODate.parse(updated) else { return nil }
                    state.articles[name] = LibraryState.Article(status: articleStatus, position: offset, updated: date)
                }
            case "lastArticle":
                guard case .object(let libraries) = value else { return nil }
                for (library, record) in libraries {
                    guard case .object(let r) = record,
                          case .string(let article)? = r.last(where: { $0.0 == "article" })?.1,
                          case .string(let updated)? = r.last(where: { $0.0 == "updated" })?.1,
                          let date = ISODate.parse(updated) else { return nil }
                    state.lastArticle[library] = LibraryState.LastArticle(article: article, updated: date)
                }
            default:
                continue  // JSONDecoder ignores unknown keys too
            }
        }
        return state
    }

    /// A JSON value; objects keep their members in order (and have no key twice).
    indirect enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        /// A number written without fraction or exponent that fits an Int.
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// A strict JSON parser (RFC 8259) over UTF-8 bytes; nil on any error.
    struct Parser {
        let bytes: [UInt8]
        var i = 0
        /// Deeper nesting than this is refused rather than risking the stack.
        static let maximumDepth = 64

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func document() -> Value? {
            guard let v = value(depth: 0) else { return nil }
            skipSpace()
            return i == bytes.count ? v : nil
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) -> Value? {
            guard depth < Self.maximumDepth else { return nil }
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(String, Value)] = []
                // A key given twice is left to JSONDecoder (which takes the first, not the last).
                var keys: Set<String> = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard let key = string(), keys.insert(key).inserted else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value(depth: depth + 1) else { return nil }
                    members.append((key, v))
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                var elements: [Value] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                while true {
                    guard let v = value(depth: depth + 1) else { return nil }
                    elements.append(v)
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString, _ v: Value) -> Value? {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return nil }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return nil }
            i += count
            return v
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func number() -> Value? {
            let start = i
            func digits() -> Int { let s = i; while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }; return i - s }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1; if digits() == 0 { return nil } }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                if digits() == 0 { return nil }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if let integer = Int(text) { return .integer(integer) }
            return Double(text).map(Value.number)
        }

        /// A string with its escapes resolved; nil for raw control characters, bad escapes,
        /// unpaired surrogates or invalid UTF-8.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var out: [UInt8] = []
            var runStart = i
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    out.append(contentsOf: bytes[runStart..<i])
                    i += 1
                    return String(validating: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") { i += 1; continue }
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(code) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    UTF8.encode(scalar) { out.append($0) }
                default: return nil
                }
                runStart = i
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }
    }

    /// The one date form JSONEncoder's `.iso8601` writes: `2026-11-28T09:37:23Z` (UTC, whole
    /// seconds), from the year 1600 on (Foundation counts earlier dates in the Julian calendar).
    /// Anything else is nil (JSONDecoder then decides).
    enum ISODate {
        static func parse(_ s: String) -> Date? {
            let b = Array(s.utf8)
            guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z") else { return nil }
            func field(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for k in from..<(from + count) {
                    guard (0x30...0x39).contains(b[k]) else { return nil }
                    v = v * 10 + Int(b[k] - 0x30)
                }
                return v
            }
            guard let year = field(0, 4), let month = field(5, 2), let day = field(8, 2),
                  let hour = field(11, 2), let minute = field(14, 2), let second = field(17, 2),
                  year >= 1600, (1...12).contains(month), (1...daysIn(month, year)).contains(day),
                  hour < 24, minute < 60, second < 60 else { return nil }
            let days = daysFromCivil(year, month, day)
            return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
        }

        static func daysIn(_ month: Int, _ year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
        static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }
    }
}
