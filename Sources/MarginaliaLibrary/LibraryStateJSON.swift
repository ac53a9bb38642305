import FoundationEssentials
import MarginaliaStore
import MarginaliaText

/// `library-state.json` written and read with the project's own JSONValue and JSONReader (the
/// one JSON path of the program):
/// ```json
/// {"articles": {"/path/a.txt": {"position": 120, "status": "in-progress", "updated": "2026-11-25T10:00:00Z"}},
///  "lastArticle": {"<library key>": {"article": "/path/a.txt", "updated": "2026-11-25T10:00:00Z"}},
///  "version": 1}
/// ```
/// Keys sorted, dates as `Timestamp` writes them; unknown keys are ignored when read.
public enum LibraryStateJSON {
    /// Why a file is not a library state, in a few words for the status line.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static func bytes(of state: LibraryState) -> [UInt8] {
        func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(members.sorted { $0.0 < $1.0 }) }
        let articles = state.articles.map { key, a -> (String, JSONValue) in
            (key, object([("status", .string(a.status.rawValue)), ("position", .int(a.position)),
                          ("updated", .string(Timestamp.string(from: a.updated)))]))
        }
        let last = state.lastArticle.map { key, l -> (String, JSONValue) in
            (key, object([("article", .string(l.article)), ("updated", .string(Timestamp.string(from: l.updated)))]))
        }
        let root = object([("version", .int(state.version)), ("articles", object(articles)), ("lastArticle", object(last))])
        return root.serializedBytes(pretty: true) + [0x0A]
    }

    /// The state in `bytes`; every field the store writes must be there.
    public static func read(_ bytes: [UInt8]) throws(Problem) -> LibraryState {
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch { throw Problem(description: "\(error)") }
        let fields = try members(root, "the file")
        guard case .int(let version)? = fields["version"] else { throw Problem(description: "no version number") }
        var state = LibraryState()
        state.version = version
        for (name, value) in try members(fields["articles"], "articles") {
            let r = try members(value, "article \(name)")
            guard case .string(let status)? = r["status"], let articleStatus = ArticleStatus(rawValue: status) else {
                throw Problem(description: "article \(name): no known status")
            }
            guard case .int(let position)? = r["position"], position >= 0 else {
                throw Problem(description: "article \(name): no position")
            }
            state.articles[name] = LibraryState.Article(status: articleStatus, position: position,
                                                        updated: try date(r["updated"], "article \(name)"))
        }
        for (library, value) in try members(fields["lastArticle"], "lastArticle") {
            let r = try members(value, "lastArticle \(library)")
            guard case .string(let article)? = r["article"] else { throw Problem(description: "lastArticle \(library): no article") }
            state.lastArticle[library] = LibraryState.LastArticle(article: article, updated: try date(r["updated"], "lastArticle \(library)"))
        }
        return state
    }

    /// An object's members by name (of a key given twice, the last counts).
    static func members(_ value: JSONValue?, _ what: String) throws(Problem) -> [String: JSONValue] {
        guard case .object(let fields)? = value else { throw Problem(description: "\(what) is not an object") }
        return Dictionary(fields, uniquingKeysWith: { _, last in last })
    }

    static func date(_ value: JSONValue?, _ what: String) throws(Problem) -> Date {
        guard case .string(let text)? = value, let date = Timestamp.date(from: text) else {
            throw Problem(description: "\(what): no date like 2026-11-25T10:00:00Z")
        }
        return date
    }
}
