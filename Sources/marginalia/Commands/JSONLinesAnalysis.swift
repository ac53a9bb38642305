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
    /// What one input line becomes: a JSON line for stdout, a one-line error for stderr, or nothing (blank).
    enum Outcome: Sendable {
        case output(String)
        case error(String)
        case blank
    }

    static func run(path: String, jobs: Int, keepGoing: Bool = false) throws {
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
            (item.number, analyse(line: item.line, lineNumber: item.number, path: path))
        }, emit: { (lineNumber, outcome) in
            switch outcome {
            case .output(let json): print(json)
            case .error(let message):
                failures += 1
                StandardStreams.writeError("marginalia: \(message)\n")
                if keepGoing {
                    // Keep one output line per article line, so positions still line up.
                    print(JSONValue.object([("line", .int(lineNumber)), ("error", .string(message))]).serialized())
                }
            case .blank: break
            }
        })
        if failures > 0 && !keepGoing { Glibc.exit(1) }
    }

    /// Analyses one line (runs on a worker thread).
    static func analyse(line: String, lineNumber: Int, path: String) -> Outcome {
        if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return .blank }
        guard let object = try? JSONReader.parse(line), let text = object["text"]?.stringValue else {
            return .error("\(path):\(lineNumber): not a JSON object with a \"text\" string; skipped")
        }
        let id: JSONValue
        if let s = object["id"]?.stringValue { id = .string(s) } else if let n = object["id"]?.intValue { id = .int(n) } else { id = .int(lineNumber) }
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text), title: object["title"]?.stringValue)
        let analysis = Analyzer.analyze(article)
        return .output(AnalysisJSON.value(for: article, analysis: analysis, id: id).serialized())
    }
}

/// Reads a file descriptor line by line in chunks (no whole-file read).
struct LineReader: Sequence, IteratorProtocol {
    let fd: Int32
    var buffer = Data()
    var finished = false
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: line, as: UTF8.self)
            }
            if finished {
                if buffer.isEmpty { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { finished = true } else { buffer.append(contentsOf: chunk[..<count]) }
        }
    }
}
