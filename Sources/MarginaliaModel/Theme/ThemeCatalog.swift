import FoundationEssentials
import MarginaliaText

/// Where themes come from: the bundled ones (Themes/*.toml, compiled in as BundledThemeFiles),
/// then the user's `$XDG_CONFIG_HOME/marginalia/themes/*.toml` (a user theme of the same name wins).
public struct ThemeCatalog: Sendable {
    /// Folders of user themes, later ones winning.
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    public static func standard(configDirectory: String?) -> ThemeCatalog {
        ThemeCatalog(directories: configDirectory.map { [PathText.appending($0, "themes")] } ?? [])
    }

    /// Theme names available, sorted.
    public var names: [String] {
        var set = Set(BundledThemeFiles.sources.map(\.name))
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
            guard FileStatus(path: path) != nil else { continue }
            return try ThemeLoader.load(path: path)
        }
        if let bundled = BundledThemeFiles.sources.first(where: { $0.name == name }) {
            do { return try ThemeLoader.parse(bundled.toml, fallbackName: name) } catch let e as ThemeError {
                throw ThemeError("theme \(name): \(e.description)")
            }
        }
        throw ThemeError("unknown theme \"\(name)\" (have: \(names.joined(separator: ", ")))")
    }
}
