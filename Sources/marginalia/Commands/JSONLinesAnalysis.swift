import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// Streams a JSON-lines corpus through the analyzer on `jobs` threads: lines are read as they
/// come, analysed in parallel, and printed in input order; at most a small window of lines is
/// in flight (`OrderedParallelMap`), so memory stays constant however long the corpus.
/// One output line per article line, in order, `id` copied (the line number when absent): the
/// shape `parallel --pipe --keep-order` and Spark's `RDD.pipe` expect.
enum JSONLinesAnalysis {
    /// What one input line becomes: a JSON line for stdout, or an error (a one-line message for
    /// stderr, and the article's `id` when the line was readable that far).
    enum Outcome: Sendable {
        case output(String)
        case error(String, id: JSONValue?)
    }

    /// Every input line gives exactly one output line, so outputs stay aligned with inputs: a bad
    /// or blank line gives `{"line": N, "id": ..., "error": "..."}` in its place. `lineOffset` is
    /// added to `N` (a chunk of a larger file, e.g. under GNU parallel, README).
    static func run(path: String, jobs: Int, keepGoing: Bool = false, lineOffset: Int = 0,
                    offsets: OffsetUnit = .codepoint) throws {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { CommandLineError.exit("\(path): cannot open") }
        }
        var failures = 0
        let numbered = LineReader(fd: fd).enumerated().lazy.map { (number: $0.offset + 1, line: $0.element) }
        OrderedParallelMap.run(numbered, jobs: jobs, transform: { item in
            switch item.line {
            case .text(let line):
                return (item.number + lineOffset, analyse(line: line, lineNumber: item.number + lineOffset, path: path, offsets: offsets))
            case .tooLong(let bytes):
                return (item.number + lineOffset, .error("\(path):\(item.number + lineOffset): line of \(bytes) bytes is longer than the limit of "
                    + "\(ArticleLoader.defaultSizeLimit) bytes (set \(ArticleLoader.sizeLimitVariable) to raise it); skipped", id: nil))
            }
        }, emit: { (lineNumber, outcome) in
            switch outcome {
            case .output(let json): StandardStreams.writeOutput(json + "\n")
            case .error(let message, let id):
                failures += 1
                StandardStreams.writeError("marginalia: \(message)\n")
                // One output line per article line, so positions still line up.
                StandardStreams.writeOutput(errorObject(line: lineNumber, id: id, message: message).serialized() + "\n")
            }
        })
        if failures > 0 && !keepGoing {
            StandardStreams.finishOutput()
            Glibc.exit(1)
        }
    }

    static func errorObject(line: Int, id: JSONValue?, message: String) -> JSONValue {
        .object([("line", .int(line))] + (id.map { [("id", $0)] } ?? []) + [("error", .string(message))])
    }

    /// Analyses one line (runs on a worker thread). The text is normalised as a file's is
    /// (`LoadedTextNormalization`); when that changed it, the output carries the loaded text.
    static func analyse(line: String, lineNumber: Int, path: String, offsets: OffsetUnit = .codepoint) -> Outcome {
        if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            return .error("\(path):\(lineNumber): blank line", id: nil)
        }
        guard let object = try? JSONReader.parse(line) else {
            return .error("\(path):\(lineNumber): not a JSON object with a \"text\" string; skipped", id: nil)
        }
        let given: JSONValue? = object["id"]?.stringValue.map { .string($0) } ?? object["id"]?.intValue.map { .int($0) }
        guard let raw = object["text"]?.stringValue else {
            return .error("\(path):\(lineNumber): not a JSON object with a \"text\" string; skipped", id: given)
        }
        let (text, changed) = LoadedTextNormalization.normalize(raw)
        var article = LoadedArticle(path: path, format: .plainText, text: text, title: object["title"]?.stringValue)
        if changed { article.rawText = ArticleText(raw) }
        let analysis = Analyzer.analyze(article)
        return .output(AnalysisJSON.value(for: article, analysis: analysis, id: given ?? .int(lineNumber), offsets: offsets).serialized())
    }
}

/// Reads a file descriptor line by line in chunks (no whole-file read), in time linear in the
/// input: each byte is searched for a line feed once (a 40 MB line arriving from a pipe in 64 KB
/// pieces was rescanned from its start after every piece: 92 s), and a line longer than
/// `lineLimit` is skipped as it streams by instead of growing memory (a 200 MB line took 3.3 GB).
struct LineReader: Sequence, IteratorProtocol {
    enum Line: Equatable {
        case text(String)
        /// A line over the limit, with its length in bytes (its text was not kept).
        case tooLong(bytes: Int)
    }

    let fd: Int32
    let lineLimit: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`, and how far it was searched for a line feed.
    private var lineStart = 0
    private var searched = 0
    /// While skipping a line over the limit: its length so far.
    private var skipping: Int?
    private var finished = false
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)

    init(fd: Int32, lineLimit: Int = ArticleLoader.defaultSizeLimit) {
        self.fd = fd
        self.lineLimit = lineLimit
    }

    mutating func next() -> Line? {
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                defer { lineStart = newline + 1; searched = lineStart }
                if let skipped = skipping {
                    skipping = nil
                    return .tooLong(bytes: skipped + newline - lineStart)
                }
                return .text(String(decoding: buffer[lineStart..<newline], as: UTF8.self))
            }
            searched = buffer.count
            if let skipped = skipping {
                skipping = skipped + buffer.count - lineStart
                buffer.removeAll(keepingCapacity: true); lineStart = 0; searched = 0
            } else if buffer.count - lineStart > lineLimit {
                skipping = buffer.count - lineStart
                buffer.removeAll(keepingCapacity: true); lineStart = 0; searched = 0
            }
            if finished {
                if let skipped = skipping { skipping = nil; return .tooLong(bytes: skipped) }
                guard lineStart < buffer.count else { return nil }
                defer { buffer.removeAll(); lineStart = 0; searched = 0 }
                return .text(String(decoding: buffer[lineStart...], as: UTF8.self))
            }
            // Drop the lines already returned before reading more (amortised: only when they
            // are at least half the buffer).
            if lineStart > 0, lineStart >= buffer.count / 2 {
                buffer.removeSubrange(0..<lineStart)
                searched -= lineStart
                lineStart = 0
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { finished = true } else { buffer.append(contentsOf: chunk[..<count]) }
        }
    }
}
