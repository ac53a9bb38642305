import MarginaliaText

extension CellGrid {
    /// Writes `text` from column `x` on row `y`, at most `maxWidth` columns, cluster by cluster
    /// (a wide character that does not fit becomes a space). Control characters are made inert.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int, style: Style) -> Int {
        var column = 0
        for glyph in GlyphScanner.glyphs(of: text) where glyph.width > 0 {
            if column + glyph.width > maxWidth {
                if column < maxWidth { self[x + column, y] = Cell(" ", style: style); column += 1 }
                break
            }
            putGlyph(glyph, x: x + column, y: y, style: style)
            column += glyph.width
        }
        return column
    }

    mutating func putGlyph(_ glyph: Glyph, x: Int, y: Int, style: Style) {
        guard glyph.width > 0 else { return }
        self[x, y] = Cell(glyph.text, style: style)
        if glyph.width == 2 { self[x + 1, y] = Cell("", style: style) }
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX { self[x, y] = Cell(" ", style: style) } }
    }

    /// A box with a title in its top border.
    mutating func box(_ rect: Rect, title: String, border: Style, titleStyle: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for x in rect.x..<rect.maxX {
            self[x, rect.y] = Cell("─", style: border)
            self[x, rect.maxY - 1] = Cell("─", style: border)
        }
        for y in rect.y..<rect.maxY {
            self[rect.x, y] = Cell("│", style: border)
            self[rect.maxX - 1, y] = Cell("│", style: border)
        }
        self[rect.x, rect.y] = Cell("┌", style: border)
        self[rect.maxX - 1, rect.y] = Cell("┐", style: border)
        self[rect.x, rect.maxY - 1] = Cell("└", style: border)
        self[rect.maxX - 1, rect.maxY - 1] = Cell("┘", style: border)
        put(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: max(0, rect.width - 4), style: titleStyle)
    }
}

/// Cuts `text` to at most `width` columns, with an ellipsis when cut.
func truncated(_ text: String, width: Int) -> String {
    if DisplayWidth.of(text) <= width { return text }
    var out = ""
    var used = 0
    for c in text {
        let w = DisplayWidth.of(c)
        if used + w > width - 1 { break }
        out.append(c)
        used += w
    }
    return out + "…"
}
