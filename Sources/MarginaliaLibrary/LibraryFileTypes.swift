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

    /// "x.annotations.json.tmp-…", "x.annotations.json.corrupt-…": a name with
    /// ".annotations.json." inside (split on dots: the standard library's substring search
    /// costs a noticeable set-up on first use, in the reader's start-up).
    static func hasInnerAnnotationsSuffix(_ lower: String) -> Bool {
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4 else { return false }
        for i in 1..<(parts.count - 2) where parts[i] == "annotations" && parts[i + 1] == "json" { return true }
        return false
    }

    static func kind(ofFileNamed name: String) -> Kind {
        let lower = name.lowercased()
        if ownSuffixes.contains(where: { lower.hasSuffix($0) }) || Self.hasInnerAnnotationsSuffix(lower) { return .ownFile }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
            return .unsupported("no file name extension (rename it to .txt, .md or .html to read it)")
        }
        let ext = String(lower[lower.index(after: dot)...])
        if articleExtensions.contains(ext) { return .article }
        if corpusExtensions.contains(ext) { return .corpus }
        return .unsupported(hints[ext] ?? "unsupported file type .\(ext)")
    }
}
