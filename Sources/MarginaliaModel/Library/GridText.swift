import MarginaliaText

/// Writes one line of untrusted text into a `CellGrid`, a grapheme cluster per cell (two for
/// wide characters), made inert with `TerminalSafe` and clipped to a width. The library's views
/// use it; it knows nothing of articles.
enum GridText {
    /// Columns a character takes: the one table every drawn string goes by (`DisplayWidth`).
    static func width(of c: Character) -> Int { DisplayWidth.of(c) }

    static func width(of s: String) -> Int { s.reduce(0) { $0 + width(of: $1) } }

    /// Draws `text` at (x, y) in at most `maxWidth` columns; returns the columns used.
    /// `styleAt` gives the style of the n-th character (for highlighting a match).
    @discardableResult
    static func put(_ text: String, x: Int, y: Int, maxWidth: Int, into grid: inout CellGrid,
                    style: Style, styleAt: ((Int) -> Style?)? = nil) -> Int {
        // The same glyphs as the article and the panes (`GlyphScanner`: one sanitizer for every
        // string drawn): controls made visible, zero-width format characters (a ZWSP in a corpus
        // title) not drawn at all instead of taking a cell the terminal does not give them.
        var column = 0
        for (n, glyph) in GlyphScanner.glyphs(of: text).enumerated() where glyph.width > 0 {
            if column + glyph.width > maxWidth { break }
            let s = styleAt?(n) ?? style
            grid[x + column, y] = Cell(glyph.text, style: s)
            if glyph.width == 2 { grid[x + column + 1, y] = Cell("", style: s) }
            column += glyph.width
        }
        return column
    }

    /// `text` cut to `width` columns with "…" when it does not fit, padded with spaces.
    static func fit(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        let total = self.width(of: text)
        if total <= width {
            let pad = String(repeating: " ", count: width - total)
            return alignRight ? pad + text : text + pad
        }
        var out = ""
        var used = 0
        for c in text {
            let w = self.width(of: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…" + String(repeating: " ", count: max(0, width - 1 - used))
    }

    static func fill(row y: Int, x: Int, width: Int, into grid: inout CellGrid, style: Style) {
        for col in x..<(x + width) { grid[col, y] = Cell(" ", style: style) }
    }
}
