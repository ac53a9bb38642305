import Testing
@testable import MarginaliaModel
import MarginaliaText

@Suite struct DisplayWidthTests {
    @Test func latinIsOneColumn() {
        #expect(DisplayWidth.of("Kherson") == 7)
        #expect(DisplayWidth.of("Vučić") == 5)
    }

    @Test func combiningMarksTakeNoColumn() {
        let decomposed = "e\u{301}te\u{301}"  // été with combining acute accents
        #expect(decomposed.count == 3)
        #expect(DisplayWidth.of(decomposed) == 3)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func eastAsianWideAndEmojiTakeTwo() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("ｶ") == 1)          // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2)          // fullwidth A
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)        // skin tone modifier
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)     // ZWJ family is one cluster
        #expect(DisplayWidth.of("☺\u{FE0F}") == 2)  // VS16 asks for emoji presentation
        #expect(DisplayWidth.of("🇩🇪") == 2)
    }

    @Test func formatCharactersAreZero() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)  // ZWJ
        #expect(DisplayWidth.of(Unicode.Scalar(0xAD)!) == 0)    // soft hyphen
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
    }
}

@Suite struct GlyphTests {
    @Test func controlCharactersBecomeVisibleSymbols() {
        let text = ArticleText("a\u{1B}[31mb\u{7}c\u{9B}d")
        let glyphs = GlyphScanner.glyphs(text, Span(0, text.count))
        #expect(glyphs.map(\.text).joined() == "a␛[31mb␇c\u{FFFD}d")
        for g in glyphs { #expect(!g.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) }
    }

    @Test func softHyphenHiddenAndNoBreakSpaceShownAsSpace() {
        let text = ArticleText("Ver\u{AD}hand\u{A0}lung")
        let glyphs = GlyphScanner.glyphs(text, Span(0, text.count))
        #expect(glyphs.filter { $0.width > 0 }.map(\.text).joined() == "Verhand lung")
        #expect(glyphs.first { $0.text == " " }?.isBreakingSpace == false)
    }

    @Test func offsetsCountCodePoints() {
        let text = ArticleText("e\u{301}😀x")
        let glyphs = GlyphScanner.glyphs(text, Span(0, text.count))
        #expect(glyphs.map(\.offset) == [0, 2, 3])
        #expect(glyphs.map(\.length) == [2, 1, 1])
    }
}

@Suite struct WrappingTests {
    func rows(_ s: String, _ width: Int) -> [String] {
        let text = ArticleText(s)
        return LineWrapper.wrap(text, Span(0, text.count), width: width).map { text[$0] }
    }

    @Test func wrapsAtWordBoundaries() {
        #expect(rows("the quick brown fox jumps", 10) == ["the quick ", "brown fox ", "jumps"])
    }

    @Test func hardBreaksOverlongWords() {
        #expect(rows("Donaudampfschifffahrt ok", 8) == ["Donaudam", "pfschiff", "fahrt ok"])
    }

    @Test func neverSplitsGraphemeClusters() {
        let s = String(repeating: "e\u{301}", count: 7)  // 7 clusters, 14 code points
        let r = rows(s, 3)
        #expect(r.count == 3)
        for row in r { #expect(row.unicodeScalars.first != Unicode.Scalar(0x301)) }
        #expect(r.joined() == s)
        let family = "ab👩‍👩‍👧cd"
        let f = rows(family, 3)
        #expect(f.contains { $0.contains("👩‍👩‍👧") })
        #expect(f.joined() == family)
    }

    @Test func wideCharactersWrapByColumns() {
        #expect(rows("中文中文中", 4) == ["中文", "中文", "中"])
        // A wide character that would straddle the edge moves to the next row.
        #expect(rows("a中文", 4) == ["a中", "文"])
    }

    @Test func noBreakSpaceDoesNotBreak() {
        #expect(rows("aa 10\u{A0}km bb", 7) == ["aa ", "10\u{A0}km ", "bb"])
    }

    @Test func emptyLineIsOneRow() {
        let text = ArticleText("")
        #expect(LineWrapper.wrap(text, Span(0, 0), width: 10) == [Span(0, 0)])
    }
}

@Suite struct ArticleLayoutTests {
    @Test func mapsOffsetsToRowsAndBack() {
        let text = ArticleText("one two three four\n\nfive six seven")
        let layout = ArticleLayout(text: text, width: 8)
        #expect(layout.lines.count == 3)
        let p = layout.position(of: 14)  // inside "four"
        #expect(layout.row(at: p).span.start <= 14 && 14 < layout.row(at: p).span.end)
        #expect(layout.column(of: 15) == 1)
        #expect(layout.distance(from: layout.firstPosition, to: layout.lastPosition) == 5)
        #expect(layout.advance(layout.firstPosition, by: 100) == layout.lastPosition)
        #expect(layout.advance(layout.lastPosition, by: -100) == layout.firstPosition)
    }

