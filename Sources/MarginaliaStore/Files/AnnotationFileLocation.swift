import Foundation
import MarginaliaText

/// Where an article's annotation file lives (DESIGN.md): `<article file name>.annotations.json`
/// beside the article; when that folder is not writable, or for bundled samples, under
/// `$XDG_DATA_HOME/marginalia/annotations/` (default `~/.local/share`), named after the article
/// and a hash of its absolute path so two articles with the same name do not share a file.
public struct AnnotationFileLocation: Sendable, Equatable {
    /// The file annotations are saved to.
    public var path: String
    /// The file to read at open: `path` if it exists, else an annotation file beside a
    /// read-only article (read, then saved to `path`), else nil (no annotations yet).
    public var readPath: String?
    /// Where annotations go when the main file is corrupt (DESIGN.md: never overwritten).
    public var recoveryPath: String { AnnotationFileLocation.recoveryPath(for: path) }
    /// The lock file of this article (one per article, whichever file is read).
    public var lockPath: String { path + ".lock" }

    public static let suffix = ".annotations.json"

    public init(path: String, readPath: String?) {
        self.path = path
        self.readPath = readPath
    }

    /// The location for the article at `articlePath`. `useDataDirectory` forces the data
    /// directory (bundled samples live inside the program and are never written beside).
    public static func resolve(articlePath: String, useDataDirectory: Bool = false,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> AnnotationFileLocation {
        let beside = besidePath(for: articlePath)
        let folder = (beside as NSString).deletingLastPathComponent
        let fm = FileManager.default
        if !useDataDirectory && fm.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            return AnnotationFileLocation(path: beside, readPath: fm.fileExists(atPath: beside) ? beside : nil)
        }
        let data = dataDirectoryPath(for: articlePath, environment: environment)
        let readPath = fm.fileExists(atPath: data) ? data : (fm.fileExists(atPath: beside) && !useDataDirectory ? beside : nil)
        return AnnotationFileLocation(path: data, readPath: readPath)
    }

    public static func besidePath(for articlePath: String) -> String { articlePath + suffix }

    public static func recoveryPath(for path: String) -> String {
        path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) + ".annotations.recovered.json" : path + ".recovered.json"
    }

    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/marginalia/annotations"
    }

    static func dataDirectoryPath(for articlePath: String, environment: [String: String]) -> String {
        let absolute = articlePath.hasPrefix("/") ? articlePath : FileManager.default.currentDirectoryPath + "/" + articlePath
        let standardized = (absolute as NSString).standardizingPath
        let name = (standardized as NSString).lastPathComponent
        let tag = String(SHA256.hex(of: standardized).prefix(12))
        return dataDirectory(environment: environment) + "/" + name + "-" + tag + suffix
    }
}
