import Foundation
import Testing
@testable import MarginaliaModel

/// The README's key tables are the command table: this test fails when they drift apart (and
/// writes the tables as they should read to the temporary folder).
@Suite struct ReadmeKeysTests {
    static func expectedTables() -> String {
        let keymap = Keymap(commands: CommandTable.all)
        var out = ""
        for context in CommandContext.allCases {
            let rows = CommandTable.all.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            out += "\n#### \(context.title)\n\n| keys | command | what it does |\n| --- | --- | --- |\n"
            for spec in rows {
                let keys = keymap.keys(for: spec.name, in: context).map { "`" + KeyNotation.describe($0).replacingOccurrences(of: "|", with: "\\|") + "`" }
                let names = ([spec.name] + spec.aliases).map { "`:\($0)`" }.joined(separator: " ")
                out += "| \(keys.joined(separator: " ")) | \(names) | \(spec.description.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        return out
    }

    @Test func readmeListsEveryKeyOfTheCommandTable() throws {
        let here = URL(fileURLWithPath: #filePath)
        let readme = try String(contentsOf: here.deletingLastPathComponent().appendingPathComponent("../../README.md"), encoding: .utf8)
        guard let start = readme.range(of: "<!-- keys: generated from the command table -->\n"),
              let end = readme.range(of: "<!-- /keys -->") else {
            Issue.record("README.md has no key tables between the markers")
            return
        }
        let tables = String(readme[start.upperBound..<end.lowerBound])
        let expected = Self.expectedTables()
        if tables != expected {
            // The tables as they should read, to paste between the markers.
            try? expected.write(toFile: NSTemporaryDirectory() + "marginalia-readme-keys.md", atomically: true, encoding: .utf8)
        }
        #expect(tables == expected)
    }
}
