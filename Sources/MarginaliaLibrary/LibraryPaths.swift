import FoundationEssentials
import MarginaliaText

/// Small path helpers shared by discovery, state and annotation locations.
enum LibraryPaths {
    /// Absolute and standardised (no `.`/`..`, no trailing slash); symlinks are kept as named.
    static func absolute(_ path: String) -> String {
        if isTidyAbsolute(path) { return path }
        let base = path.hasPrefix("/") ? path : PathText.currentDirectory + "/" + path
        var parts: [Substring] = []
        for part in base.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is absolute with no empty, "." or ".." component (most paths: they need no
    /// work). One pass over the bytes: splitting and joining cost a noticeable first-use set-up
    /// in the reader's start-up.
    static func isTidyAbsolute(_ path: String) -> Bool {
        var bytes = path.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "/") else { return false }
        var length = 0, dots = 0
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "/") {
                if length == 0 || dots == length && length <= 2 { return false }
                length = 0; dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(dots == length && length <= 2)
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
