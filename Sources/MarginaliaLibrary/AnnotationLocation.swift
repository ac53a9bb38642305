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

    /// An article key as a file-name stem (`AnnotationExport.fileStem`, which names exported
    /// files by id the same way): `a/1` -> `a%2F1`.
    public static func fileStem(for key: String) -> String { AnnotationExport.fileStem(key) }

    /// Trims whitespace from a corpus id (ids are keys: "11059 " and "11059" are one article).
    static func cleanKey(_ id: String) -> String {
        id.trimmingWhitespace
    }
}
