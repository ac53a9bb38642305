import FoundationEssentials
import MarginaliaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON-lines corpus opened lazily: one streaming pass records where each line starts and
/// the few fields the list shows; an article's text is read (one `pread`) and decoded only when
/// it is opened or indexed. Immutable after `open`, and `pread` needs no seek, so the UI thread
/// and the background indexer can read it at the same time.
public final class JSONLinesCorpus: @unchecked Sendable {
    /// One article line.
    public struct Line: Sendable, Equatable {
        /// 1-based line number in the file (for messages).
        public var lineNumber: Int
        public var byteOffset: Int
        public var byteLength: Int
        /// The text's body within the line (escapes still raw).
        var textRange: Range<Int>
        /// The `id` as given (a string, or a number's literal text), nil if the line has none.
        public var id: String?
        /// The id was a JSON number (exports write it back as one).
        public var idIsNumber = false
        /// Unique within the corpus: the id (or `line-N`), with `@lineN` appended to repeats.
        public var articleKey: String
        public var metadata: ArticleMetadata
    }

    public let path: String
    /// The absolute, standardised path: the prefix of the article keys in the library state.
    public let absolutePath: String
    public let lines: [Line]
    /// Lines that are not articles, with a one-line reason ("corpus.jsonl:17: no \"text\" string").
    public let skipped: [SkippedItem]
    private let fd: Int32

    public static let defaultChunkSize = 4 << 20

    /// Scans the corpus once. Throws a `LoadError` when the file cannot be read at all.
    public static func open(path: String) throws -> JSONLinesCorpus {
        try open(path: path, chunkSize: defaultChunkSize)
    }

