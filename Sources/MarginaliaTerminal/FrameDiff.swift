import MarginaliaModel

/// Finds what changed between two frames, row by row, so only those cells are sent to curses.
enum FrameDiff {
    /// The columns of row `y` to redraw, or nil when the row is unchanged. The range is widened
    /// to whole wide characters (a continuation cell is never the start or a dangling end), so
    /// overwriting half of a double-width character cannot leave the other half behind.
    static func changedColumns(row y: Int, old: CellGrid, new: CellGrid) -> ClosedRange<Int>? {
        let width = new.width
        guard old.width == width, y < old.height, y < new.height else {
            return width > 0 ? 0...(width - 1) : nil
        }
        var first: Int?
        var last = 0
        for x in 0..<width where old[x, y] != new[x, y] {
            if first == nil { first = x }
            last = x
        }
        guard var start = first else { return nil }
        func isContinuation(_ x: Int) -> Bool {
            old[x, y].text.isEmpty || new[x, y].text.isEmpty
        }
        while start > 0 && isContinuation(start) { start -= 1 }
        while last + 1 < width && isContinuation(last + 1) { last += 1 }
        return start...last
    }
}
