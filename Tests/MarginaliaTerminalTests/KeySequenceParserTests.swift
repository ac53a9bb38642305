import MarginaliaModel
import Testing
@testable import MarginaliaTerminal

/// Escape sequences are one key or nothing: the byte sequences of xterm, tmux, screen, rxvt and
/// the Linux console, fed byte by byte as curses passes them through.
@Suite struct KeySequenceParserTests {
    /// Feeds the bytes of `text` (`\u{1B}` for ESC), then the escape-delay timeout.
    private func parse(_ text: String) -> [TerminalInput] {
        var parser = KeySequenceParser()
        var out: [TerminalInput] = []
        for scalar in text.unicodeScalars { out += parser.feed(scalar.value) }
        out += parser.timeout()
        return out
    }

    private func keys(_ text: String) -> [Key] {
        parse(text).compactMap { if case .key(let k) = $0 { return k } else { return nil } }
    }

    @Test func homeAndEndOfEveryTerminalFamily() {
        for home in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH", "\u{1B}[1;5H", "\u{1B}[7$", "\u{1B}[7^"] {
            #expect(parse(home) == [.key(.home)], "\(home.debugDescription)")
        }
        for end in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF", "\u{1B}[1;2F", "\u{1B}[8$"] {
            #expect(parse(end) == [.key(.end)], "\(end.debugDescription)")
        }
    }

    @Test func editingAndPagingKeys() {
        #expect(keys("\u{1B}[2~\u{1B}[3~\u{1B}[5~\u{1B}[6~") == [.insert, .delete, .pageUp, .pageDown])
        #expect(keys("\u{1B}[A\u{1B}OB\u{1B}[1;5C\u{1B}OD\u{1B}[Z") == [.up, .down, .right, .left, .backTab])
    }

    @Test func functionKeysOfXtermRxvtAndTheLinuxConsole() {
        #expect(keys("\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS") == [.function(1), .function(2), .function(3), .function(4)])
        #expect(keys("\u{1B}[11~\u{1B}[15~\u{1B}[17~\u{1B}[24~") == [.function(1), .function(5), .function(6), .function(12)])
        #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
        #expect(keys("\u{1B}[1;2P") == [.function(1)])
    }

    @Test func unknownSequencesAreDroppedWhole() {
        for text in ["\u{1B}[99~", "\u{1B}[?1;2c", "\u{1B}[1;5X", "\u{1B}Oa", "\u{1B}[[Z"] {
            let result = parse(text)
            #expect(result.count == 1, "\(text.debugDescription)")
            if case .unknown = result.first {} else { Issue.record("\(text.debugDescription) gave \(result)") }
        }
        #expect(parse("\u{1B}[99~") == [.unknown("^[[99~")])
        // Paste brackets and focus reports: nothing at all.
        #expect(parse("\u{1B}[200~\u{1B}[201~\u{1B}[I\u{1B}[O").isEmpty)
    }

    @Test func noSequenceEverYieldsATagDigitOrABracket() {
        let sequences = ["\u{1B}[1~", "\u{1B}[4~", "\u{1B}[12;5~", "\u{1B}[99;1x", "\u{1B}[1;2;3;4;5;6;7;8;9;1;2;3;4;5;6;7;8;9;1;2;3;4;5;6;7;8~",
                         "\u{1B}[<0;10;5M", "\u{1B}[M !!", "\u{1B}[[1"]
        for text in sequences {
            for key in keys(text) {
                if case .character(let c) = key { Issue.record("\(text.debugDescription) leaked \(c)") }
            }
        }
    }

    @Test func aLoneEscapeIsTheEscapeKey() {
        #expect(parse("\u{1B}") == [.key(.escape)])
        #expect(keys("\u{1B}\u{1B}[4~") == [.escape, .end])
        // Esc typed quickly before a key: both keys, as in Vim.
        #expect(keys("\u{1B}j") == [.escape, .character("j")])
    }

    @Test func aControlCharacterCutsASequenceOff() {
        let result = parse("\u{1B}[1\r")
        #expect(result.count == 2)
        #expect(result.last == .key(.enter))
    }

    @Test func plainTextPassesThrough() {
        #expect(keys("jü1[") == [.character("j"), .character("ü"), .character("1"), .character("[")])
    }

    @Test func sgrMouseReports() {
        #expect(parse("\u{1B}[<0;10;5M") == [.mouse(MouseEvent(action: .press, button: 0, x: 9, y: 4))])
        #expect(parse("\u{1B}[<0;10;5m") == [.mouse(MouseEvent(action: .release, button: 0, x: 9, y: 4))])
        #expect(parse("\u{1B}[<32;11;5M") == [.mouse(MouseEvent(action: .drag, button: 0, x: 10, y: 4))])
        #expect(parse("\u{1B}[<64;1;1M") == [.mouse(MouseEvent(action: .wheelUp, button: 0, x: 0, y: 0))])
        #expect(parse("\u{1B}[<65;1;1M") == [.mouse(MouseEvent(action: .wheelDown, button: 1, x: 0, y: 0))])
    }
}
