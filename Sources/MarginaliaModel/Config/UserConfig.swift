import FoundationEssentials
import MarginaliaText

/// The user's `config.toml`:
/// ```toml
/// theme = "light"
/// tags = ["claim", "source", "speculation", "fact", "opinion"]
/// [keys]
/// down = ["j", "<Down>"]   # replaces the default keys of that command (in every context)
/// quit = "Q"
/// ```
/// Each bad entry is reported (one line each) and that entry falls back to its default; the
/// rest of the file still applies.
public struct UserConfig: Sendable {
    public var theme: String?
    public var tags: [String]?
    /// `learning = false`: corrections no longer teach the user model (a saved one is still used).
    public var learning: Bool?
    /// `mouse = false`: no mouse reporting, so the terminal's own selection works without Shift.
    public var mouse: Bool?
    public var keyOverrides: [String: [[Key]]] = [:]
    /// One-line problems found while reading, for the status line.
    public var problems: [String] = []

    public init() {}

    /// `$XDG_CONFIG_HOME/marginalia` (default `~/.config/marginalia`).
    public static func directory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/marginalia" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/marginalia" }
        return nil
    }

    /// Reads the config file if there is one (no file: defaults, no problem). `commandNames` is
    /// asked for only when there is a file; the check is one stat, not FileManager, whose first
    /// use sets up more than a start needs.
    public static func load(directory: String?, commandNames: () -> Set<String>) -> UserConfig {
        guard let directory else { return UserConfig() }
        let path = directory + "/config.toml"
        guard FileStatus(path: path) != nil else { return UserConfig() }
        let data: Data
        do { data = try FileBytes.readSettings(path: path) } catch {
            var c = UserConfig(); c.problems.append("config.toml: \(error.description); using defaults"); return c
        }
        return parse(String(decoding: data, as: UTF8.self), commandNames: commandNames())
    }

    public static func parse(_ source: String, commandNames: Set<String>) -> UserConfig {
        var config = UserConfig()
        let table: TOMLTable
        do { table = try TOMLParser.parse(source) } catch {
            config.problems.append("config.toml \(error.description); using defaults")
            return config
        }
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "theme":
                if let s = value.string { config.theme = s } else { config.problems.append("config.toml: theme must be a string") }
            case "learning":
                if let b = value.bool { config.learning = b } else { config.problems.append("config.toml: learning must be true or false") }
            case "mouse":
                if let b = value.bool { config.mouse = b } else { config.problems.append("config.toml: mouse must be true or false") }
            case "tags":
                if let list = stringList(value), !list.isEmpty, list.count <= 9, !list.contains(where: { $0.trimmingSpaces.isEmpty }) {
                    config.tags = list
                } else {
                    config.problems.append("config.toml: tags must be a list of 1-9 non-empty names; using the default tags")
                }
            case "keys":
                guard let keys = value.table else { config.problems.append("config.toml: [keys] must be a table"); continue }
                for name in keys.keys {
                    guard commandNames.contains(name) else {
                        config.problems.append("config.toml [keys]: unknown command \"\(name)\"")
                        continue
                    }
                    guard let notations = stringList(keys[name]!), !notations.isEmpty else {
                        config.problems.append("config.toml [keys]: \(name) must be a key or a list of keys; default kept")
                        continue
                    }
                    do { config.keyOverrides[name] = try notations.map(KeyNotation.parse) } catch {
                        config.problems.append("config.toml [keys]: \(name): \(error); default kept")
                    }
                }
            default:
                config.problems.append("config.toml: unknown setting \"\(key)\"")
            }
        }
        return config
    }

    static func stringList(_ value: TOMLValue) -> [String]? {
        if let s = value.string { return [s] }
        guard let array = value.array else { return nil }
        var out: [String] = []
        for item in array {
            guard let s = item.string else { return nil }
            out.append(s)
        }
        return out
    }
}
