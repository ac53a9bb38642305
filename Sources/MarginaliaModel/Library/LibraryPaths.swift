import FoundationEssentials
import MarginaliaText

/// Small path helpers shared by discovery, state and annotation locations.
enum LibraryPaths {
    /// Absolute and standardised (no `.`/`..`, no trailing slash); symlinks are kept as named.
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : PathText.currentDirectory + "/" + path
        var parts: [Substring] = []
        for part in base.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The host of a URL ("https://www.tagesschau.de/x" -> "www.tagesschau.de"), for the
    /// source column of corpora that give only a URL.
    static func host(_ url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func parent(_ path: String) -> String {
        let abs = absolute(path)
        guard let slash = abs.lastIndex(of: "/"), slash != abs.startIndex else { return "/" }
        return String(abs[..<slash])
    }
}
