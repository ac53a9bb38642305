import MarginaliaText

/// Writes one line of untrusted text into a `CellGrid`, a grapheme cluster per cell (two for
/// wide characters), made inert with `TerminalSafe` and clipped to a width. The library's views
/// use it; it knows nothing of articles.
enum GridText {
    /// Columns a character takes in a cell of its own: `DisplayWidth`'s, and at least one (a
    /// zero-width character drawn alone still takes its cell).
    static func width(of c: Character) -> Int { max(1, DisplayWidth.of(c)) }

    static func width(of s: String) -> Int { s.reduce(0) { $0 + width(of: $1) } }

    /// Draws `text` at (x, y) in at most `maxWidth` columns; returns the columns used.
    /// `styleAt` gives the style of the n-th character (for highlighting a match).
    @discardableResult
    static func put(_ text: String, x: Int, y: Int, maxWidth: Int, into grid: inout CellGrid,
                    style: Style, styleAt: ((Int) -> Style?)? = nil) -> Int {
        var column = 0
        for (n, c) in TerminalSafe.oneLine(text).enumerated() {
            let w = width(of: c)
            if column + w > maxWidth { break }
            let s = styleAt?(n) ?? style
            grid[x + column, y] = Cell(String(c), style: s)
            if w == 2 { grid[x + column + 1, y] = Cell("", style: s) }
            column += w
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
