import FoundationEssentials

/// Reads an article file into the plain text every offset refers to.
///
/// The format comes from the extension (.txt, .md/.markdown, .html/.htm); anything else is
/// sniffed (`<html` or `<!doctype` near the start means HTML, else plain text). Bytes are decoded
/// as UTF-8 (BOM dropped), falling back to Windows-1252 with a notice; line ends become LF.
/// Every failure is a `LoadError` whose description is one line naming the path.
public enum ArticleLoader {
    /// The largest article accepted: 200 MiB, or the `MARGINALIA_MAX_SIZE` environment variable
    /// (bytes, or with a k/m/g suffix) when set, so every path that loads (reader, library,
    /// `analyze`) honours the same configured limit.
    public static var defaultSizeLimit: Int { sizeLimit(environment: ProcessEnvironment.variables) }
    public static let builtinSizeLimit = 200 * 1024 * 1024
    public static let sizeLimitVariable = "MARGINALIA_MAX_SIZE"

    /// Why `MARGINALIA_MAX_SIZE` in `environment` cannot be used (one line), nil when it is
    /// unset or valid: an unreadable value is reported, not silently replaced by the default.
    public static func sizeLimitProblem(environment: [String: String]) -> String? {
        guard let raw = environment[sizeLimitVariable], !raw.trimmingSpaces.isEmpty, parseSize(raw) == nil else { return nil }
        return "\(sizeLimitVariable)=\(raw) is not a size (bytes, or a number with k, m or g, e.g. 500m)"
    }

    /// The limit `environment` configures; the built-in one when unset or unreadable. Never
    /// above 2 GiB: offsets are 32-bit (`Span.maximumOffset`), and a text has no more code
    /// points than its file has bytes.
    public static func sizeLimit(environment: [String: String]) -> Int {
        min(environment[sizeLimitVariable].flatMap(parseSize) ?? builtinSizeLimit, Span.maximumOffset)
    }

    /// "1048576", "500k", "20m", "1.5g" in bytes; nil for anything else (or below one byte).
    static func parseSize(_ text: String) -> Int? {
        let raw = text.trimmingSpaces.lowercased()
        guard !raw.isEmpty else { return nil }
        let units: [Character: Double] = ["k": 1024, "m": 1024 * 1024, "g": 1024 * 1024 * 1024]
        let unit = raw.last.flatMap { units[$0] }
        guard let number = Double(unit == nil ? raw : String(raw.dropLast())), number.isFinite,
              number * (unit ?? 1) >= 1, number * (unit ?? 1) < Double(Int.max / 2) else { return nil }
        return Int(number * (unit ?? 1))
    }

    static let extensionFormats: [String: ArticleFormat] = [
        "txt": .plainText, "text": .plainText,
        "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown, "mkdn": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
    ]

    public static func load(path: String, sizeLimit: Int = defaultSizeLimit) throws -> LoadedArticle {
        try load(data: read(path: path, sizeLimit: sizeLimit), path: path)
    }

    /// The file's bytes, undecoded, after the checks that need no decoding (exists, not a
    /// folder, readable, within the size limit).
    public static func read(path: String, sizeLimit: Int = defaultSizeLimit) throws -> Data {
        guard let status = FileStatus(path: path) else { throw LoadError.notFound(path: path) }
        if status.isDirectory { throw LoadError.isDirectory(path: path) }
        if status.isRegular, status.size > sizeLimit {
            throw LoadError.tooLarge(path: path, bytes: status.size, limit: sizeLimit)
        }
        let data: Data
        do {
            // Chunks are checked as they come: pipes and devices ("<(curl ...)", /dev/stdin) have
            // no size, so /dev/zero is refused instead of filling memory; and a huge binary file
            // (a 1 GB sparse file under a raised limit) is refused after its first megabyte, not
            // after reading it all.
            data = try FileBytes.read(path: path, sizeHint: status.isRegular ? status.size : 0, chunkSize: 1 << 20) { bytes, added in
                if bytes.count > sizeLimit { throw LoadError.tooLarge(path: path, bytes: bytes.count, limit: sizeLimit) }
                if TextDecoding.containsNUL(bytes, last: added), !TextDecoding.looksLikeUTF16(bytes) {
                    throw LoadError.binary(path: path)
                }
            }
        } catch let error as FileBytes.ReadError {
            throw LoadError.unreadable(path: path, reason: error.reason)
        }
        if data.count > sizeLimit { throw LoadError.tooLarge(path: path, bytes: data.count, limit: sizeLimit) }
        return data
    }

    public static func load(data: Data, path: String, format: ArticleFormat? = nil) throws -> LoadedArticle {
        if TextDecoding.looksBinary(data) { throw LoadError.binary(path: path) }
        let decoded = TextDecoding.decode(data)
        let format = format ?? detectFormat(path: path, scalars: decoded.scalars)
        return article(from: decoded.scalars, path: path, format: format, notices: decoded.notices)
    }

    /// Loads text already in memory (e.g. one article of a JSON-lines corpus).
    public static func load(string: String, path: String, format: ArticleFormat = .plainText) -> LoadedArticle {
        let scalars = LoadedTextNormalization.normalize(Array(string.unicodeScalars)).scalars
        return article(from: ScalarStore(scalars), path: path, format: format, notices: [])
    }

    public static func detectFormat<C: Collection>(path: String, scalars: C) -> ArticleFormat where C.Element == Unicode.Scalar {
        let ext = PathText.pathExtension(path).lowercased()
        if let format = extensionFormats[ext] { return format }
        return looksLikeHTML(scalars) ? .html : .plainText
    }

    static func looksLikeHTML<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        var head = String.UnicodeScalarView()
        head.append(contentsOf: scalars.prefix(1024))
        let lower = String(head).lowercased()
        let trimmed = lower.drop { $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype") || trimmed.hasPrefix("<html") || lower.contains("<html")
    }

    private static func article(from scalars: ScalarStore, path: String, format: ArticleFormat, notices: [String]) -> LoadedArticle {
        switch format {
        case .plainText:
            let text = ArticleText(scalars: scalars)
            return LoadedArticle(path: path, format: format, text: text, title: plainTitle(text), notices: notices)
        case .markdown:
            let result = MarkdownExtractor.extract(Array(scalars))
            return LoadedArticle(path: path, format: format, text: ArticleText(scalars: result.text),
                                 title: result.title, headingSpans: result.headings, notices: notices)
        case .html:
            let result = HTMLExtractor.extract(Array(scalars))
            return LoadedArticle(path: path, format: format, text: ArticleText(scalars: result.text),
                                 title: result.title, headingSpans: result.headings, notices: notices)
        }
    }

    /// A plain-text article's title: its first paragraph, if that is a heading-like line.
    static func plainTitle(_ text: ArticleText) -> String? {
        guard let first = Segmenter.paragraphs(ScalarStore(text.scalars.prefix(4096))).first,
              HeadingHeuristic.looksLikeHeading(first, text.scalars) else { return nil }
        return text[first]
    }
}
