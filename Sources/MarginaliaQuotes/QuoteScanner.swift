import MarginaliaText

/// A pair (or chain, for a quote running over paragraphs) of quotation marks the scanner found.
/// Not yet a quotation: a name or title in marks is a candidate too.
struct QuoteCandidate: Sendable {
    /// The quoted text without marks; one part per paragraph for a multi-paragraph quote.
    var parts: [Span]
    /// The opening mark and where it stands; the closing mark's position.
    var openMark: Unicode.Scalar
    var openIndex: Int
    var closeIndex: Int
    /// Inner spans of quotes nested inside this one (a title inside a statement, ...).
    var nested: [Span] = []

    /// From the opening mark to the closing mark, both included.
    var outer: Span { Span(openIndex, closeIndex + 1) }
    var inner: Span { Span(parts.first!.start, parts.last!.end) }
}

/// Finds quotation-mark pairs in one pass over the text.
///
/// Bounded by design: a pair never spans a line break, except by the multi-paragraph convention
/// (a paragraph ends inside a quote without closing it and the next paragraph opens with the same
/// mark). A mark that is never closed is dropped at the end of its paragraph, and pairs nested in
/// it are promoted, so a lone opening mark cannot swallow the rest of the article. Each scalar is
/// looked at a constant number of times: linear in the text length.
enum QuoteScanner {
    private struct Frame {
        var mark: Unicode.Scalar
        var index: Int
        var children: [Span] = []
        /// Earlier paragraphs of a quote that runs over paragraphs.
        var previousParts: [Span] = []
        /// Runs on over paragraphs without reopening marks: one span, line breaks and all.
        var runsOn = false
    }

    static let maxDepth = 6

