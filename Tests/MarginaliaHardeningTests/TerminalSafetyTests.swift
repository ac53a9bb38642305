import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText

/// Article text, titles, notes, file names and error messages that try to take over the
/// terminal (set the window title, clear the screen, move the cursor, reverse the text) reach
/// the cell grid only as inert, visible stand-ins.
struct TerminalSafetyTests {
    /// Every C0 control, DEL, every C1 control, the sequences a terminal would obey, and every
    /// bidirectional control.
    static let hostile: String = {
        var s = "Kampf um Kherson. "
        // NUL is left out: a file with NUL bytes is refused as binary (tested below).
        for v in 0x01...0x1F where v != 0x0A { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        s += " DEL\u{7F} "
        for v in 0x80...0x9F { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        s += " title:\u{1B}]0;pwned\u{07} title2:\u{1B}]2;pwned\u{1B}\\ clear:\u{1B}[2J\u{1B}[H move:\u{1B}[10;20H\u{1B}[A"
        s += " colour:\u{1B}[31;1m dcs:\u{1B}P1$r\u{1B}\\ c1csi:\u{9B}2J c1osc:\u{9D}0;pwned\u{9C} reset:\u{1B}c"
        s += " bidi:\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}e\u{2066}f\u{2067}g\u{2068}h\u{2069}i\u{200E}j\u{200F}k\u{061C}l"
        s += " combining-after-esc:\u{1B}\u{301} Ende."
        return s
    }()

    static let allScalarsWanted: [Unicode.Scalar] = hostile.unicodeScalars.filter { TerminalSafe.replacement(for: $0) != nil && $0 != "\n" }

    /// Renders at several sizes, with the panes and the help overlay, and checks every frame.
    func checkFrames(_ app: ReaderApp, _ label: String) {
        for (w, h) in [(100, 30), (40, 12), (200, 50), (7, 3), (1, 1)] {
            app.resize(width: w, height: h)
            #expect(inertViolations(app.render(), width: w, height: h).isEmpty, "\(label) at \(w)x\(h)")
        }
        app.resize(width: 100, height: 30)
        for keys in [[Key.tab], [.tab], [.tab], [.character("?")], [.escape], [.character("G")]] {
            for key in keys { app.handle(key) }
            #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty, "\(label) after \(keys)")
        }
    }

    @Test func hostilePlainTextArticleRendersInert() throws {
        let sandbox = HardeningSandbox()
        let path = sandbox.write("hostile.txt", Self.hostile + "\n\n„" + Self.hostile + "“, sagte Angela Merkel.\n")
        let app = try sandbox.open(path)
        let grid = app.render()
        #expect(inertViolations(grid, width: 100, height: 30).isEmpty)
        // Shown, not silently dropped: ESC appears as its Control Picture.
        #expect(grid.text.contains("\u{241B}"))
        checkFrames(app, "plain text")
    }

    @Test func hostileTitlesInMarkdownAndHTMLRenderInert() throws {
        let sandbox = HardeningSandbox()
        let markdown = sandbox.write("hostile.md", "# Titel \u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}rev\n\n" + Self.hostile + "\n")
        let appMD = try sandbox.open(markdown)
        checkFrames(appMD, "markdown title")
        let html = sandbox.write("hostile.html", "<html><head><title>T&#27;]0;pwned&#7; &#x9b;2J &#x202e;rev \u{1B}[H</title></head>"
                                + "<body><h1>Kopf &#x1b;[31m</h1><p>" + Self.hostile + " &#27;[2J &#155;H &#x202E;</p></body></html>")
        let appHTML = try sandbox.open(html)
        checkFrames(appHTML, "html title")
    }

    @Test func hostileFileNameRendersInert() throws {
        let sandbox = HardeningSandbox()
        let name = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}H\u{202E}txt.exe\u{7}.txt"
        let path = sandbox.write(name, "Ein ruhiger Text. Nichts weiter.\n")
        let app = try sandbox.open(path)
        #expect(app.document?.displayName.unicodeScalars.contains("\u{1B}") == true, "the file name really carries ESC")
        checkFrames(app, "file name")
    }

    @Test func hostileNoteSearchAndCommandInputRenderInert() throws {
        let sandbox = HardeningSandbox()
        let app = try sandbox.open(sandbox.write("plain.txt", "Ein ruhiger Text. Nichts weiter.\n"))
        app.handle(.character("1"))
        let typed = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}H\u{202E}x\u{0}\u{8}\u{7F}"
        for opener in [Key.character("c"), .character("/"), .character(":")] {
            app.handle(opener)
            for c in typed { app.handle(.character(c)) }
            #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty, "prompt \(opener)")
            app.handle(.enter)
            #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty, "after submitting \(opener)")
        }
        // The saved note and tag show in the side panes: every pane, focused, stays inert.
        app.handle(.character("1"))
        for _ in 0..<4 {
            app.handle(.tab)
            #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty, "pane \(app.focus)")
        }
    }

    @Test func hostileErrorMessagesRenderInert() throws {
        let sandbox = HardeningSandbox()
        let app = try sandbox.open(sandbox.write("plain.txt", "Ein ruhiger Text.\n"))
        // An unknown command and a missing file, both named with escape sequences.
        app.execute(commandLine: "\u{1B}]0;pwned\u{07}\u{1B}[2J")
        #expect(app.messageIsError)
        #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty)
        app.execute(commandLine: "e " + sandbox.root + "/\u{1B}[2J\u{9B}H\u{202E}missing.txt")
        #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty)
        app.show(message: "x\u{1B}]0;pwned\u{07}\u{202E}\u{85}\nsecond line", error: true)
        #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty)
        app.setTheme(named: "\u{1B}[2Jnope\u{202E}")
        #expect(inertViolations(app.render(), width: 100, height: 30).isEmpty)
    }

    @Test func hostileArticleAsSecondOpenedFileFailingToLoad() throws {
        let sandbox = HardeningSandbox()
        let good = sandbox.write("good.txt", "Ein ruhiger Text.\n")
        let bad = sandbox.root + "/\u{1B}]0;pwned\u{07}\u{202E}gone.txt"
        let app = try ReaderApp.open(paths: [bad, good], options: sandbox.options(width: 90, height: 20))
        app.resize(width: 90, height: 20)
        #expect(inertViolations(app.render(), width: 90, height: 20).isEmpty)
    }

    @Test func fileWithNULIsRefusedWithOneLineError() {
        let sandbox = HardeningSandbox()
        let path = sandbox.write("nul.txt", "Text\u{0}\u{1B}]0;pwned\u{07}")
        #expect(throws: (any Error).self) { try sandbox.open(path) }
        do { _ = try sandbox.open(path) } catch { #expect(!"\(error)".contains("\n")) }
    }

    @Test func terminalSafeCoversEveryControlAndBidiOverride() {
        for v in Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x200E, 0x200F, 0x061C] {
            let scalar = Unicode.Scalar(UInt32(v))!
            #expect(TerminalSafe.replacement(for: scalar) != nil, "U+\(String(v, radix: 16))")
            let glyph = GlyphScanner.glyphs(of: "a" + String(scalar) + "b")
            #expect(glyph.allSatisfy { $0.text.unicodeScalars.allSatisfy { TerminalSafe.replacement(for: $0) == nil } })
        }
        #expect(Self.allScalarsWanted.count > 60)
    }
}
