import FoundationEssentials
import MarginaliaStore
import MarginaliaText

/// Reads `library-state.json` as `LibraryStateStore.save` writes it, with the project's own
/// JSONReader instead of JSONDecoder.
/// The file is read before the first frame (it holds the reading position to return to), and
/// the first JSONDecoder of a process with ISO-8601 dates cost about 0.8 ms there: a third of
/// opening an article (time-zone set-up, generic metadata, protocol look-ups). Anything this
/// reader does not expect (another date form, a missing field, a syntax error) makes it answer
/// nil, and the store then decodes with JSONDecoder as before, which also words the errors.
public enum LibraryStateReader {
    /// The state, or nil when the bytes are not a whole file of the form the store writes.
    public static func read(_ bytes: [UInt8]) -> LibraryState? {
        guard let root = try? JSONReader.parse(bytes, strict: true), let fields = members(root) else { return nil }
        // Like the decoder Swift synthesises for LibraryState: every field must be there.
        guard case .int(let version)? = fields["version"], let articles = fields["articles"].flatMap(members),
              let libraries = fields["lastArticle"].flatMap(members) else { return nil }
        var state = LibraryState()
        state.version = version
        for (name, value) in articles {
            guard let r = members(value), case .string(let status)? = r["status"],
                  let articleStatus = ArticleStatus(rawValue: status),
                  case .int(let position)? = r["position"],
                  case .string(let updated)? = r["updated"], let date = ISODate.parse(updated) else { return nil }
            state.articles[name] = LibraryState.Article(status: articleStatus, position: position, updated: date)
        }
        for (library, value) in libraries {
            guard let r = members(value), case .string(let article)? = r["article"],
                  case .string(let updated)? = r["updated"], let date = ISODate.parse(updated) else { return nil }
            state.lastArticle[library] = LibraryState.LastArticle(article: article, updated: date)
        }
        return state
    }

    /// An object's members by name; nil for anything else, and for an object with a key twice
    /// (JSONDecoder takes the first, a dictionary the last: such files are left to JSONDecoder).
    static func members(_ value: JSONValue) -> [String: JSONValue]? {
        guard case .object(let fields) = value else { return nil }
        var out: [String: JSONValue] = [:]
        for (key, member) in fields {
            guard out.updateValue(member, forKey: key) == nil else { return nil }
        }
        return out
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
