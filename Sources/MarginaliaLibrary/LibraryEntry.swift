import MarginaliaText

/// Where an article of the library lives: a file of its own, or one line of a JSON-lines corpus.
public enum ArticleLocation: Sendable, Equatable {
    case file(path: String)
    /// Line `line` (0-based among the corpus's article lines) of the corpus at `corpusIndex`
    /// in `Library.corpora`.
    case corpusLine(corpusIndex: Int, line: Int)
}

/// How far the user has got with an article (persisted in the library state).
public enum ArticleStatus: String, Codable, Sendable, CaseIterable {
    case new
    case inProgress = "in-progress"
    case done

    /// The word the list shows.
    public var label: String {
        switch self {
        case .new: return "new"
        case .inProgress: return "in progress"
        case .done: return "done"
        }
    }
}

/// What the list shows about an article besides status and annotations. Cheap fields come from
/// discovery; the rest is filled in lazily (see `Library.metadata(at:)`).
public struct ArticleMetadata: Sendable, Equatable {
    /// The article's own title, else its first heading, else its first line.
    public var title: String
    /// Where it comes from: the corpus's `source` field (or the host of `url`), or the folder.
    public var source: String?
    /// As the corpus gives it (ISO dates sort correctly as text); nil for plain files.
    public var date: String?
    public var url: String?
    /// Whitespace-separated runs containing a letter or digit (see `WordCount`).
    public var words: Int?
    public var language: Language?

    public init(title: String, source: String? = nil, date: String? = nil, url: String? = nil,
                words: Int? = nil, language: Language? = nil) {
        self.title = title
        self.source = source
        self.date = date
        self.url = url
        self.words = words
        self.language = language
    }
}

/// One article of the library.
public struct LibraryEntry: Sendable, Equatable {
    public var location: ArticleLocation
    /// The stable key of the article in the library state and the index: the absolute file path,
    /// or `<absolute corpus path>#<article key>` for a corpus line.
    public var key: String
    /// For a corpus line: the article's key inside the corpus (its `id`, made unique); nil for files.
    public var corpusArticleKey: String?
    public var metadata: ArticleMetadata
    /// False while `metadata` holds only a placeholder (a file not yet read).
    public var metadataComplete: Bool

    public init(location: ArticleLocation, key: String, corpusArticleKey: String? = nil,
                metadata: ArticleMetadata, metadataComplete: Bool) {
        self.location = location
        self.key = key
        self.corpusArticleKey = corpusArticleKey
        self.metadata = metadata
        self.metadataComplete = metadataComplete
    }
}

/// A path or corpus line that discovery did not turn into an article, and why (one line).
public struct SkippedItem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
