/// Finds paragraphs, headings and sentences in one linear pass over the text.
///
/// - Paragraphs are blocks between blank lines (a single newline is a line break inside one).
///   Headings the loader found (Markdown `#`, HTML `<h1>`) are always paragraphs of their own.
/// - Headings are the loader's headings (`knownHeadings`) or, when there are none (plain text),
///   news-style ones: a short single line standing alone between blank lines, without final
///   sentence punctuation, that is not a list item, a byline or a line ending in ":" (see
///   `HeadingHeuristic`).
/// - Sentences never cross paragraphs; a heading is one sentence. See `SentenceSplitter`.
public enum Segmenter {
    public static func segment(_ text: ArticleText, language: Language = .de, knownHeadings: [Span] = []) -> Segmentation {
        segment(text, language: language, knownHeadings: knownHeadings, in: Span(0, text.count))
    }

    /// Segments only `range` (e.g. the part of a huge article on screen first, the rest later).
    /// Spans are still offsets into the whole text. A range that starts or ends inside a paragraph
    /// cuts it there, so choose ranges that end at blank lines when the result must match `segment`.
    public static func segment(_ text: ArticleText, language: Language = .de, knownHeadings: [Span] = [], in range: Span) -> Segmentation {
        let scalars = text.scalars
        let range = Span(max(0, min(range.start, scalars.count)), max(0, min(range.end, scalars.count)))
        let paragraphs = splitAtHeadings(paragraphs(scalars, in: range.range), knownHeadings: knownHeadings, scalars: scalars)
        var result = Segmentation()
        result.paragraphs.reserveCapacity(paragraphs.count)
        result.sentences.reserveCapacity(scalars.count / 80)
        let known = Set(knownHeadings.map { trimmed($0, scalars) })
        // When the source marks its headings (Markdown, HTML), trust it: a byline or a caption
        // there is not a heading. Plain text gets the news heuristic.
        let guessHeadings = knownHeadings.isEmpty
        var splitter = SentenceSplitter(scalars: scalars, language: language)
        var scratch: [Span] = []
        for (n, paragraph) in paragraphs.enumerated() {
            result.paragraphs.append(paragraph)
            if known.contains(paragraph) {
                result.headings.append(paragraph)
                result.sentences.append(paragraph)
                continue
            }
            scratch.removeAll(keepingCapacity: true)
            splitter.split(paragraph, into: &scratch)
            // A heading is a single line that reads as one unfinished sentence.
            if guessHeadings, scratch.count == 1, n < paragraphs.count - 1 || hasContent(after: paragraph.end, scalars),
               HeadingHeuristic.looksLikeHeading(paragraph, scalars) {
                result.headings.append(paragraph)
                result.sentences.append(paragraph)
            } else {
                result.sentences.append(contentsOf: scratch)
            }
        }
        return result
    }

    /// Blocks between blank lines (lines of whitespace only), trimmed of surrounding whitespace.
    static func paragraphs(_ store: ScalarStore, in range: Range<Int>? = nil) -> [Span] {
        var result: [Span] = []
        var start: Int? = nil        // first non-space of the current paragraph
        var lastContent = 0          // end of the last non-space seen in it
        var lineHasContent = false
        var i = max(0, range?.lowerBound ?? 0)
        let n = min(store.count, range?.upperBound ?? store.count)
        // Every code point is read: through the unchecked reader.
        store.withReader { s in
            while i < n {
                let c = s[i]
                if c == "\n" {
                    if !lineHasContent, let st = start {   // a blank line closes the paragraph
                        result.append(Span(st, lastContent))
                        start = nil
                    }
                    lineHasContent = false
                } else if !ScalarClass.isSpace(c) || c == "\u{2029}" {
                    if c == "\u{2029}" {                   // PARAGRAPH SEPARATOR: a break by itself
                        if let st = start { result.append(Span(st, lastContent)); start = nil }
                    } else {
                        if start == nil { start = i }
                        lastContent = i + 1
                        lineHasContent = true
                    }
                }
                i += 1
            }
        }
        if let st = start { result.append(Span(st, lastContent)) }
        return result
    }

    /// Makes every known heading a paragraph of its own, even without blank lines around it.
    static func splitAtHeadings(_ paragraphs: [Span], knownHeadings: [Span], scalars: ScalarStore) -> [Span] {
        guard !knownHeadings.isEmpty else { return paragraphs }
        let headings = knownHeadings.map { trimmed($0, scalars) }.filter { !$0.isEmpty }.sorted()
        var result: [Span] = []
        var h = 0
        for paragraph in paragraphs {
            while h < headings.count, headings[h].end <= paragraph.start { h += 1 }
            var rest = paragraph
            var k = h
            while k < headings.count, headings[k].start < paragraph.end {
                let heading = Span(max(headings[k].start, rest.start), min(headings[k].end, paragraph.end))
                if heading.start >= rest.start, !heading.isEmpty {
                    let before = trimmed(Span(rest.start, heading.start), scalars)
                    if !before.isEmpty { result.append(before) }
                    result.append(heading)
                    rest = Span(heading.end, paragraph.end)
                }
                k += 1
            }
            let after = trimmed(rest, scalars)
            if !after.isEmpty { result.append(after) }
        }
        return result
    }

    /// Whether text follows `offset` (a heading needs something to head).
    static func hasContent(after offset: Int, _ s: ScalarStore) -> Bool {
        var k = offset
        while k < s.count, ScalarClass.isSpace(s[k]) { k += 1 }
        return k < s.count
    }

    static func trimmed(_ span: Span, _ s: ScalarStore) -> Span {
        var a = max(0, span.start), b = min(s.count, span.end)
        while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        return Span(a, max(a, b))
    }
}
