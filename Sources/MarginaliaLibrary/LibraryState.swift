import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// What the library remembers between sessions, saved as `library-state.json` (see
/// `LibraryStateStore`, and `LibraryStateJSON` for the format). Keys are `LibraryEntry.key`s (absolute path, or `corpus#id`).
public struct LibraryState: Sendable, Equatable {
    public struct Article: Sendable, Equatable {
        public var status: ArticleStatus
        /// Code-point offset of the top line (or the selection) when the article was left.
        public var position: Int
        /// When this record last changed: the newer record wins when two sessions save.
        public var updated: Date

        public init(status: ArticleStatus, position: Int, updated: Date) {
            self.status = status
            self.position = position
            self.updated = updated
        }
    }

    public struct LastArticle: Sendable, Equatable {
        public var article: String
        public var updated: Date
    }

    public var version = 1
    public var articles: [String: Article] = [:]
    /// The last article open, per library (the key of the paths it was opened with).
    public var lastArticle: [String: LastArticle] = [:]

    public init() {}

    /// Combines two states record by record, keeping the more recently updated one, so two
    /// sessions saving one after the other both keep what they changed.
    public func merged(with other: LibraryState) -> LibraryState {
        var out = self
        for (key, theirs) in other.articles {
            if let mine = out.articles[key], mine.updated >= theirs.updated { continue }
            out.articles[key] = theirs
        }
        for (key, theirs) in other.lastArticle {
            if let mine = out.lastArticle[key], mine.updated >= theirs.updated { continue }
            out.lastArticle[key] = theirs
        }
        return out
    }
}

/// Loads and saves the library state at `$XDG_DATA_HOME/marginalia/library-state.json`
/// (default `~/.local/share/marginalia/library-state.json`). Saves merge with what is on disk
/// and replace the file atomically; a file that cannot be parsed is moved aside (kept, never
/// overwritten) and reported in `notice`.
public final class LibraryStateStore {
    public let path: String
    public private(set) var state: LibraryState
    /// A one-line message for the status line (a corrupt state file, a failed save).
    public private(set) var notice: String?

    public static func defaultPath(environment: [String: String]) -> String {
        var base = environment["XDG_DATA_HOME"] ?? ""
        if base.isEmpty || !base.hasPrefix("/") {   // the XDG spec: relative values are ignored
            base = (environment["HOME"] ?? PathText.home) + "/.local/share"
        }
        return base + "/marginalia/library-state.json"
    }

    public convenience init(environment: [String: String], readOnly: Bool = false) {
        self.init(path: LibraryStateStore.defaultPath(environment: environment), readOnly: readOnly)
    }

    /// `readOnly` (a view-only session): the state is read, never saved, and a corrupt file is
    /// left where it is; such a session creates no file at all.
    public init(path: String, readOnly: Bool = false) {
        self.path = path
        self.state = LibraryState()
        self.saveDisabled = readOnly
        self.isReadOnly = readOnly
        switch LibraryStateStore.read(path) {
        case .success(let s): state = s ?? LibraryState()
        case .failure(let message) where readOnly:
            notice = "library state is unreadable (\(message.message)); positions will not be saved"
        case .failure(let message):
            let aside = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
            if rename(path, aside) == 0 {
                notice = "library state was unreadable (\(message.message)); kept as \(aside), starting afresh"
            } else {
                notice = "library state is unreadable (\(message.message)); positions will not be saved"
                saveDisabled = true
            }
        }
    }

    private var saveDisabled = false
    /// A view-only session: nothing is written (not the state, not the entity index cache).
    public let isReadOnly: Bool

    public func article(_ key: String) -> LibraryState.Article? { state.articles[key] }

    public func update(_ key: String, now: Date = Date(), _ change: (inout LibraryState.Article) -> Void) {
        var record = state.articles[key] ?? LibraryState.Article(status: .new, position: 0, updated: now)
        change(&record)
        record.updated = max(now, record.updated)
        state.articles[key] = record
    }

    public func lastArticle(library: String) -> String? { state.lastArticle[library]?.article }

    public func setLastArticle(_ article: String, library: String, now: Date = Date()) {
        state.lastArticle[library] = LibraryState.LastArticle(article: article, updated: now)
    }

    /// Saves now (merging with changes another session saved meanwhile). Failures go to `notice`.
    @discardableResult
    public func save() -> Bool {
        guard !saveDisabled else { return false }
        if case .success(let onDisk?) = LibraryStateStore.read(path) { state = state.merged(with: onDisk) }
        do {
            // The store's atomic writer: temporary file, fsync, rename, fsync of the folder.
            try AtomicFileWriter().write(LibraryStateJSON.bytes(of: state), to: path)
            return true
        } catch {
            notice = "library state not saved: \(error)"
            return false
        }
    }

    /// nil when there is no file yet.
    static func read(_ path: String) -> Result<LibraryState?, StateError> {
        let data: Data
        do { data = try FileBytes.readSettings(path: path) } catch {
            return error.isMissing ? .success(nil) : .failure(StateError(message: error.description))
        }
        do { return .success(try LibraryStateJSON.read(Array(data))) } catch {
            return .failure(StateError(message: "not valid library-state JSON: \(error)"))
        }
    }

    struct StateError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