    /// `lineBreaks` gets the offset of every line break, in order: the scan visits each anyway,
    /// so cutting the text into blocks need not read it again.
    static func scan(_ text: ArticleText, lineBreaks: inout [Int]) -> [QuoteCandidate] {
        let s = text.scalars
        var found: [QuoteCandidate] = []
        var stack: [Frame] = []
        /// A quote left open at the end of the previous paragraph, waiting for its reopening mark.
        var carried: Frame? = nil
        var lineStart = 0

        func abandonTop() {
            let frame = stack.removeLast()
            // Pairs inside an unclosed mark were real pairs: give them to the enclosing frame.
            if stack.isEmpty {
                // Top level: children become candidates of their own; their spans are all we kept.
                for child in frame.children {
                    found.append(QuoteCandidate(parts: [child], openMark: s[child.start - 1],
                                                openIndex: child.start - 1, closeIndex: child.end))
                }
            } else {
                stack[stack.count - 1].children.append(contentsOf: frame.children)
            }
        }

        var i = 0
        let n = s.count
        while i <= n {
            if i == n || s[i] == "\n" {
                if i < n { lineBreaks.append(i) }
                // End of a line: keep the outermost open quote if the next paragraph reopens it.
                var end = i
                while end > lineStart, s[end - 1].properties.isWhitespace { end -= 1 }
                while stack.count > 1 { abandonTop() }
                // A blank line keeps a carried quote waiting for the next paragraph's first mark.
                if end > lineStart { carried = nil }
                if let bottom = stack.first, i < n, let next = nextParagraphStart(s, from: i),
                   s[next] == bottom.mark, bottom.index + 1 < end,
                   ".!?…:".unicodeScalars.contains(s[end - 1]) {
                    // The convention only applies when the paragraph ends a sentence inside the quote.
                    var frame = bottom
                    frame.previousParts.append(Span(bottom.index + 1, end))
                    carried = frame
                    stack.removeAll()
                } else if stack.count == 1, i < n, let next = nextParagraphStart(s, from: i),
                          stack[0].runsOn || stack[0].previousParts.isEmpty && stack[0].index + 1 < end
                            && ".!?…:".unicodeScalars.contains(s[end - 1])
                            && (lineStart..<stack[0].index).allSatisfy({ s[$0].properties.isWhitespace })
                            && closesAtParagraphEnd(s, from: next, mark: stack[0].mark) {
                    // A quote opening its paragraph and ending a sentence runs on, without
                    // reopening marks, to a later paragraph that ends with its closing mark (the
                    // paragraphs between may be anything, "[…]" for a cut): one quotation, one span.
                    stack[0].runsOn = true
                    for j in (i + 1)..<next where s[j] == "\n" { lineBreaks.append(j) }
                    i = next
                    lineStart = next
                    continue
                } else if !stack.isEmpty {
                    abandonTop()
                }
                i += 1
                lineStart = i
                continue
            }
            let c = s[i]
            guard QuoteMarks.isMark(c) else { i = nextStop(s, from: i + 1); continue }
            let prev: Unicode.Scalar = i > lineStart ? s[i - 1] : " "
            let next: Unicode.Scalar = i + 1 < n && s[i + 1] != "\n" ? s[i + 1] : " "
            let canOpen = !next.properties.isWhitespace && !isClosingContext(next) && (prev.properties.isWhitespace || isOpeningContext(prev))
            let canClose = !prev.properties.isWhitespace && (next.properties.isWhitespace || isClosingContext(next))
            let isGuillemet = "«»‹›".unicodeScalars.contains(c)

            // Apostrophes inside words (don't, O’Keefe) and inch/foot marks after digits.
            if QuoteMarks.singleMarks.contains(c) || c == "\"" {
                if isWordScalar(prev) && isWordScalar(next) { i += 1; continue }
            }
            if (c == "\"" || c == "'" || c == "’"), prev.properties.numericType != nil,
               !stack.contains(where: { $0.mark == c || (c == "’" && ($0.mark == "‘" || $0.mark == "‚")) }) {
                i += 1; continue
            }

            // „ Wort ”, " Wort ": a mark with a space before it and none of a word after it closes
            // too (sloppy spacing inside the marks, in every style).
            let spacedCloser = prev.properties.isWhitespace && (next.properties.isWhitespace || isClosingContext(next))
            // Closing: the nearest open frame this mark can close.
            if canClose || isGuillemet || spacedCloser || c == "“" && !canOpen,
               let target = stack.lastIndex(where: { QuoteMarks.closers[$0.mark]?.contains(c) == true }) {
                // Single closers only close the top frame: a stray ’ must not end a „…“ quote.
                if !(QuoteMarks.singleMarks.contains(c) && target != stack.count - 1) {
                    while stack.count - 1 > target { abandonTop() }
                    let frame = stack.removeLast()
                    // „ Wort “: spaces inside the marks (no-break and thin ones too) are not part of what was said.
                    var part = Span(frame.index + 1, i)
                    while part.start < part.end, isInlineSpace(s[part.start]) { part.start += 1 }
                    while part.end > part.start, isInlineSpace(s[part.end - 1]) { part.end -= 1 }
                    if stack.isEmpty {
                        found.append(QuoteCandidate(parts: frame.previousParts + [part], openMark: frame.mark,
                                                    openIndex: frame.previousParts.isEmpty ? frame.index : (frame.previousParts[0].start - 1),
                                                    closeIndex: i, nested: frame.children))
                    } else {
                        stack[stack.count - 1].children.append(part)
                    }
                    i += 1
                    continue
                }
            }

            // Opening.
            // A mark with a space after it still opens where a quote can start („ Wort “, " Wort ",
            // “ Word ”): it closed nothing above. Not the single marks, which double as apostrophes
            // (but ‚ does not).
            let spacedOpener = isInlineSpace(next) && (prev.properties.isWhitespace || isOpeningContext(prev))
                && (c == "‚" || !QuoteMarks.singleMarks.contains(c))
            guard QuoteMarks.closers[c] != nil, canOpen || isGuillemet || spacedOpener
                    || QuoteMarks.unambiguousOpeners.contains(c) && !next.properties.isWhitespace else {
                i += 1; continue
            }
            // A second “ or " that cannot close the open one means the open one was never closed.
            // (A second „ may be a nested quote; an unclosed one is dropped at the paragraph end.)
            if c == "“" || c == "\"",
               let same = stack.lastIndex(where: { $0.mark == c }) {
                while stack.count > same { abandonTop() }
            }
            // Real nesting is two or three deep; a deeper stack means unclosed marks. Dropping the
            // oldest keeps every step constant-time.
            if stack.count >= maxDepth {
                let oldest = stack.removeFirst()
                for child in oldest.children {
                    found.append(QuoteCandidate(parts: [child], openMark: s[child.start - 1],
                                                openIndex: child.start - 1, closeIndex: child.end))
                }
            }
            if let frame = carried, c == frame.mark, stack.isEmpty {
                var reopened = frame
                reopened.index = i
                stack.append(reopened)
                carried = nil
            } else {
                stack.append(Frame(mark: c, index: i))
            }
            i += 1
        }
        return joinAdjacent(found.sorted { $0.openIndex < $1.openIndex }, s)
    }

