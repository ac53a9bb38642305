import Foundation
import MarginaliaEntities
import MarginaliaModel
import MarginaliaQuotes
import MarginaliaText

// Shared by the fuzz targets (Fuzz/Sources/FuzzSupport links to this file) and the regression
// tests, so a found input is replayed against exactly the checks that caught it.

/// Violated invariants, one line each. The fuzzer traps on the first; tests expect none.
public struct Violations {
    public private(set) var list: [String] = []
    public init() {}
    public var isEmpty: Bool { list.isEmpty }

    @inline(__always)
    public mutating func require(_ condition: @autoclosure () -> Bool, _ reason: @autoclosure () -> String) {
        if !condition() { list.append(reason()) }
    }
}

/// Cheap structural invariants of the analysis and rendering results.
public enum InvariantChecks {
    public static func inside(_ span: Span, _ count: Int) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= count
    }

    /// Spans inside the text, non-empty, in order, none overlapping the next.
    public static func ordered(_ spans: [Span], count: Int, _ what: String, _ v: inout Violations) {
        var previousEnd = 0
        for span in spans {
            v.require(inside(span, count), "\(what) \(span) outside text of \(count)")
            v.require(!span.isEmpty, "\(what) \(span) empty")
            v.require(span.start >= previousEnd, "\(what) \(span) overlaps or precedes one ending at \(previousEnd)")
            previousEnd = span.end
        }
    }

    /// What a loader returns: LF line ends only, headings inside the text, one-line title.
    public static func loaded(_ article: LoadedArticle, _ v: inout Violations) {
        let text = article.text
        if let cr = text.scalars.firstIndex(of: "\r") {
            let context = String(String.UnicodeScalarView(text.scalars[max(0, cr - 20)..<min(text.count, cr + 20)]))
            v.require(false, "loaded text contains CR at \(cr): \(context.debugDescription)")
        }
        v.require(text.scalars.count == text.string.unicodeScalars.count, "scalars and string disagree")
        for heading in article.headingSpans { v.require(inside(heading, text.count), "heading \(heading) outside text of \(text.count)") }
    }

    /// Paragraphs and sentences ordered; every sentence inside one paragraph; tokens sound.
    public static func segmentation(_ s: Segmentation, in text: ArticleText, _ v: inout Violations) {
        ordered(s.paragraphs, count: text.count, "paragraph", &v)
        ordered(s.sentences, count: text.count, "sentence", &v)
        for heading in s.headings { v.require(inside(heading, text.count), "heading \(heading) outside text of \(text.count)") }
        for sentence in s.sentences {
            var lo = 0, hi = s.paragraphs.count - 1
            var found = false
            while lo <= hi {
                let mid = (lo + hi) / 2
                let p = s.paragraphs[mid]
                if p.end <= sentence.start { lo = mid + 1 } else if p.start > sentence.start { hi = mid - 1 } else { found = p.contains(sentence); break }
            }
            v.require(found, "sentence \(sentence) not inside a paragraph")
        }
    }

    public static func tokens(_ tokens: [Token], in text: ArticleText, within span: Span, _ v: inout Violations) {
        var previousEnd = span.start
        for token in tokens {
            v.require(inside(token.span, text.count) && span.contains(token.span), "token \(token.span) outside \(span)")
            v.require(!token.span.isEmpty, "empty token at \(token.span)")
            v.require(token.span.start >= previousEnd, "token \(token.span) overlaps one ending at \(previousEnd)")
            if inside(token.span, text.count) {
                v.require(token.text == text[token.span], "token text \(token.text.debugDescription) differs from the text at \(token.span)")
            }
            previousEnd = token.span.end
        }
    }

    public static func entities(_ entities: [EntityMention], in text: ArticleText, _ v: inout Violations) {
        for e in entities {
            v.require(inside(e.span, text.count) && !e.span.isEmpty, "entity \(e.span) outside text of \(text.count)")
            v.require(e.confidence.isFinite, "entity confidence \(e.confidence)")
        }
    }

    public static func quotes(_ quotes: [Quotation], in text: ArticleText, _ v: inout Violations) {
        for q in quotes {
            v.require(!q.spans.isEmpty, "quotation without spans")
            ordered(q.spans, count: text.count, "quote part", &v)
            if let speaker = q.speaker {
                v.require(inside(speaker.span, text.count), "speaker \(speaker.span) outside text of \(text.count)")
            }
        }
    }

    /// Every cell is inert: no C0/C1 control, DEL or bidi control, and the grid has its size.
    public static func grid(_ grid: CellGrid, width: Int, height: Int, _ v: inout Violations) {
        v.require(grid.width == width && grid.height == height, "grid \(grid.width)x\(grid.height), expected \(width)x\(height)")
        v.require(grid.cells.count == grid.width * grid.height, "grid has \(grid.cells.count) cells")
        for (i, cell) in grid.cells.enumerated() {
            for scalar in cell.text.unicodeScalars where TerminalSafe.replacement(for: scalar) != nil {
                v.require(false, "cell \(i % max(grid.width, 1)),\(i / max(grid.width, 1)) holds raw U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
    }

    /// Wrapped rows of every hard line: contiguous, covering the line, none wider than `width`
    /// except a single glyph wider than the line, or spaces hanging past the edge.
    public static func wrapping(_ text: ArticleText, width: Int, _ v: inout Violations) {
        let layout = ArticleLayout(text: text, width: width)
        let w = max(1, width)
        for (index, line) in layout.lines.enumerated() {
            let rows = LineWrapper.wrap(text, line, width: w)
            guard let first = rows.first, let last = rows.last else { v.require(false, "line \(index) has no rows"); continue }
            v.require(first.start == line.start && last.end == line.end, "rows do not cover line \(index)")
            for (a, b) in zip(rows, rows.dropFirst()) { v.require(a.end == b.start, "rows \(a) \(b) not contiguous") }
            for row in rows {
                // Columns and glyphs up to the last glyph that is not a hanging space.
                var columns = 0, glyphs = 0, shownColumns = 0, shownGlyphs = 0
                GlyphScanner.scan(text, row) { g in
                    if g.width == 0 { return }
                    columns += g.width
                    glyphs += 1
                    if !g.isBreakingSpace { shownColumns = columns; shownGlyphs = glyphs }
                }
                v.require(shownColumns <= w || shownGlyphs == 1, "row \(row) is \(shownColumns) columns wide at width \(w)")
            }
        }
    }
}
