import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// Where an article's annotation file is (docs/CONTRACTS.md "Annotation file"):
/// - a file article: beside it, `kherson.txt` -> `kherson.txt.annotations.json`;
/// - a corpus article: one file per article in a folder beside the corpus,
///   `corpus.jsonl` + id `11059` -> `corpus.jsonl.annotations/11059.annotations.json`.
/// The store (`MarginaliaStore`) reads and writes these files; this only maps names.
public enum AnnotationLocation {
    public static let suffix = ".annotations.json"
    public static let corpusFolderSuffix = ".annotations"
    /// Longest file-name stem before it is shortened with a hash (file systems allow 255 bytes).
    static let maxStemBytes = 180

    public static func path(forFile path: String) -> String { path + suffix }

    public static func folder(forCorpus corpusPath: String) -> String { corpusPath + corpusFolderSuffix }

    public static func path(forCorpus corpusPath: String, articleKey: String) -> String {
        folder(forCorpus: corpusPath) + "/" + fileStem(for: articleKey) + suffix
    }

    public static func path(for entry: LibraryEntry, in library: Library) -> String {
        resolve(entry, in: library).path
    }

    /// The store's location for an entry: pass it as `AnnotationStore.OpenOptions.location`.
    /// A file article: the store's own rule (beside it, or under `$XDG_DATA_HOME` when its folder
    /// is read-only). A corpus article: the folder beside the corpus; when the corpus's folder is
    /// read-only, `$XDG_DATA_HOME/marginalia/annotations/<corpus name>-<hash>.annotations/`.
    public static func resolve(_ entry: LibraryEntry, in library: Library) -> AnnotationFileLocation {
        switch entry.location {
        case .file(let path):
            // Bundled samples are saved in the data directory (as the reader does): count that file.
            return AnnotationFileLocation.resolve(articlePath: path, useDataDirectory: AnnotationFileLocation.isInsideBundle(path),
                                                  environment: library.environment)
        case .corpusLine(let c, _):
            let corpus = library.corpora[c]
            let key = entry.corpusArticleKey ?? entry.key
            let beside = self.path(forCorpus: corpus.path, articleKey: key)
            let fm = FileManager.default
            let corpusFolder = PathText.parent(corpus.path)
            if fm.isWritableFile(atPath: corpusFolder.isEmpty ? "." : corpusFolder) {
                return AnnotationFileLocation(path: beside, readPath: fm.fileExists(atPath: beside) ? beside : nil,
                                              environment: library.environment)
            }
            let tag = String(SHA256.hex(of: corpus.absolutePath).prefix(12))
            let folder = AnnotationFileLocation.dataDirectory(environment: library.environment) + "/"
                + LibraryPaths.fileName(corpus.path) + "-" + tag + corpusFolderSuffix
            let data = folder + "/" + fileStem(for: key) + suffix
            let readPath = fm.fileExists(atPath: data) ? data : (fm.fileExists(atPath: beside) ? beside : nil)
            return AnnotationFileLocation(path: data, readPath: readPath, environment: library.environment)
        }
    }

    /// An article key as a file-name stem: ASCII letters, digits, `-` and `_` stay, as do dots
    /// not at the start; every other byte of the UTF-8 becomes `%XX`. Injective (so two ids never
    /// share a file), readable for the usual numeric or slug ids, never `.`/`..`/hidden/a path.
    public static func fileStem(for key: String) -> String {
        var out = ""
        for (n, byte) in key.utf8.enumerated() {
            let c = Character(Unicode.Scalar(byte))
            let plain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: ".") && n > 0)
            if plain { out.append(c) } else { out += "%" + hex2(byte) }
        }
        if out.isEmpty { out = "%00" }
        if out.utf8.count > maxStemBytes {
            // Cut, and keep distinct keys distinct by a hash of the whole key.
            out = String(out.utf8.prefix(maxStemBytes - 20).map { Character(Unicode.Scalar($0)) }) + "~" + String(SHA256.hex(of: key).prefix(16))
        }
        return out
    }

    /// Trims whitespace from a corpus id (ids are keys: "11059 " and "11059" are one article).
    static func cleanKey(_ id: String) -> String {
        id.trimmingWhitespace
    }

    private static func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
