import FoundationEssentials
import MarginaliaText

/// Where an article's annotation file lives (docs/CONTRACTS.md): `<article file name>.annotations.json`
/// beside the article; when that folder is not writable, or for bundled samples, under
/// `$XDG_DATA_HOME/marginalia/annotations/` (default `~/.local/share`), named after the article
/// and a hash of its absolute path so two articles with the same name do not share a file.
public struct AnnotationFileLocation: Sendable, Equatable {
    /// The file annotations are saved to.
    public var path: String
    /// The file to read at open: `path` if it exists, else an annotation file beside a
    /// read-only article (read, then saved to `path`), else nil (no annotations yet).
    public var readPath: String?
    /// Where annotations go when the main file is corrupt (docs/CONTRACTS.md: never overwritten).
    public var recoveryPath: String { AnnotationFileLocation.recoveryPath(for: path) }
    /// The lock file of this article (one per article, whichever file is read), in the lock
    /// folder of `environment` (never beside the article: see `AnnotationLock`).
    public var lockPath: String

    /// Nothing is created here: the annotation file and its folder appear on the first save.

    public static let suffix = ".annotations.json"

    public init(path: String, readPath: String?, environment: [String: String] = ProcessEnvironment.variables) {
        self.path = path
        self.readPath = readPath
        self.lockPath = AnnotationLock.path(forAnnotationFile: path, environment: environment)
    }

    /// The location for the article at `articlePath`. `useDataDirectory` forces the data
    /// directory (bundled samples live inside the program and are never written beside).
    public static func resolve(articlePath: String, useDataDirectory: Bool = false,
                               environment: [String: String] = ProcessEnvironment.variables) -> AnnotationFileLocation {
        resolve(preferredPath: besidePath(for: articlePath), identity: articlePath, useDataDirectory: useDataDirectory,
                environment: environment)
    }

    /// The location for an annotation file that should be at `preferredPath` (e.g. the
    /// library's `corpus.jsonl.annotations/<id>.annotations.json` for a corpus article), falling
    /// back to the data directory when its folder cannot be written. `identity` (the article's
    /// path, or corpus path and id) names the data-directory file.
    public static func resolve(preferredPath: String, identity: String, useDataDirectory: Bool = false,
                               environment: [String: String] = ProcessEnvironment.variables) -> AnnotationFileLocation {
        let fm = FileManager.default
        if !useDataDirectory && folderIsWritable(PathText.parent(preferredPath)) {
            return AnnotationFileLocation(path: preferredPath, readPath: fm.fileExists(atPath: preferredPath) ? preferredPath : nil,
                                          environment: environment)
        }
        var stem = PathText.lastComponent(preferredPath)
        if stem.hasSuffix(suffix) { stem = String(stem.dropLast(suffix.count)) }
        let directory = dataDirectory(environment: environment) + "/" + stem + "-"
        let data = directory + identityTag(identity) + suffix
        // Files of bundled articles saved before their identity became build-independent.
        let legacy = directory + identityTag(identity, bundleIndependent: false) + suffix
        let readPath = [data, legacy].first { fm.fileExists(atPath: $0) }
            ?? (fm.fileExists(atPath: preferredPath) && !useDataDirectory ? preferredPath : nil)
        return AnnotationFileLocation(path: data, readPath: readPath, environment: environment)
    }

    /// Writable, or (not created yet) its nearest existing parent is.
    static func folderIsWritable(_ folder: String) -> Bool {
        var current = folder.isEmpty ? "." : folder
        let fm = FileManager.default
        while !fm.fileExists(atPath: current) {
            let parent = PathText.parent(current)
            if parent == current || parent.isEmpty { current = "."; break }
            current = parent
        }
        return FileStatus(path: current)?.isDirectory == true && fm.isWritableFile(atPath: current)
    }

    /// A short hash of the absolute, standardized identity: two articles named alike differ.
    /// An article inside a resource bundle (the bundled samples) is identified by its path within
    /// the bundle, so its annotations survive a rebuild, `swift run -c release` or an install.
    static func identityTag(_ identity: String, bundleIndependent: Bool = true) -> String {
        if bundleIndependent, let inside = pathInsideBundle(identity) {
            return String(SHA256.hex(of: "bundled:" + inside).prefix(12))
        }
        let absolute = identity.hasPrefix("/") ? identity : PathText.currentDirectory + "/" + identity
        return String(SHA256.hex(of: PathText.standardized(absolute)).prefix(12))
    }

    /// True for an article inside a resource bundle (the bundled samples): program data, whose
    /// annotations always go to the data directory.
    public static func isInsideBundle(_ articlePath: String) -> Bool { pathInsideBundle(articlePath) != nil }

    /// `Articles/01-a.txt` for `/x/.build/debug/Pkg_Samples.resources/Articles/01-a.txt`; nil
    /// outside a `.resources`/`.bundle` folder.
    static func pathInsideBundle(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard let bundle = parts.lastIndex(where: { $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") }),
              bundle + 1 < parts.count else { return nil }
        return parts[(bundle + 1)...].joined(separator: "/")
    }

    public static func besidePath(for articlePath: String) -> String { articlePath + suffix }

    /// `a.txt.annotations.json.recovered.json`: still recognisably ours (the library hides
    /// names containing `.annotations.json.`), and still a `.json` file for other tools.
    public static func recoveryPath(for path: String) -> String { path + ".recovered.json" }

    public static func dataDirectory(environment: [String: String] = ProcessEnvironment.variables) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? PathText.home) + "/.local/share"
        }
        return base + "/marginalia/annotations"
    }
}
