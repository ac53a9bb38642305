/// Which files a folder contributes to the library, by file name extension (lower-cased).
/// A table rather than code so that a new format is one line.
enum LibraryFileTypes {
    enum Kind: Equatable {
        /// An article file the `ArticleLoader` reads.
        case article
        /// A JSON-lines corpus: one article a line.
        case corpus
        /// Marginalia's own files (annotations): silently left out of the list.
        case ownFile
        /// Listed as skipped with this reason.
        case unsupported(String)
    }

    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]
    static let corpusExtensions: Set<String> = ["jsonl", "ndjson"]
    /// Extensions whose skip reason is worth a specific hint.
    static let hints: [String: String] = [
        "json": "a JSON file (for a corpus use JSON lines, .jsonl: one article a line)",
        "pdf": "PDF is not supported (convert it to text first)",
        "docx": "Word documents are not supported (save as text or HTML)",
        "doc": "Word documents are not supported (save as text or HTML)",
        "odt": "OpenDocument is not supported (save as text or HTML)",
        "rtf": "RTF is not supported (save as text)",
        "gz": "compressed files are not supported (decompress first)",
        "zip": "archives are not supported (unpack first)",
    ]
    static let ownSuffixes = [".annotations.json", ".annotations.json.lock"]
    static let ownFolderSuffix = ".annotations"

    static func kind(ofFileNamed name: String) -> Kind {
        let lower = name.lowercased()
        if ownSuffixes.contains(where: { lower.hasSuffix($0) }) || lower.contains(".annotations.json.") { return .ownFile }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
            return .unsupported("no file name extension (rename it to .txt, .md or .html to read it)")
        }
        let ext = String(lower[lower.index(after: dot)...])
        if articleExtensions.contains(ext) { return .article }
        if corpusExtensions.contains(ext) { return .corpus }
        return .unsupported(hints[ext] ?? "unsupported file type .\(ext)")
    }
}
