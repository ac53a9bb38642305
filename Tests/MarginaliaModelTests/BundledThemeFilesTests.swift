import FoundationEssentials
import Testing
@testable import MarginaliaModel

/// The themes compiled into the program are exactly Themes/*.toml (regenerate with
/// scripts/generate-bundled-themes.sh after editing a theme).
@Suite struct BundledThemeFilesTests {
    @Test func generatedFileMatchesTheThemesFolder() throws {
        let themes = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Themes").path
        let files = try FileManager.default.contentsOfDirectory(atPath: themes).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(BundledThemeFiles.sources.map { $0.name + ".toml" } == files,
                "run scripts/generate-bundled-themes.sh")
        for (name, toml) in BundledThemeFiles.sources {
            let data = try #require(FileManager.default.contents(atPath: themes + "/" + name + ".toml"))
            #expect(String(decoding: data, as: UTF8.self) == toml + "\n", "\(name).toml differs: run scripts/generate-bundled-themes.sh")
        }
    }
}
