import FoundationEssentials
import MarginaliaStore
import MarginaliaText

/// Where themes come from: the bundled `Themes/*.toml`, then the user's
/// `$XDG_CONFIG_HOME/marginalia/themes/*.toml` (a user theme of the same name wins).
public struct ThemeCatalog: Sendable {
    public var directories: [String]
    /// Where parsed themes are kept between starts; nil to parse every time.
    public var cache: ThemeCache?

    public init(directories: [String], cache: ThemeCache? = nil) {
        self.directories = directories
        self.cache = cache
    }

    public static func standard(configDirectory: String?, cache: ThemeCache? = nil) -> ThemeCatalog {
        var dirs: [String] = []
        if let bundled = BundledThemes.directory { dirs.append(bundled) }
        if let configDirectory { dirs.append(PathText.appending(configDirectory, "themes")) }
        return ThemeCatalog(directories: dirs, cache: cache)
    }

    /// Theme names available, sorted.
    public var names: [String] {
        var set: Set<String> = []
        for dir in directories {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where file.hasSuffix(".toml") {
                set.insert(String(file.dropLast(5)))
            }
        }
        return set.sorted()
    }

    public func load(_ name: String) throws -> Theme {
        guard !name.contains("/"), !name.isEmpty else { throw ThemeError("bad theme name \"\(name)\"") }
        for dir in directories.reversed() {
            let path = PathText.appending(dir, name + ".toml")
            guard let fingerprint = FileFingerprint(path: path) else { continue }
            if let cache, let theme = cache.theme(for: path, fingerprint: fingerprint) { return theme }
            let theme = try ThemeLoader.load(path: path)
            cache?.store(theme, for: path, fingerprint: fingerprint)
            return theme
        }
        throw ThemeError("unknown theme \"\(name)\" (have: \(names.joined(separator: ", ")))")
    }
}
