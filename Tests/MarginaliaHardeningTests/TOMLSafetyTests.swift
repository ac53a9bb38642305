import Testing
@testable import MarginaliaModel

/// Inputs that aborted the former TOML parser (toml++ assertions, found by fuzzing): the readers
/// now refuse them with a one-line message naming the line.
struct TOMLSafetyTests {
    static let aborting = ["[é]\n", "[[é]]\n", "  [\t\u{202E}x]\n", "[palette]\nfg = 1\n[ ä]\nx = 1\n",
                           "[.a]\n", "[#]\n", "[=]\n", "[ \n", "[[ =", "[a]\n[\t.]",
                           "a = [}", "a = [1, }", "a = [\n}]", "a = [[}]]", "a = [ #c\n}"]

    @Test func themeReaderRefusesThemWithOneLine() {
        for source in Self.aborting {
            #expect(throws: ThemeError.self) { try ThemeLoader.parse(source, fallbackName: "t") }
            do { _ = try ThemeLoader.parse(source, fallbackName: "t") } catch {
                #expect(!"\(error)".contains("\n"))
                #expect("\(error)".contains("line "))
            }
        }
    }

    @Test func configReaderReportsThemAndKeepsDefaults() {
        for source in Self.aborting {
            let config = UserConfig.parse(source, commandNames: ["quit"])
            #expect(config.problems.count == 1)
            #expect(config.theme == nil && config.tags == nil)
        }
    }

    @Test func quotedAndASCIIHeadersStillParse() throws {
        let t = try TOMLParser.parse("[\"é\"]\nx = 1\n[a.\"é\"]\n[keys]\n['k']\n[[list]]\n[ _x ]\n[-]\n")
        #expect(t.keys == ["é", "a", "keys", "k", "list", "_x", "-"])
        // Braces and brackets inside strings and comments are not structure.
        let s = try TOMLParser.parse("a = \"[}\"\nb = '[,}'\nc = \"\"\"\nx[}\n\"\"\"\n# [}\nd = [1, 2]\ne = { f = [3] }\ng = \"\\\"[}\"\n")
        #expect(s["a"] == .string("[}") && s["b"] == .string("[,}") && s["c"] == .string("x[}\n") && s["g"] == .string("\"[}"))
        #expect(UserConfig.parse("theme = \"light\"\n[\"é\"]\nx = 1\n", commandNames: []).theme == "light")
    }
}
