import MarginaliaText

/// Writes one line of untrusted text into a `CellGrid`, a grapheme cluster per cell (two for
/// wide characters), made inert with `TerminalSafe` and clipped to a width. The library's views
/// use it; it knows nothing of articles.
enum GridText {
    /// Columns a character takes: 2 for East Asian wide/fullwidth and emoji presentation, else 1.
    static func width(of c: Character) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        let v = s.value
        if s.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

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
