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

    /// An input line as the workers get it (its text copied out of the reader's buffer).
    enum Line: Sendable {
        case text(String)
        case tooLong(bytes: Int)
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
        // A read error ends the input as its end would (the lines before it are all answered).
        var reader = LineReader(fd: fd, lineLimit: ArticleLoader.defaultSizeLimit)
        let lines = AnyIterator<Line> {
            (try? reader.next { line, _ in
                switch line {
                case .bytes(let bytes): return Line.text(String(decoding: bytes, as: UTF8.self))
                case .tooLong(let count): return Line.tooLong(bytes: count)
                }
            }) ?? nil
        }
        let numbered = lines.enumerated().lazy.map { (number: $0.offset + 1, line: $0.element) }
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
