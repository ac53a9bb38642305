/// The source formats Marginalia reads.
public enum ArticleFormat: String, Sendable, Codable {
    case plainText = "text", markdown, html
}

/// An article after loading: the plain text every offset refers to, plus what the loader learnt.
public struct LoadedArticle: Sendable {
    /// The path as the user gave it (or a resource name for bundled samples).
    public var path: String
    public var format: ArticleFormat
    public var text: ArticleText
    /// The article's own title (HTML <title>, first Markdown heading), if it has one.
    public var title: String?
    /// Headings the loader found in structured formats (Markdown `#`, HTML `<h1>`..`<h6>`).
    public var headingSpans: [Span]
    /// One-line notices for the status line, e.g. "decoded as Windows-1252 (invalid UTF-8)".
    public var notices: [String]
    /// The text exactly as the source held it, when normalisation changed it (a JSON-lines text
    /// with a BOM or CRLF): older versions annotated it, and their annotations are moved from it.
    public var rawText: ArticleText?

    public init(path: String, format: ArticleFormat, text: ArticleText, title: String? = nil,
                headingSpans: [Span] = [], notices: [String] = []) {
        self.path = path
        self.format = format
        self.text = text
        self.title = title
        self.headingSpans = headingSpans
        self.notices = notices
    }
}

/// Why an article could not be loaded. `description` is the one-line message shown to the user.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case isDirectory(path: String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot read (\(reason))"
        case .binary(let path): return "\(path): looks like a binary file (contains NUL bytes), not an article"
        case .tooLarge(let path, let bytes, let limit):
            // In MB, and saying how to raise it: a number of bytes alone does not tell what to do.
            return "\(path): too large to open (\(size(bytes)); the limit is \(size(limit)), set MARGINALIA_MAX_SIZE to raise it)"
        case .isDirectory(let path): return "\(path): is a directory"
        }
    }

    private func size(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(bytes) bytes" }
        let mb = Double(bytes) / (1024 * 1024)
        if mb >= 10 { return "\(Int(mb.rounded())) MB" }
        let tenths = Int((mb * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
