import FoundationEssentials

/// File-path arithmetic on plain strings, as NSString's path methods do it (NSString lives in
/// the Foundation module, which links ICU; see SystemLibrary.swift). Paths are '/'-separated.
public enum PathText {
    /// The last component: "/a/b/" -> "b", "/" -> "/", "" -> "".
    public static func lastComponent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        guard let slash = fixed.lastIndex(of: "/") else { return fixed }
        return String(fixed[fixed.index(after: slash)...])
    }

    /// The path without its last component: "/a/b" -> "/a", "/a" -> "/", "a" -> "".
    public static func parent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        guard let slash = fixed.lastIndex(of: "/") else { return "" }
        if slash == fixed.startIndex { return "/" }
        return String(fixed[..<slash])
    }

    /// `path` and `component` joined by one slash.
    public static func appending(_ path: String, _ component: String) -> String {
        if path.isEmpty { return fixingSlashes(component) }
        if component.isEmpty { return fixingSlashes(path) }
        return fixingSlashes(path + "/" + component)
    }

    /// The extension of the last component without its dot ("a/b.tar.gz" -> "gz"); "" when the
    /// name has none or starts with its only dot (".profile").
    public static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...]
        return ext.contains(" ") ? "" : String(ext)
    }

    /// The path without the extension of its last component.
    public static func deletingExtension(_ path: String) -> String {
        let ext = pathExtension(path)
        let fixed = fixingSlashes(path)
        return ext.isEmpty ? fixed : String(fixed.dropLast(ext.count + 1))
    }

    /// "~" and "~/…" with the home folder ($HOME, else the password database).
    public static func expandingTilde(_ path: String, environment: [String: String]? = nil) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let env = environment ?? ProcessEnvironment.variables
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? self.home
        guard !home.isEmpty else { return path }
        return appending(home, String(path.dropFirst(path == "~" ? 1 : 2)))
    }

    /// The working directory ("." if it cannot be read), without FileManager's set-up.
    public static var currentDirectory: String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// The user's home folder from the password database ("" if it has none), for when $HOME
    /// is unset (as NSHomeDirectory does).
    public static var home: String {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return "" }
        return String(cString: dir)
    }

    /// Tilde expanded and, for an absolute path, "." and ".." removed and symbolic links of its
    /// existing part followed (as NSString's standardizingPath does on Linux).
    public static func standardized(_ path: String) -> String {
        let expanded = expandingTilde(path)
        return expanded.hasPrefix("/") ? resolvingSymlinks(expanded) : fixingSlashes(expanded)
    }

    /// An absolute path with "." and ".." removed and the symbolic links of its longest existing
    /// part followed (the rest, not created yet, appended as it is); other paths only tidied.
    public static func resolvingSymlinks(_ path: String) -> String {
        guard path.hasPrefix("/") else { return fixingSlashes(path) }
        var existing: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !existing.isEmpty { existing.removeLast() }; continue }
            existing.append(part)
        }
        var missing: [Substring] = []
        while true {
            if let resolved = realpath("/" + existing.joined(separator: "/"), nil) {
                defer { free(resolved) }
                return appending(String(cString: resolved), missing.joined(separator: "/"))
            }
            guard let last = existing.popLast() else { return "/" + missing.joined(separator: "/") }
            missing.insert(last, at: 0)
        }
    }

    /// Repeated slashes collapsed and a trailing slash removed ("/" stays).
    static func fixingSlashes(_ path: String) -> String {
        guard path.contains("/") else { return path }
        var out = ""
        out.reserveCapacity(path.utf8.count)
        var previousSlash = false
        for c in path {
            if c == "/" {
                if previousSlash { continue }
                previousSlash = true
            } else {
                previousSlash = false
            }
            out.append(c)
        }
        if out.count > 1, out.hasSuffix("/") { out.removeLast() }
        return out
    }
}
