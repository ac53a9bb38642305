import MarginaliaText

/// The article as screen rows at one width, computed lazily: the text is split once into hard
/// lines (a linear scan), and each hard line is wrapped only when it is first shown, then
/// cached until the width changes. Scrolling, paging and offset lookups therefore cost in
/// proportion to what they touch, not to the article's size.
public final class ArticleLayout {
    public struct Row: Equatable, Sendable {
        public var span: Span
        /// Index of the hard line the row belongs to.
        public var line: Int
        /// A blank row that sets a heading apart; it shows no text.
        public var isPadding: Bool
    }

    /// A row address: hard line and row within it. Ordered top to bottom.
    public struct Position: Comparable, Hashable, Sendable {
        public var line: Int
        public var row: Int
        public init(line: Int, row: Int) { self.line = line; self.row = row }
        public static func < (a: Position, b: Position) -> Bool { a.line != b.line ? a.line < b.line : a.row < b.row }
    }

    public let text: ArticleText
    /// The units rows are wrapped in, in order: the hard lines (between newlines), except that a
    /// hard line longer than `longLine` code points is cut into pieces after a space, so a
    /// multi-megabyte paragraph on one line is wrapped only where it is shown (not all of it on
    /// every resize). Never empty (an empty text has one
    /// empty line).
    public let lines: LineSpans
    /// Pieces of a long hard line hold about this many code points (a row may end early where
    /// one piece ends, once in this many).
    public static let longLine = 16_384
    public private(set) var width: Int
    private var headingLines: Set<Int> = []
    private var cache: [Int: [Row]] = [:]

    public init(text: ArticleText, width: Int) {
        self.text = text
        self.width = max(1, width)
        var lines = LineSpans(text: text)
        var start = 0
        let scalars = text.scalars
        for i in 0..<scalars.count where scalars[i] == "\n" {
            Self.appendPieces(of: Span(start, i), scalars, to: &lines)
            start = i + 1
        }
        Self.appendPieces(of: Span(start, scalars.count), scalars, to: &lines)
        self.lines = lines
    }

    /// A hard line, cut after the last space in the second half of each `longLine` window (or,
    /// in one endless word, before a letter, never inside a character's combining marks).
    static func appendPieces(of line: Span, _ scalars: ScalarStore, to lines: inout LineSpans) {
        var start = line.start
        while line.end - start > longLine {
            let limit = start + longLine
            var cut = limit
            while cut > start + longLine / 2, scalars[cut - 1] != " " { cut -= 1 }
            if cut == start + longLine / 2 {
                cut = limit
                while cut > start + 1, !startsCluster(scalars, at: cut) { cut -= 1 }
            }
            lines.append(Span(start, cut))
            start = cut
        }
        lines.append(Span(start, line.end))
    }

    /// Whether a grapheme cluster can start at `i` for a piece boundary: not a mark, joiner or
    /// variation selector, not after a joiner (a conservative test; the fallback is rare).
    private static func startsCluster(_ scalars: ScalarStore, at i: Int) -> Bool {
        let s = scalars[i]
        if s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || (0x1F3FB...0x1F3FF).contains(s.value) { return false }
        if scalars[i - 1].value == 0x200D { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    public func setWidth(_ newWidth: Int) {
        let w = max(1, newWidth)
        if w != width { width = w; cache.removeAll(keepingCapacity: true) }
    }

    /// Marks the hard lines that hold a heading (they get padding rows and the heading style).
    public func setHeadings(_ spans: [Span]) {
        var set: Set<Int> = []
        for span in spans { set.insert(lineIndex(containing: span.start)) }
        if set != headingLines { headingLines = set; cache.removeAll(keepingCapacity: true) }
    }

    public func isHeading(line: Int) -> Bool { headingLines.contains(line) }

    /// How many lines are wrapped so far (tests check that jumps do not wrap everything).
    var wrappedLineCount: Int { cache.count }

    public func rows(ofLine index: Int) -> [Row] {
        if let cached = cache[index] { return cached }
        let span = lines[index]
        var rows = LineWrapper.wrap(text, span, width: width).map { Row(span: $0, line: index, isPadding: false) }
        if headingLines.contains(index) {
            if index > 0, !lines[index - 1].isEmpty, !headingLines.contains(index - 1) {
                rows.insert(Row(span: Span(span.start, span.start), line: index, isPadding: true), at: 0)
            }
            if index + 1 < lines.count, !lines[index + 1].isEmpty {
                rows.append(Row(span: Span(span.end, span.end), line: index, isPadding: true))
            }
        }
        cache[index] = rows
        return rows
    }

    public func row(at p: Position) -> Row {
        let rows = rows(ofLine: min(max(0, p.line), lines.count - 1))
        return rows[min(max(0, p.row), rows.count - 1)]
    }

    public var firstPosition: Position { Position(line: 0, row: 0) }
    public var lastPosition: Position { Position(line: lines.count - 1, row: rows(ofLine: lines.count - 1).count - 1) }

    /// The position `n` rows below (negative: above), clamped to the article.
    public func advance(_ p: Position, by n: Int) -> Position {
        var p = p
        var n = n
        while n > 0 {
            let count = rows(ofLine: p.line).count
            let step = min(n, count - 1 - p.row)
            if step > 0 { p.row += step; n -= step; continue }
            if p.line + 1 >= lines.count { break }
            p = Position(line: p.line + 1, row: 0)
            n -= 1
        }
        while n < 0 {
            let step = min(-n, p.row)
            if step > 0 { p.row -= step; n += step; continue }
            if p.line == 0 { break }
            p = Position(line: p.line - 1, row: rows(ofLine: p.line - 1).count - 1)
            n += 1
        }
        return p
    }

    /// Rows from `a` down to `b` (0 when equal; negative when `b` is above `a`), counted by
    /// walking, so only the lines in between get wrapped.
    public func distance(from a: Position, to b: Position) -> Int {
        if a == b { return 0 }
        if b < a { return -distance(from: b, to: a) }
        var count = 0
        var p = a
        while p.line < b.line {
            count += rows(ofLine: p.line).count - p.row
            p = Position(line: p.line + 1, row: 0)
        }
        return count + (b.row - p.row)
    }

    /// The hard line holding `offset` (a newline offset belongs to the line it ends).
    public func lineIndex(containing offset: Int) -> Int {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines.start(mid) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The row showing code point `offset` (binary search: one hard line may hold 100,000s of rows).
    public func position(of offset: Int) -> Position {
        let line = lineIndex(containing: offset)
        let rows = rows(ofLine: line)
        var lo = 0, hi = rows.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if rows[mid].span.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        while lo > 0, rows[lo].isPadding { lo -= 1 }
        if rows[lo].isPadding, rows.count > 1 { lo += 1 }  // a leading padding row shows nothing
        return Position(line: line, row: lo)
    }

    /// Screen column of `offset` within its row.
    public func column(of offset: Int) -> Int {
        let row = self.row(at: position(of: offset))
        var column = 0
        GlyphScanner.scan(text, Span(row.span.start, min(max(offset, row.span.start), row.span.end))) { column += $0.width }
        return column
    }
}
