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
                  case .string(let updated)? = r["updated"], let date = Timestamp.date(from: updated) else { return nil }
            state.articles[name] = LibraryState.Article(status: articleStatus, position: position, updated: date)
        }
        for (library, value) in libraries {
            guard let r = members(value), case .string(let article)? = r["article"],
                  case .string(let updated)? = r["updated"], let date = Timestamp.date(from: updated) else { return nil }
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
}
