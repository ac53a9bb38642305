import Testing
@testable import MarginaliaModel

/// One sanitizer for every string drawn: the library's rows (corpus titles, file names) go
/// through the same glyphs as the article, so nothing invisible or raw reaches the terminal.
@Suite struct SanitizerTests {
    @Test func zeroWidthSpaceAndControlsInATitleAreNotDrawnRaw() {
        var grid = CellGrid(width: 10, height: 1)
        let used = GridText.put("A\u{200B}B\u{1B}[2J\u{202E}", x: 0, y: 0, maxWidth: 10, into: &grid, style: .plain)
        #expect(used == 7)
        #expect(grid.rowText(0) == "AB\u{241B}[2J\u{FFFD}   ")
        let drawn = grid.cells.flatMap { $0.text.unicodeScalars }
        #expect(!drawn.contains { $0.value == 0x200B || $0.value < 0x20 || $0.value == 0x202E })
        #expect(GridText.width(of: "A\u{200B}B") == 2)
    }
}
