import Foundation
import Testing
import MarginaliaStore
@testable import MarginaliaModel

@Suite struct ThemeCacheTests {
    /// A fresh folder with a theme folder and a cache folder in it.
    private func folders() throws -> (themes: String, cache: String) {
        let root = NSTemporaryDirectory() + "marginalia-theme-cache-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/themes", withIntermediateDirectories: true)
        return (root + "/themes", root + "/cache")
    }

    private func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func everyBundledThemeSurvivesTheCacheUnchanged() throws {
        let catalog = ThemeCatalog.standard(configDirectory: nil)
        #expect(catalog.names.count >= 4)
        for name in catalog.names {
            let parsed = try catalog.load(name)
            let source = "source\t/x/\(name).toml\t1\t2\t3\t4"
            let text = try #require(ThemeCache.encode(parsed, source: source))
            #expect(ThemeCache.decode(text, source: source) == parsed, "theme \(name)")
            #expect(ThemeCache.decode(text, source: source + "5") == nil, "another file's entry is not taken")
        }
    }

    @Test func secondLoadComesFromTheEntryAndAnEditedThemeIsParsedAgain() throws {
        let (themes, cacheDirectory) = try folders()
        let path = themes + "/mine.toml"
        try write("[styles]\n\"default\" = { fg = 1 }\n", to: path)
        let cache = ThemeCache(directory: cacheDirectory)
        let catalog = ThemeCatalog(directories: [themes], cache: cache)
        let first = try catalog.load("mine")
        #expect(first.styles["default"] == ThemeStyle(foreground: .indexed(1)))
        let fingerprint = try #require(FileFingerprint(path: path))
        #expect(cache.theme(for: path, fingerprint: fingerprint) == first)

        // Any edit changes size or modification time: the entry no longer matches.
        try write("[styles]\n\"default\" = { fg = 12, bold = true }\n", to: path)
        let edited = try catalog.load("mine")
        #expect(edited.styles["default"] == ThemeStyle(foreground: .indexed(12), bold: true))
        #expect(cache.theme(for: path, fingerprint: try #require(FileFingerprint(path: path))) == edited)
    }

    @Test func plantedLinksInTheCacheAreNeverWrittenThrough() throws {
        let (themes, cacheDirectory) = try folders()
        let path = themes + "/mine.toml"
        try write("[styles]\n\"default\" = { fg = 1 }\n", to: path)
        let cache = ThemeCache(directory: cacheDirectory)
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let victim = themes + "/victim.txt"
        try write("keep\n", to: victim)
        // A link at the entry and at the temporary name the cache once used (entry + ".tmp-<pid>").
        let entry = cache.entryPath(for: path)
        try FileManager.default.createSymbolicLink(atPath: entry + ".tmp-\(getpid())", withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: entry, withDestinationPath: victim)
        _ = try ThemeCatalog(directories: [themes], cache: cache).load("mine")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep\n")
        // The entry is a file of its own now (the rename replaced the link, not its target).
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: entry)) == nil)
    }

    @Test func damagedEntryIsIgnoredAndRewritten() throws {
        let (themes, cacheDirectory) = try folders()
        let path = themes + "/mine.toml"
        try write("[palette]\nsky = \"#87afff\"\n[styles]\n\"quote\" = { fg = \"sky\", italic = true }\n", to: path)
        let cache = ThemeCache(directory: cacheDirectory)
        let catalog = ThemeCatalog(directories: [themes], cache: cache)
        let parsed = try catalog.load("mine")
        let entry = cache.entryPath(for: path)
        let whole = try String(contentsOfFile: entry, encoding: .utf8)
        // Cut off before the closing line, as a crash while writing would.
        try write(String(whole.dropLast(5)), to: entry)
        let fingerprint = try #require(FileFingerprint(path: path))
        #expect(cache.theme(for: path, fingerprint: fingerprint) == nil)
        #expect(try catalog.load("mine") == parsed)
        #expect(try String(contentsOfFile: entry, encoding: .utf8) == whole)
    }

    @Test func namesThatCannotBeWrittenOnOneLineAreNotCached() {
        let theme = Theme(name: "t", styles: ["odd\tscope": ThemeStyle(bold: true)])
        #expect(ThemeCache.encode(theme, source: "source\t/x") == nil)
    }

    @Test func coloursRoundTrip() {
        for color: Color? in [nil, .terminalDefault, .indexed(0), .indexed(255), .rgb(0, 0x0a, 0xff)] {
            #expect(ThemeCache.decodeColor(Substring(ThemeCache.encode(color))) == .some(color))
        }
        #expect(ThemeCache.decodeColor("i256") == nil)
        #expect(ThemeCache.decodeColor("#12345") == nil)
    }
}
