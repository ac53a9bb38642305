import Foundation
import MarginaliaText
import MarginaliaAnalysis

/// Streams a JSON-lines corpus through the analyzer: reads a line, analyses it, prints the
/// result, so memory stays constant and output order is input order.
enum JSONLinesAnalysis {
    static func run(path: String) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                CommandLineError.exit("\(path): cannot open")
            }
            handle = h
        }
        var lineNumber = 0
        var failures = 0
        for line in LineReader(handle: handle) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else {
                failures += 1
                FileHandle.standardError.write(Data("marginalia: \(path):\(lineNumber): not a JSON object with a \"text\" string; skipped\n".utf8))
                continue
            }
            let id: JSONValue
            if let s = object["id"] as? String { id = .string(s) } else if let n = object["id"] as? Int { id = .int(n) } else { id = .int(lineNumber) }
            let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text), title: object["title"] as? String)
            let analysis = Analyzer.analyze(article)
            print(AnalysisJSON.value(for: article, analysis: analysis, id: id).serialized())
        }
        if failures > 0 { Foundation.exit(1) }
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
