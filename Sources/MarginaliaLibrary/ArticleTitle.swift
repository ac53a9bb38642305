import MarginaliaText

/// The title the library lists: the article's own title, else its first heading, else its first
/// non-empty line; whitespace collapsed and cut to a list-friendly length.
public enum ArticleTitle {
    public static let maxLength = 160

    public static func derive(ownTitle: String?, text: ArticleText, headings: [Span] = []) -> String? {
        if let own = ownTitle.map(clean), !own.isEmpty { return own }
        if let first = headings.first {
            let heading = clean(text[first])
            if !heading.isEmpty { return heading }
        }
        return firstLine(of: text.string)
    }

    public static func derive(for article: LoadedArticle, headings: [Span]? = nil) -> String? {
        derive(ownTitle: article.title, text: article.text, headings: headings ?? article.headingSpans)
    }

    /// The first line with something other than whitespace in it, cleaned.
    public static func firstLine(of text: String) -> String? {
        var scanned = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var cleaned = clean(String(line.prefix(maxLength * 4)))
            // A Markdown heading read as plain text: drop its "#" marks.
            if cleaned.hasPrefix("#") {
                let stripped = cleaned.drop { $0 == "#" }
                if stripped.hasPrefix(" ") { cleaned = String(stripped.dropFirst()) }
            }
            if !cleaned.isEmpty { return cleaned }
            scanned += 1
            if scanned > 200 { break }
        }
        return nil
    }

    /// Collapses runs of whitespace (including newlines and tabs) to one space, trims, cuts.
    public static func clean(_ s: String) -> String {
        // Most titles, dates and sources are clean already: checking costs a fraction of
        // rebuilding (the scan of a 100,000-article corpus cleans 300,000 of them).
        if isClean(s) { return s }
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.value < 0x20 || WordCount.classify(scalar) == .space {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
            if out.count > maxLength { break }
        }
        if out.count > maxLength { out = Array(out.prefix(maxLength)) + ["…"] }
        return String(String.UnicodeScalarView(out))
    }

    /// Whether `clean` would return `s` unchanged: no control characters, no whitespace but
    /// single spaces between words, not longer than `maxLength`.
    static func isClean(_ s: String) -> Bool {
        var count = 0
        var afterSpace = true   // a leading space is not clean
        for scalar in s.unicodeScalars {
            count += 1
            if count > maxLength || scalar.value < 0x20 { return false }
            if WordCount.classify(scalar) == .space {
                if afterSpace || scalar != " " { return false }
                afterSpace = true
            } else {
                afterSpace = false
            }
        }
        return count == 0 || !afterSpace
    }
}
