import Testing
@testable import MarginaliaModel

@Suite struct KeyNotationTests {
    @Test func parsesPlainSpecialAndSequences() throws {
        #expect(try KeyNotation.parse("j") == [.character("j")])
        #expect(try KeyNotation.parse("<Down>") == [.down])
        #expect(try KeyNotation.parse("<C-r>") == [.control("r")])
        #expect(try KeyNotation.parse("<S-Tab>") == [.backTab])
        #expect(try KeyNotation.parse("<Space>") == [.character(" ")])
        #expect(try KeyNotation.parse("zz") == [.character("z"), .character("z")])
        #expect(try KeyNotation.parse("g<PgDn>") == [.character("g"), .pageDown])
        #expect(try KeyNotation.parse("<lt>") == [.character("<")])
        #expect(try KeyNotation.parse("<F5>") == [.function(5)])
        #expect(try KeyNotation.parse("<") == [.character("<")])
    }

    @Test func rejectsUnknownNames() {
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Hyper-x>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("") }
    }

    @Test func describesKeysForHelp() {
        #expect(KeyNotation.describe(.control("r")) == "Ctrl-R")
        #expect(KeyNotation.describe([.character("z"), .character("z")]) == "zz")
        #expect(KeyNotation.describe(.character(" ")) == "Space")
    }
}

@Suite struct KeyDispatcherTests {
    let keymap = Keymap(commands: CommandTable.all)

    @Test func singleKeysRunTheirCommands() {
        var d = KeyDispatcher()
        #expect(d.feed(.character("j"), keymap: keymap, contexts: [.article, .global]) == .run("down", count: nil))
        #expect(d.feed(.down, keymap: keymap, contexts: [.article, .global]) == .run("down", count: nil))
        #expect(d.feed(.character("q"), keymap: keymap, contexts: [.article, .global]) == .run("quit", count: nil))
        #expect(d.feed(.control("r"), keymap: keymap, contexts: [.article, .global]) == .run("redo", count: nil))
    }

    @Test func countsPrefixCommandsWhereDigitsAreFree() {
        var d = KeyDispatcher()
        // In a side pane the digits are not bound, so they form a count.
        #expect(d.feed(.character("1"), keymap: keymap, contexts: [.pane, .global]) == .pending)
        #expect(d.feed(.character("2"), keymap: keymap, contexts: [.pane, .global]) == .pending)
        #expect(d.pendingDescription == "12")
        #expect(d.feed(.character("j"), keymap: keymap, contexts: [.pane, .global]) == .run("down", count: 12))
        #expect(!d.isPending)
    }


    @Test func boundDigitsRunTheirCommandInstantly() {
        var d = KeyDispatcher()
        #expect(d.feed(.character("3"), keymap: keymap, contexts: [.article, .global]) == .run("tag-3", count: nil))
    }

    @Test func pendingPrefixWaitsAndEscapeClearsIt() {
        var d = KeyDispatcher()
        #expect(d.feed(.character("z"), keymap: keymap, contexts: [.article, .global]) == .pending)
        #expect(d.feed(.character("z"), keymap: keymap, contexts: [.article, .global]) == .run("center", count: nil))
        #expect(d.feed(.character("z"), keymap: keymap, contexts: [.article, .global]) == .pending)
        #expect(d.feed(.escape, keymap: keymap, contexts: [.article, .global]) == .cancelled)
        #expect(!d.isPending)
        #expect(d.feed(.character("z"), keymap: keymap, contexts: [.article, .global]) == .pending)
        #expect(d.feed(.character("Q"), keymap: keymap, contexts: [.article, .global]) == .unbound([.character("z"), .character("Q")]))
    }

    @Test func helpListsKeysInTheirDefaultOrder() {
        #expect(keymap.keys(for: "down", in: .article) == [[.character("j")], [.down]])
        #expect(keymap.keys(for: "page-down", in: .article) == [[.character(" ")], [.pageDown], [.control("f")]])
        let custom = Keymap(commands: CommandTable.all, overrides: ["quit": [[.character("Q")], [.control("q")]]])
        #expect(custom.keys(for: "quit") == [[.character("Q")], [.control("q")]])
    }

    @Test func contextOrderGivesPanesTheirOwnKeys() {
        var d = KeyDispatcher()
        #expect(d.feed(.character("j"), keymap: keymap, contexts: [.pane, .article, .global]) == .run("down", count: nil))
        #expect(d.feed(.character(")"), keymap: keymap, contexts: [.pane, .article, .global]) == .run("next-sentence", count: nil))
    }

    @Test func everyCommandHasOneRowPerContextAndValidDefaultKeys() throws {
        let rows = CommandTable.all.map { "\($0.context).\($0.name)" }
        #expect(Set(rows).count == rows.count)
        for spec in CommandTable.all {
            for notation in spec.keys { _ = try KeyNotation.parse(notation) }
            #expect(!spec.description.isEmpty)
        }
        // No default key sequence is bound twice in the same context.
        for context in CommandContext.allCases {
            var seen: [[Key]: String] = [:]
            for spec in CommandTable.all where spec.context == context {
                for notation in spec.keys {
                    let keys = try KeyNotation.parse(notation)
                    #expect(seen[keys] == nil, "\(notation) bound to \(seen[keys] ?? "") and \(spec.name)")
                    seen[keys] = spec.name
                }
            }
        }
    }
}
