import Foundation

/// Test fixtures live beside the tests (not in a resource bundle), found from this file's path.
enum FixtureFiles {
    static func text(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
