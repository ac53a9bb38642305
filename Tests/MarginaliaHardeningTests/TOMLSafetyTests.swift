import Testing
@testable import MarginaliaModel

/// Table headers that start with a non-ASCII character abort the bundled TOML parser (toml++
/// assertion); the readers refuse them with a one-line message instead (found by fuzzing).
struct TOMLSafetyTests {
    static let aborting = ["[é]\n", "[[é]]\n", "  [\t\u{202E}x]\n", "[palette]\nfg = 1\n[ ä]\nx = 1\n",
                           "[.a]\n", "[#]\n", "[=]\n", "[ \n", "[[ =", "[a]\n[\t.]",
                           "a = [}", "a = [1, }", "a = [\n}]", "a = [[}]]", "a = [ #c\n}"]

    @Test func themeReaderRefusesHeadersTheParserCannotTake() {
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

    @Test func quotedAndASCIIHeadersStillParse() {
        #expect(TOMLPreflight.problem(in: "[\"é\"]\nx = 1\n[a.é]\n[keys]\n['k']\n[[list]]\n[ _x ]\n[-]\n[]\n") == nil)
        // Braces and brackets inside strings and comments are not structure.
        #expect(TOMLPreflight.problem(in: "a = \"[}\"\nb = '[,}'\nc = \"\"\"\nx[}\n\"\"\"\n# [}\nd = [1, 2]\ne = { f = [3] }\ng = \"\\\"[}\"\n") == nil)
        #expect(UserConfig.parse("theme = \"light\"\n[\"é\"]\nx = 1\n", commandNames: []).theme == "light")
    }
}
