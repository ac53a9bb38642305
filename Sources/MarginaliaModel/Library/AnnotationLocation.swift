import Foundation
import MarginaliaText

/// Where an article's annotation file is (DESIGN.md "Annotation file"):
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
        switch entry.location {
        case .file(let path): return self.path(forFile: path)
        case .corpusLine(let c, _):
            return self.path(forCorpus: library.corpora[c].path, articleKey: entry.corpusArticleKey ?? entry.key)
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
        id.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
