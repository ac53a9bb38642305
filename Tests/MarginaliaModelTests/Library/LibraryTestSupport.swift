import Foundation
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// A fresh temporary folder per test, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "marginalia-library-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ content: String) -> String {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! content.write(toFile: full, atomically: false, encoding: .utf8)
        return full
    }

    func mkdir(_ relative: String) {
        try! FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }
}

/// One JSON line as a corpus exporter writes it.
func corpusLine(_ fields: [String: Any]) -> String {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

func makeLibrary(_ paths: [String], statePath: String) -> Library {
    Library(discovery: LibraryDiscovery.discover(paths: paths), paths: paths, stateStore: LibraryStateStore(path: statePath))
}