    /// `chunkSize` is the read size (tests use tiny ones to exercise lines split across reads).
    static func open(path: String, chunkSize: Int) throws -> JSONLinesCorpus {
        let fd = Glibc_open(path)
        guard fd >= 0 else {
            if !FileManager.default.fileExists(atPath: path) { throw LoadError.notFound(path: path) }
            throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        var scanner = Scan(path: path)
        var reader = LineReader(fd: fd, chunkSize: chunkSize)
        do {
            while try reader.next({ line, offset -> Bool in
                if case .bytes(let bytes) = line { scanner.line(bytes, fileOffset: offset) }
                return true
            }) != nil {}
        } catch {
            close(fd)
            throw LoadError.unreadable(path: path, reason: error.reason)
        }
        return JSONLinesCorpus(path: path, fd: fd, lines: scanner.lines, skipped: scanner.skipped)
    }

    private init(path: String, fd: Int32, lines: [Line], skipped: [SkippedItem]) {
        self.path = path
        self.absolutePath = LibraryPaths.absolute(path)
        self.fd = fd
        self.lines = lines
        self.skipped = skipped
    }

    deinit { close(fd) }

    /// The text of article `index`: one read of its line and a decode of its `text` string,
    /// normalised as a file's text is (`LoadedTextNormalization`: BOM dropped, CRLF and CR to
    /// LF), so offsets mean the same whether an article comes from a file or a corpus line.
    public func text(of index: Int) throws -> ArticleText {
        try texts(of: index).text
    }

    /// The loaded text and, when normalisation changed it, the raw one.
    func texts(of index: Int) throws -> (text: ArticleText, raw: ArticleText?) {
        let line = lines[index]
        let bytes = try readBytes(at: line.byteOffset, count: line.byteLength, lineNumber: line.lineNumber)
        let string = bytes.withUnsafeBufferPointer { JSONStringDecoding.decode($0, line.textRange) }
        let raw = Array(string.unicodeScalars)
        let (scalars, changed) = LoadedTextNormalization.normalize(raw)
        return changed ? (ArticleText(scalars: scalars), ArticleText(scalars: raw)) : (ArticleText(string), nil)
    }

    /// The first `maxBytes` bytes of article `index`'s text, decoded (for guessing its language
    /// without reading the whole line).
    public func textPrefix(of index: Int, maxBytes: Int) throws -> String {
        let line = lines[index]
        let count = min(maxBytes, line.textRange.count)
        let bytes = try readBytes(at: line.byteOffset + line.textRange.lowerBound, count: count, lineNumber: line.lineNumber)
        return bytes.withUnsafeBufferPointer { JSONStringDecoding.decode($0, 0..<count) }
    }

    /// The words of article `index` (`WordCount`'s definition), counted on its raw JSON bytes:
    /// the list asks for the rows it shows, so opening a big corpus needs no pass over every word.
    public func wordCount(of index: Int) -> Int? {
        let line = lines[index]
        // The text and its closing quotation mark.
        guard let bytes = try? readBytes(at: line.byteOffset + line.textRange.lowerBound, count: line.textRange.count + 1, lineNumber: line.lineNumber)
        else { return nil }
        return bytes.withUnsafeBufferPointer { CorpusLineScanner.walkText($0, from: 0)?.1 }
    }

    /// The hash of article `index`'s raw text string (escapes as written): one read, no decoding.
    func contentHash(of index: Int) throws -> UInt64 {
        let line = lines[index]
        let bytes = try readBytes(at: line.byteOffset + line.textRange.lowerBound, count: line.textRange.count, lineNumber: line.lineNumber)
        return ContentHash.fnv(bytes)
    }

    private func readBytes(at offset: Int, count: Int, lineNumber: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, count - done, off_t(offset + done))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else {
                throw LoadError.unreadable(path: "\(path):\(lineNumber)", reason: got == 0 ? "the file became shorter" : String(cString: strerror(errno)))
            }
            done += got
        }
        return bytes
    }

    /// Article `index` as the reader loads it; the path names corpus and article
    /// (`corpus.jsonl#ID`), and is not where annotations are saved (see `AnnotationLocation`).
    public func article(_ index: Int) throws -> LoadedArticle {
        let line = lines[index]
        let (text, raw) = try texts(of: index)
        var article = LoadedArticle(path: "\(path)#\(line.articleKey)", format: .plainText, text: text, title: line.metadata.title)
        article.rawText = raw
        return article
    }

    /// The streaming scan's state: lines so far and the keys already used.
    private struct Scan {
        let path: String
        var lines: [Line] = []
        var skipped: [SkippedItem] = []
        var usedKeys: Set<String> = []
        var lineNumber = 0

        init(path: String) { self.path = path }

        mutating func line(_ bytes: UnsafeBufferPointer<UInt8>, fileOffset: Int) {
            lineNumber += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            let header: CorpusLineHeader
            switch CorpusLineScanner.scan(bytes) {
            case .failure(let failure):
                skipped.append(SkippedItem(path: "\(path):\(lineNumber)", reason: failure.reason))
                return
            case .success(let h): header = h
            }
            let textRange = header.textRange!
            var title = header.title.map(ArticleTitle.clean) ?? ""
            if title.isEmpty {
                // No title field: the first line of the text (decoding only its first bytes).
                let prefix = textRange.lowerBound..<min(textRange.upperBound, textRange.lowerBound + 4 * ArticleTitle.maxLength)
                title = ArticleTitle.firstLine(of: JSONStringDecoding.decode(bytes, prefix)) ?? "(line \(lineNumber): empty text)"
            }
            var key = header.id.map(AnnotationLocation.cleanKey) ?? ""
            if key.isEmpty { key = "line-\(lineNumber)" }
            if usedKeys.contains(key) { key += "@line\(lineNumber)" }
            usedKeys.insert(key)
            let source = header.source.map(ArticleTitle.clean).flatMap { $0.isEmpty ? nil : $0 } ?? header.url.flatMap(LibraryPaths.host)
            let metadata = ArticleMetadata(title: title, source: source, date: header.date.map(ArticleTitle.clean),
                                           url: header.url, words: nil, language: nil)
            lines.append(Line(lineNumber: lineNumber, byteOffset: fileOffset, byteLength: bytes.count,
                              textRange: textRange, id: header.id, idIsNumber: header.idIsNumber, articleKey: key, metadata: metadata))
        }
    }
}

private func Glibc_open(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