    @Test func headingsAreSetApartByPadding() {
        let text = ArticleText("intro line\nHeading\nbody text")
        let layout = ArticleLayout(text: text, width: 40)
        layout.setHeadings([Span(11, 18)])
        let rows = layout.rows(ofLine: 1)
        #expect(rows.count == 3)
        #expect(rows.first?.isPadding == true && rows.last?.isPadding == true)
        #expect(layout.isHeading(line: 1))
    }

    @Test func widthChangeRewraps() {
        let text = ArticleText("alpha beta gamma delta")
        let layout = ArticleLayout(text: text, width: 100)
        #expect(layout.rows(ofLine: 0).count == 1)
        layout.setWidth(6)
        #expect(layout.rows(ofLine: 0).count == 4)
    }
}

@Suite struct LongLinePieceTests {
    @Test func longHardLineIsLaidOutInPiecesCutAfterSpaces() {
        let sentence = "Die Fähre legt um sieben Uhr ab. "
        let text = ArticleText(String(repeating: sentence, count: 3 * ArticleLayout.longLine / sentence.count))
        let layout = ArticleLayout(text: text, width: 60)
        #expect(layout.lines.count >= 3)
        #expect(layout.lines.first?.start == 0 && layout.lines.last?.end == text.count)
        for (a, b) in zip(layout.lines, layout.lines.dropFirst()) {
            #expect(a.end == b.start)
            #expect(text[a.end - 1] == " ", "a piece ends after a space")
        }
        // Offsets anywhere map to a row that holds them.
        for offset in stride(from: 0, to: text.count, by: 7919) {
            let row = layout.row(at: layout.position(of: offset))
            #expect(row.span.start <= offset && offset < row.span.end)
        }
        // A resize rewraps only what is shown.
        layout.setWidth(40)
        _ = layout.row(at: layout.position(of: text.count / 2))
        #expect(layout.wrappedLineCount == 1)
    }

    @Test func endlessWordIsCutBetweenCharacters() {
        // Letters with combining accents and no space: a piece never starts with a mark.
        let text = ArticleText(String(repeating: "e\u{301}", count: ArticleLayout.longLine))
        let layout = ArticleLayout(text: text, width: 30)
        #expect(layout.lines.count >= 2)
        for line in layout.lines.dropFirst() {
            #expect(text[line.start] == "e")
        }
    }
}

/// `ArticleLayout.lines` keeps one start per line: every line's span must still be the text
/// between newlines (or a piece of a long line), empty lines and a final newline included.
@Suite struct LineSpansTests {
    @Test func linesAreTheTextBetweenNewlinesWithPiecesOfLongLines() {
        let long = String(repeating: "Die Fähre legt ab. ", count: 2 * ArticleLayout.longLine / 19)
        for string in ["", "\n", "\n\n", "a", "a\n", "a\n\nb", "\nab\ncd\n\n", long + "\nKurz.\n\n" + long] {
            let text = ArticleText(string)
            let layout = ArticleLayout(text: text, width: 30)
            // The hard lines, with long ones cut where the layout cut them.
            var hard: [Span] = []
            var start = 0
            for (i, s) in string.unicodeScalars.enumerated() where s == "\n" { hard.append(Span(start, i)); start = i + 1 }
            hard.append(Span(start, text.count))
            var pieces = layout.lines.makeIterator()
            for line in hard {
                var covered = line.start
                repeat {
                    let piece = pieces.next()
                    #expect(piece?.start == covered, "\(string.prefix(12).debugDescription)")
                    covered = piece?.end ?? line.end
                } while covered < line.end
                #expect(covered == line.end)
            }
            #expect(pieces.next() == nil)
        }
    }
}
