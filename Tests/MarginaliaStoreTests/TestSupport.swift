import Foundation
import MarginaliaText
@testable import MarginaliaStore

/// A fresh folder under the system temporary directory, removed by `cleanup()`.
struct TemporaryFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("marginalia-store-test-" + UUID().uuidString).path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Writes an article and returns its path.
    func article(_ name: String = "a.txt", _ text: String) -> String {
        let p = file(name)
        precondition(FileManager.default.createFile(atPath: p, contents: Data(text.utf8)))
        return p
    }

    func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) } }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// A mutable value shared with `@Sendable` closures (single-threaded tests).
final class Box<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// Store options for tests: the data directory inside the test folder, a manual clock.
func testOptions(_ folder: TemporaryFolder, clock: Box<Double> = Box(100), readOnly: Bool = false) -> AnnotationStore.OpenOptions {
    var options = AnnotationStore.OpenOptions(readOnly: readOnly, generator: "marginalia test")
    options.environment = ["XDG_DATA_HOME": folder.file("data"), "HOME": folder.path]
    options.clock = { clock.value }
    options.timestamp = { "2026-11-25T10:00:00Z" }
    return options
}

let sampleText = """
Der Kampf um Kherson könnte zu einer der brutalsten Schlachten des Ukraine-Krieges werden. Serbiens Präsident Aleksandar Vučić spricht gar von einer „Entscheidungsschlacht“ und scheut nicht den Vergleich mit Stalingrad.

Es ist kein Zufall, dass die NATO gerade jetzt eine Reihe von Raketen nach Kiew geschickt hat. Kherson ist ein strategisch wichtiges Ziel.
"""

extension ArticleText {
    /// The span of the first occurrence of `needle` (tests only).
    func span(of needle: String, occurrence: Int = 1) -> Span {
        let n = Array(needle.unicodeScalars)
        let hits = NgramIndex.linearOccurrences(of: n, in: scalars)
        precondition(hits.count >= occurrence, "\(needle) not found \(occurrence) times")
        return Span(hits[occurrence - 1], hits[occurrence - 1] + n.count)
    }
}
