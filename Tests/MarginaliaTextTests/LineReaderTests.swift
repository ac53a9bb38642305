import Foundation
import Testing
@testable import MarginaliaText

/// The one streaming line reader (`analyze --jsonl` and a corpus's scan): every line with its
/// byte offset whatever the read size, the last line without a line feed, and a line over the
/// limit reported by its length instead of being kept.
@Suite struct LineReaderTests {
    func lines(of text: String, chunkSize: Int, lineLimit: Int = .max) throws -> [String] {
        let path = FileManager.default.temporaryDirectory.path + "/marginalia-lines-\(getpid())-\(chunkSize)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, chunkSize: chunkSize, lineLimit: lineLimit)
        var out: [String] = []
        while let line = try reader.next({ line, offset -> String in
            switch line {
            case .bytes(let b): return "\(offset):" + String(decoding: b, as: UTF8.self)
            case .tooLong(let n): return "\(offset):too long \(n)"
            }
        }) { out.append(line) }
        return out
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func linesAndOffsetsDoNotDependOnTheReadSize(chunkSize: Int) throws {
        #expect(try lines(of: "ab\n\ncdé\nlast", chunkSize: chunkSize) == ["0:ab", "3:", "4:cdé", "9:last"])
        #expect(try lines(of: "one\n", chunkSize: chunkSize) == ["0:one"])
        #expect(try lines(of: "", chunkSize: chunkSize) == [])
    }

    @Test(arguments: [1, 4, 64])
    func aLineOverTheLimitIsSkippedWithItsLength(chunkSize: Int) throws {
        let long = String(repeating: "x", count: 50)
        #expect(try lines(of: "a\n\(long)\nb\n\(long)", chunkSize: chunkSize, lineLimit: 10)
                == ["0:a", "2:too long 50", "53:b", "55:too long 50"])
    }
}
