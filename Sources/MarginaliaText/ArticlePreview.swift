import FoundationEssentials

/// The beginning of a big plain-text file as an article of its own, so the reader can draw its
/// first screen without waiting for the whole file to be decoded (`less` does not wait either;
/// scripts/perf/less-vs-marginalia.sh compares the two). The whole file is then loaded in
/// the background and replaces the preview; since the preview is a prefix of the same text, code
/// point offsets (the place on screen) carry over.
public enum ArticlePreview {
    /// Files up to this size are loaded whole at once (a few milliseconds).
    public static let threshold = 1 << 20
    /// How much of a bigger file the preview decodes: about five screens of 100x30, enough to
    /// read while the whole file arrives; more would only lengthen the start-up.
    public static let prefixBytes = 16 << 10

    /// The preview of the file at `path`, read from its first `prefixBytes` only; nil when the
    /// file is small, not a regular file, over the size limit, not plain text, or not UTF-8 or
    /// has a NUL byte in its beginning (the whole load then decides, and reports any error
    /// before anything is shown). A NUL byte further on is reported by the whole load later.
    public static func load(path: String, sizeLimit: Int = ArticleLoader.defaultSizeLimit) -> LoadedArticle? {
        guard let status = FileStatus(path: path), status.isRegular,
              status.size > threshold, status.size <= sizeLimit,
              let head = readHead(path: path, count: prefixBytes) else { return nil }
        return make(head: head, path: path)
    }

    /// The first `count` bytes, or nil when there are none.
    static func readHead(path: String, count: Int) -> [UInt8]? {
        guard let bytes = try? FileBytes.read(path: path, limit: count), !bytes.isEmpty else { return nil }
        return Array(bytes)
    }

    /// The preview of a file's first bytes (see `load(path:)`).
    public static func make(head bytes: [UInt8], path: String) -> LoadedArticle? {
        if bytes.contains(0) || TextDecoding.looksLikeUTF16(Data(bytes.prefix(2))) { return nil }
        var head = bytes[...]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        // Whole lines: cut after the last line feed, else (one huge line) before a character
        // whose bytes were cut apart.
        if let newline = head.lastIndex(of: 0x0A) {
            head = head[...newline]
        } else {
            var end = head.endIndex
            while end > head.startIndex, head[end - 1] & 0xC0 == 0x80 { end -= 1 }
            if end > head.startIndex, head[end - 1] >= 0xC0 { end -= 1 }
            head = head[..<end]
        }
        let scalars: ScalarStore? = head.withUnsafeBufferPointer { head in
            TextDecoding.isValidUTF8(head) ? ScalarStore(validUTF8: head) : nil
        }
        guard let scalars, ArticleLoader.detectFormat(path: path, scalars: scalars) == .plainText else { return nil }
        let text = ArticleText(scalars: scalars)
        return LoadedArticle(path: path, format: .plainText, text: text, title: ArticleLoader.plainTitle(text))
    }
}
