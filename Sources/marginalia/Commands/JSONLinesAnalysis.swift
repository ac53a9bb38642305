import Foundation
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaModel

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
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                CommandLineError.exit("\(path): cannot open")
            }
            handle = h
        }
        var failures = 0
        let numbered = LineReader(handle: handle).enumerated().lazy.map { (number: $0.offset + 1, line: $0.element) }
        OrderedParallelMap.run(numbered, jobs: jobs, transform: { item in
            (item.number, analyse(line: item.line, lineNumber: item.number, path: path))
        }, emit: { (lineNumber, outcome) in
            switch outcome {
            case .output(let json): print(json)
            case .error(let message):
                failures += 1
                FileHandle.standardError.write(Data("marginalia: \(message)\n".utf8))
                if keepGoing {
                    // Keep one output line per article line, so positions still line up.
                    print(JSONValue.object([("line", .int(lineNumber)), ("error", .string(message))]).serialized())
                }
            case .blank: break
            }
        })
        if failures > 0 && !keepGoing { Foundation.exit(1) }
    }

    /// Analyses one line (runs on a worker thread).
    static func analyse(line: String, lineNumber: Int, path: String) -> Outcome {
        if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return .blank }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else {
            return .error("\(path):\(lineNumber): not a JSON object with a \"text\" string; skipped")
        }
        let id: JSONValue
        if let s = object["id"] as? String { id = .string(s) } else if let n = object["id"] as? Int { id = .int(n) } else { id = .int(lineNumber) }
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text), title: object["title"] as? String)
        let analysis = Analyzer.analyze(article)
        return .output(AnalysisJSON.value(for: article, analysis: analysis, id: id).serialized())
    }
}

/// Reads a file handle line by line in chunks (no whole-file read).
struct LineReader: Sequence, IteratorProtocol {
    let handle: FileHandle
    var buffer = Data()
    var finished = false

    init(handle: FileHandle) { self.handle = handle }

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
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}