    /// „Erster Satz.“ „Zweiter Satz.“ — quotes that follow each other with nothing but a space
    /// between are one statement.
    private static func joinAdjacent(_ candidates: [QuoteCandidate], _ s: ScalarStore) -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        result.reserveCapacity(candidates.count)   // kept for the whole detection: no growth slack
        for candidate in candidates {
            if var previous = result.last, previous.parts.count == 1, candidate.parts.count == 1,
               previous.closeIndex < candidate.openIndex,
               (previous.closeIndex + 1..<candidate.openIndex).allSatisfy({ s[$0] == " " }),
               let end = previous.parts.last?.end, end > 0, ".!?…".unicodeScalars.contains(s[end - 1]) {
                previous.parts = [Span(previous.parts[0].start, candidate.parts[0].end)]
                previous.closeIndex = candidate.closeIndex
                previous.nested += candidate.nested
                result[result.count - 1] = previous
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    /// Marks whose closers differ from their openers, so a look ahead can pair them.
    private static let runOnMarks: Set<Unicode.Scalar> = ["„", "»", "«"]
    static let runOnLines = 8
    static let runOnScalars = 2_000

    /// From `start`, within a few paragraphs: is the first closing mark for `mark` that no nested
    /// opening takes the last thing of its paragraph? Then a quote left open at the end of the
    /// paragraph before runs on to it. Paragraphs that open with `mark` follow the reopening
    /// convention and are left to it; a paragraph ending with a nested quote still open stops the
    /// search. Bounded: at most `runOnLines` lines and `runOnScalars` scalars are read.
    static func closesAtParagraphEnd(_ s: ScalarStore, from start: Int, mark: Unicode.Scalar) -> Bool {
        guard runOnMarks.contains(mark), let closers = QuoteMarks.closers[mark], s[start] != mark else { return false }
        var depth = 0
        var lines = 0
        var j = start
        while j < s.count, j - start < runOnScalars {
            let c = s[j]
            if c == "\n" {
                if depth > 0 { return false }
                lines += 1
                if lines >= runOnLines { return false }
            } else if c == mark {
                depth += 1
            } else if closers.contains(c) {
                let next: Unicode.Scalar = j + 1 < s.count ? s[j + 1] : " "
                let previous: Unicode.Scalar = j > 0 ? s[j - 1] : " "
                // A mark standing before a word after a space opens (a nested typewriter quote).
                if !(previous.properties.isWhitespace && isWordScalar(next)) {
                    if depth > 0 {
                        depth -= 1
                    } else {
                        var k = j + 1
                        while k < s.count, s[k] != "\n", s[k].properties.isWhitespace { k += 1 }
                        return k == s.count || s[k] == "\n"
                    }
                }
            }
            j += 1
        }
        return false
    }

    /// The first offset from `start` holding a line break or a quotation mark, else the text's
    /// end: the scalars between matter to no one, so they are skipped in one tight loop.
    private static func nextStop(_ s: ScalarStore, from start: Int) -> Int {
        s.withReader { r in
            var j = start
            while j < r.count {
                let c = r[j]
                if c == "\n" || QuoteMarks.isMark(c) { break }
                j += 1
            }
            return j
        }
    }

    private static func nextParagraphStart(_ s: ScalarStore, from i: Int) -> Int? {
        var j = i
        while j < s.count, s[j].properties.isWhitespace { j += 1 }
        return j < s.count ? j : nil
    }

    /// What may stand right before an opening mark besides a space: brackets, dashes, slashes,
    /// and other marks (nested openings).
    private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        "([{—–-/:„‚“‘»«›‹\"'".unicodeScalars.contains(c)
    }

    /// What may stand right after a closing mark besides a space: punctuation and other marks.
    private static func isClosingContext(_ c: Unicode.Scalar) -> Bool {
        ".,;:!?)]}—–-/…“”’‘«»‹›\"'".unicodeScalars.contains(c)
    }

    /// A space within a line: the plain one, and the no-break, narrow no-break and thin spaces
    /// that typesetting puts inside guillemets and quotation marks (« Wort », „ Wort “).
    static func isInlineSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" || c == "\u{2008}" || c == "\t"
    }

    /// A letter or a digit. Asked of every token: ASCII is answered without the property tables.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (0x61...0x7A).contains(c.value) || (0x41...0x5A).contains(c.value) || (0x30...0x39).contains(c.value)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
