import CNcursesw
import MarginaliaModel

/// Copies cell grids to the curses screen: only the cells that changed since the last frame,
/// with wide-character calls and colour pairs made on demand.
final class ScreenPainter {
    private var previous: CellGrid?
    private var pairs: ColorPairCache
    private let colorMode: ColorMode
    /// Whether the terminal supports -1 ("default colour"); otherwise white on black stand in.
    private let defaultColors: Bool

    init(colorMode: ColorMode, defaultColors: Bool, pairLimit: Int) {
        self.colorMode = colorMode
        self.defaultColors = defaultColors
        self.pairs = ColorPairCache(limit: pairLimit)
    }

    /// Forget the last frame: the next draw repaints every cell (resize, resume, first frame).
    func invalidate() {
        previous = nil
    }

    private var previousCursor: (x: Int, y: Int)?

    /// Draws `grid` and places (or hides) the cursor, then updates the physical screen once.
    /// Returns whether anything differed from the previous frame.
    @discardableResult
    func draw(_ grid: CellGrid, cursor: (x: Int, y: Int)?) -> Bool {
        let changed = previous != grid || previousCursor?.x != cursor?.x || previousCursor?.y != cursor?.y
        previousCursor = cursor
        let rows = min(grid.height, Int(mg_lines()))
        let columns = min(grid.width, Int(mg_cols()))
        if previous == nil || previous?.width != grid.width || previous?.height != grid.height {
            werase(mg_stdscr())
            previous = nil
        }
        for y in 0..<rows {
            let range: ClosedRange<Int>?
            if let previous {
                range = FrameDiff.changedColumns(row: y, old: previous, new: grid)
            } else {
                range = grid.width > 0 ? 0...(grid.width - 1) : nil
            }
            guard let range, range.lowerBound < columns else { continue }
            drawRow(y, columns: range.lowerBound...min(range.upperBound, columns - 1), of: grid, visibleWidth: columns)
        }
        previous = grid

        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            curs_set(1)
            wmove(mg_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(mg_stdscr())
        doupdate()
        return changed
    }

    private func drawRow(_ y: Int, columns: ClosedRange<Int>, of grid: CellGrid, visibleWidth: Int) {
        // Neighbouring cells mostly share a style: look it up once per run, not per cell.
        var lastStyle: Style?
        var attributes = mg_a_normal()
        var pair: Int16 = 0
        // Printable ASCII cells of one style go to curses together (most of a frame).
        run.removeAll(keepingCapacity: true)
        var runStart = columns.lowerBound
        func flushRun() {
            guard !run.isEmpty else { return }
            _ = mg_put_run(Int32(y), Int32(runStart), run, Int32(run.count), attributes, pair)
            run.removeAll(keepingCapacity: true)
        }
        Self.markLongBlanks(row: y, of: grid, into: &longBlank)
        for x in columns {
            let cell = grid[x, y]
            if cell.text.isEmpty { continue }   // right half of a wide character: already drawn
            let style = longBlank[x] ? .plain : cell.style
            if style != lastStyle {
                flushRun()
                (attributes, pair) = look(of: style)
                lastStyle = style
            }
            let followedByContinuation = x + 1 < grid.width && grid[x + 1, y].text.isEmpty
            if !followedByContinuation, let ascii = Self.printableASCII(cell.text) {
                if run.isEmpty { runStart = x }
                run.append(wchar_t(ascii))
                continue
            }
            flushRun()
            let available = followedByContinuation && x + 1 < visibleWidth ? 2 : 1
            let drawable = CellText.drawable(cell.text, available: available) { Int(mg_wcwidth(wchar_t($0.value))) }
            put(drawable.scalars, x: x, y: y, attributes: attributes, pair: pair)
            if drawable.columns < available {
                // The model laid out two columns but wcwidth says one: fill the second (with the
                // flag's second half, or a blank), so the row stays aligned with the model's layout.
                let second = drawable.secondColumn.isEmpty ? [" "] : drawable.secondColumn
                put(second, x: x + 1, y: y, attributes: attributes, pair: pair)
            }
        }
        flushRun()
    }

    /// The run of ASCII characters being collected by `drawRow` (kept to reuse its storage).
    private var run: [wchar_t] = []

    /// Which cells of the row being drawn are in a stretch of at least `longBlankRun` spaces that
    /// show nothing but themselves (default background, no underline or reverse video). Those
    /// are drawn plain: curses then sees the blank it cleared the screen with and moves the cursor
    /// past them instead of sending them, and the terminal has less to parse (about a third less
    /// output for an article's first frame). Single spaces between words
    /// keep their style, so the colour is not switched off and on around each of them.
    private var longBlank: [Bool] = []
    static let longBlankRun = 4

    static func markLongBlanks(row y: Int, of grid: CellGrid, into longBlank: inout [Bool]) {
        if longBlank.count != grid.width { longBlank = Array(repeating: false, count: grid.width) }
        for i in longBlank.indices { longBlank[i] = false }
        var start = 0
        for x in 0...grid.width {
            let invisible = x < grid.width && { () -> Bool in
                let cell = grid[x, y]
                return cell.text == " " && cell.style.background == .terminalDefault
                    && !cell.style.underline && !cell.style.reverse
            }()
            if invisible { continue }
            if x - start >= Self.longBlankRun { for i in start..<x { longBlank[i] = true } }
            start = x + 1
        }
    }

    /// The byte of a one-character cell in the printable ASCII range (space to tilde), else nil.
    private static func printableASCII(_ text: String) -> UInt8? {
        var utf8 = text.utf8.makeIterator()
        guard let byte = utf8.next(), utf8.next() == nil, (0x20...0x7E).contains(byte) else { return nil }
        return byte
    }

    private func put(_ scalars: [Unicode.Scalar], x: Int, y: Int, attributes: attr_t, pair: Int16) {
        var chars = scalars.map { wchar_t($0.value) }
        chars.append(0)
        if mg_put_cell(Int32(y), Int32(x), chars, attributes, pair) == mg_err() && scalars.count > 1 {
            // A sequence curses rejects (unusual marks): draw its first character alone.
            let single: [wchar_t] = [chars[0], 0]
            _ = mg_put_cell(Int32(y), Int32(x), single, attributes, pair)
        }
    }

    /// Attributes always apply, so highlights stay visible without colour; the colour pair only
    /// when the terminal has colours.
    private func look(of style: Style) -> (attr_t, Int16) {
        var attributes = mg_a_normal()
        if style.bold { attributes |= mg_a_bold() }
        if style.underline { attributes |= mg_a_underline() }
        if style.reverse { attributes |= mg_a_reverse() }
        if style.italic { attributes |= mg_a_italic() }
        if style.dim { attributes |= mg_a_dim() }
        guard var fg = PaletteMapping.cursesColor(style.foreground, mode: colorMode),
              var bg = PaletteMapping.cursesColor(style.background, mode: colorMode) else {
            return (attributes, 0)
        }
        if !defaultColors {
            if fg == -1 { fg = 7 }
            if bg == -1 { bg = 0 }
        }
        let pair = pairs.pair(foreground: fg, background: bg) { pair, fg, bg in
            init_pair(Int16(pair), Int16(fg), Int16(bg)) != mg_err()
        }
        return (attributes, pair)
    }
}
