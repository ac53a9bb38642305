import MarginaliaModel
import Testing
@testable import MarginaliaTerminal

/// wcwidth as a UTF-8 C library reports it, for the characters these tests use (the real
/// wcwidth depends on the process locale, which tests should not change).
private func width(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x0300...0x036F, 0x200D, 0xFE0F: return 0
    case 0x1100...0x115F, 0x4E00...0x9FFF, 0x1F300...0x1FAFF: return 2
    case 0x1F1E6...0x1F1FF: return 1   // regional indicators, as glibc has them
    case 0x00...0x1F, 0x7F...0x9F: return -1
    default: return 1
    }
}

@Suite struct CellTextTests {
    @Test func plainCharacterIsKept() {
        #expect(CellText.drawable("a", available: 1, width: width) == DrawableText(scalars: ["a"], columns: 1))
    }

    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(CellText.drawable("\u{1B}", available: 1, width: width).scalars == ["\u{241B}"])
        #expect(CellText.drawable("\u{9B}", available: 1, width: width).scalars == ["\u{FFFD}"])
        #expect(CellText.drawable("\u{07}", available: 1, width: width).scalars == ["\u{2407}"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let drawn = CellText.drawable("e\u{0301}", available: 1, width: width)
        #expect(drawn == DrawableText(scalars: ["e", "\u{0301}"], columns: 1))
    }

    @Test func aLoneCombiningMarkGetsASpaceAsBase() {
        let drawn = CellText.drawable("\u{0301}", available: 1, width: width)
        #expect(drawn == DrawableText(scalars: [" ", "\u{0301}"], columns: 1))
    }

    @Test func atMostFourCombiningMarks() {
        let drawn = CellText.drawable("a" + String(repeating: "\u{0301}", count: 6), available: 1, width: width)
        #expect(drawn.scalars.count == 5)
    }

    @Test func wideCharacterInTwoColumns() {
        #expect(CellText.drawable("中", available: 2, width: width) == DrawableText(scalars: ["中"], columns: 2))
    }

    @Test func wideCharacterWithoutRoomBecomesAReplacementCharacter() {
        #expect(CellText.drawable("中", available: 1, width: width) == DrawableText(scalars: ["\u{FFFD}"], columns: 1))
    }

    @Test func emojiZWJSequenceShowsItsFirstEmoji() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(CellText.drawable(family, available: 2, width: width) == DrawableText(scalars: ["\u{1F468}"], columns: 2))
    }

    @Test func aFlagInTwoColumnsKeepsBothHalves() {
        let flag = CellText.drawable("\u{1F1E9}\u{1F1EA}", available: 2, width: width)
        #expect(flag == DrawableText(scalars: ["\u{1F1E9}"], columns: 1, secondColumn: ["\u{1F1EA}"]))
    }

    @Test func narrowCharacterReportsOneColumnEvenWhenTwoAreAvailable() {
        // The painter blanks the second column itself.
        #expect(CellText.drawable("\u{2764}\u{FE0F}", available: 2, width: width) == DrawableText(scalars: ["\u{2764}", "\u{FE0F}"], columns: 1))
    }
}

@Suite struct FrameDiffTests {
    private func grid(_ rows: [String]) -> CellGrid {
        var grid = CellGrid(width: rows[0].count, height: rows.count)
        for (y, row) in rows.enumerated() {
            for (x, ch) in row.enumerated() { grid[x, y] = Cell(ch == "_" ? "" : String(ch)) }
        }
        return grid
    }

    @Test func unchangedRowsAreSkipped() {
        let a = grid(["hello", "world"])
        #expect(FrameDiff.changedColumns(row: 0, old: a, new: a) == nil)
    }

    @Test func onlyTheChangedSpanIsRedrawn() {
        let old = grid(["hello world"])
        let new = grid(["hallo wörld"])
        #expect(FrameDiff.changedColumns(row: 0, old: old, new: new) == 1...7)
    }

    @Test func styleChangesCount() {
        let old = grid(["abc"])
        var new = old
        new[1, 0] = Cell("b", style: Style(reverse: true))
        #expect(FrameDiff.changedColumns(row: 0, old: old, new: new) == 1...1)
    }

    @Test func aChangeNextToAWideCharacterTakesTheWholeCharacter() {
        // "中" at 1 with its continuation at 2; the continuation alone changes to a narrow char.
        let old = grid(["a中_b"])
        let new = grid(["a中xb"])
        #expect(FrameDiff.changedColumns(row: 0, old: old, new: new) == 1...2)
    }

    @Test func aNewWideCharacterIncludesItsContinuation() {
        let old = grid(["abcd"])
        let new = grid(["a中_d"])
        #expect(FrameDiff.changedColumns(row: 0, old: old, new: new) == 1...2)
    }

    @Test func aDifferentSizeRedrawsWholeRows() {
        let old = grid(["abc"])
        let new = grid(["abcd"])
        #expect(FrameDiff.changedColumns(row: 0, old: old, new: new) == 0...3)
    }
}

/// Stretches of blanks that show nothing are drawn plain (curses can skip them); single spaces
/// between words keep their colour.
@Suite struct LongBlankTests {
    private func mask(_ text: String, style: Style = Style(foreground: .indexed(252))) -> [Bool] {
        var grid = CellGrid(width: text.count, height: 1)
        for (x, c) in text.enumerated() { grid[x, 0] = Cell(String(c), style: style) }
        var mask: [Bool] = []
        ScreenPainter.markLongBlanks(row: 0, of: grid, into: &mask)
        return mask
    }

    @Test func wordSpacesKeepTheirStyle() {
        #expect(mask("ab cd ef").allSatisfy { !$0 })
    }

    @Test func aRunOfFourOrMoreBlanksIsPlain() {
        #expect(mask("ab    cd") == [false, false, true, true, true, true, false, false])
        #expect(mask("ab   cd").allSatisfy { !$0 })
        #expect(mask("ab    ") == [false, false, true, true, true, true])
    }

    @Test func visibleBlanksAreKept() {
        #expect(mask("      ", style: Style(background: .indexed(236))).allSatisfy { !$0 })
        #expect(mask("      ", style: Style(underline: true)).allSatisfy { !$0 })
        #expect(mask("      ", style: Style(reverse: true)).allSatisfy { !$0 })
    }
}
