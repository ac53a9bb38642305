import MarginaliaText

/// Greedy word wrapping by display width. Breaks after ordinary spaces (never at a NBSP),
/// lets trailing spaces hang past the edge, and hard-breaks a word longer than the line between
/// two grapheme clusters, never inside one.
public enum LineWrapper {
    /// The rows of one hard line (a span without newlines) at `width` columns; an empty line
    /// gives one empty row.
    public static func wrap(_ text: ArticleText, _ line: Span, width: Int) -> [Span] {
        let width = max(1, width)
        var rows: [Span] = []
        var rowStart = line.start
        var column = 0
        var lastBreak: Int? = nil        // offset just after the last space of this row
        var widthSinceBreak = 0          // columns of the word after `lastBreak`
        GlyphScanner.scan(text, line) { glyph in
            if glyph.width == 0 { return }
            if glyph.isBreakingSpace {
                column += glyph.width
                lastBreak = glyph.end
                widthSinceBreak = 0
                return
            }
            if column + glyph.width > width {
                if let b = lastBreak, b > rowStart {
                    rows.append(Span(rowStart, b))
                    rowStart = b
                    column = widthSinceBreak
                    lastBreak = nil
                }
                if column + glyph.width > width, column > 0 {
                    rows.append(Span(rowStart, glyph.offset))
                    rowStart = glyph.offset
                    column = 0
                    lastBreak = nil
                }
            }
            column += glyph.width
            widthSinceBreak += glyph.width
        }
        rows.append(Span(rowStart, line.end))
        return rows
    }
}
