import MarginaliaText

/// The line of text around a hit, cut to a width with the match kept in view, for result lists.
public struct HitContext: Sendable, Equatable {
    /// One line (whitespace collapsed), "…" where it was cut.
    public var line: String
    /// The match within `line`, in characters (Swift `Character`s) for highlighting.
    public var matchStart: Int
    public var matchEnd: Int

    public static func make(text: ArticleText, span: Span, width: Int) -> HitContext {
        let s = text.scalars
        let start = max(0, min(span.start, s.count)), end = max(start, min(span.end, s.count))
        var lineStart = start
        while lineStart > 0 && s[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = end
        while lineEnd < s.count && s[lineEnd] != "\n" { lineEnd += 1 }
        // The whole line if it fits; else context before the match: a third of the width, or
        // more when the line ends soon after the match.
        let budget = max(10, width)
        let room = max(budget / 3, budget - (end - start) - (lineEnd - end))
        let before = max(0, min(start - lineStart, room))
        let from = start - before
        let to = min(lineEnd, max(end, from + budget))
        func clean(_ a: Int, _ b: Int) -> String {
            String(String.UnicodeScalarView(s[a..<b].map { $0.properties.isWhitespace || $0.value < 0x20 ? " " : $0 }))
        }
        let prefix = from > lineStart ? "…" : ""
        let head = prefix + clean(from, start)
        let match = clean(start, end)
        var line = head + match + clean(end, to)
        if to < lineEnd { line += "…" }
        return HitContext(line: line, matchStart: head.count, matchEnd: head.count + match.count)
    }
}

extension Library {
    /// The context line of a `:find`/`:entity` hit (loads the article; cheap for corpora).
    public func context(for hit: IndexHit, width: Int) -> HitContext? {
        guard hit.article < count, let article = try? article(at: hit.article) else { return nil }
        return HitContext.make(text: article.text, span: hit.span, width: width)
    }
}
