import Testing
@testable import MarginaliaModel

/// The TOML reader of config.toml and the themes: what TOML 1.0 allows there, and a one-line
/// error with the line for what it does not.
@Suite struct TOMLParserTests {
    func parse(_ s: String) throws -> TOMLTable { try TOMLParser.parse(s) }

    func error(_ s: String) -> TOMLError? {
        do { _ = try TOMLParser.parse(s); return nil } catch { return error }
    }

    @Test func tablesDottedKeysAndQuotedKeys() throws {
        let t = try parse("""
        # a comment
        name = "dark"   # trailing comment
        [palette]
        ink = 252
        a.b.c = true
        "quoted key" = 'x'
        'lit.eral' = 1
        [styles."entity.person"]
        fg = "blue"
        [ styles . ui ]
        bold = false
        """)
        #expect(t.keys == ["name", "palette", "styles"])
        #expect(t["name"] == .string("dark"))
        let palette = try #require(t["palette"]?.table)
        #expect(palette["ink"] == .integer(252))
        #expect(palette["a"]?.table?["b"]?.table?["c"] == .boolean(true))
        #expect(palette["quoted key"] == .string("x"))
        #expect(palette["lit.eral"] == .integer(1))
        let styles = try #require(t["styles"]?.table)
        #expect(styles.keys == ["entity.person", "ui"])
        #expect(styles["entity.person"]?.table?["fg"] == .string("blue"))
        #expect(styles["ui"]?.table?["bold"] == .boolean(false))
    }

    @Test func stringsAndEscapes() throws {
        let t = try parse(#"""
        a = "tab\there \"q\" \\ \u00e9 \U0001F600"
        b = 'C:\path\no escapes'
        c = """
        first
        second \
            joined"""
        d = '''
        raw \n ''line'' '''
        e = """two quotes at the end"" """
        f = "ü and 界 kept"
        """#)
        #expect(t["a"] == .string("tab\there \"q\" \\ é 😀"))
        #expect(t["b"] == .string(#"C:\path\no escapes"#))
        #expect(t["c"] == .string("first\nsecond joined"))
        #expect(t["d"] == .string("raw \\n ''line'' "))
        #expect(t["e"] == .string("two quotes at the end\"\" "))
        #expect(t["f"] == .string("ü and 界 kept"))
    }

    @Test func numbersAndBooleans() throws {
        let t = try parse("""
        a = 42
        b = +1_000
        c = -17
        d = 0xff
        e = 0o755
        f = 0b1010
        g = 3.14
        h = -2e-3
        i = 1E+2
        j = inf
        k = -inf
        l = true
        m = 0
        n = 9_223_372_036_854_775_807
        """)
        #expect(t["a"] == .integer(42))
        #expect(t["b"] == .integer(1000))
        #expect(t["c"] == .integer(-17))
        #expect(t["d"] == .integer(255))
        #expect(t["e"] == .integer(493))
        #expect(t["f"] == .integer(10))
        #expect(t["g"] == .float(3.14))
        #expect(t["h"] == .float(-0.002))
        #expect(t["i"] == .float(100))
        #expect(t["j"] == .float(.infinity))
        #expect(t["k"] == .float(-.infinity))
        #expect(t["l"] == .boolean(true))
        #expect(t["m"] == .integer(0))
        #expect(t["n"] == .integer(Int.max))
        #expect(try parse("x = nan")["x"]?.double?.isNaN == true)
    }

    @Test func arraysAndInlineTables() throws {
        let t = try parse("""
        tags = ["claim", "source",]
        nested = [[1, 2], ["a"], []]
        multi = [
          "j",   # comment
          "<Down>"
        ]
        style = { fg = "ink", bg = 3, flags.bold = true }
        empty = {}
        [[list]]
        n = 1
        [[list]]
        n = 2
        """)
        #expect(t["tags"] == .array([.string("claim"), .string("source")]))
        #expect(t["nested"] == .array([.array([.integer(1), .integer(2)]), .array([.string("a")]), .array([])]))
        #expect(t["multi"] == .array([.string("j"), .string("<Down>")]))
        let style = try #require(t["style"]?.table)
        #expect(style.keys == ["fg", "bg", "flags"])
        #expect(style["flags"]?.table?["bold"] == .boolean(true))
        #expect(t["empty"] == .table(TOMLTable()))
        #expect(t["list"]?.array?.count == 2)
        #expect(t["list"]?.array?[1].table?["n"] == .integer(2))
    }

    @Test func subtablesOfImplicitTablesMayBeDefinedLater() throws {
        let t = try parse("[a.b]\nx = 1\n[a]\ny = 2\n[a.c]\nz = 3\n")
        #expect(t["a"]?.table?.keys == ["b", "y", "c"])
        // A header may add a sub-table to a table made by dotted keys.
        #expect(try parse("[f]\napple.color = 1\n[f.apple.texture]\nsmooth = true\n")["f"]?.table?["apple"]?.table?.keys == ["color", "texture"])
    }

    @Test func windowsLineEndsAndByteOrderMark() throws {
        let t = try parse("\u{FEFF}a = 1\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\n")
        #expect(t["a"] == .integer(1))
        #expect(t["b"] == .string("x\ny"))
    }

    @Test func errorsNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("a = 1\nb = \n", 2, "expected a value"),
            ("a = 1\na = 2\n", 2, "defined twice"),
            ("[t]\n[t]\n", 2, "defined twice"),
            ("a = 1\n[a]\n", 2, "defined twice"),
            ("[keys\nquit = 'Q'\n", 1, "]"),
            ("a = \"open\nb = 1\n", 1, "not closed"),
            ("a = \"\"\"\nnever closed\n", 3, "not closed"),
            ("a = 01\n", 1, "not a value"),
            ("a = 1__0\n", 1, "not a value"),
            ("a = 0x\n", 1, "not a value"),
            ("a = 99999999999999999999\n", 1, "not a value"),
            ("a = 1979-05-27\n", 1, "dates"),
            ("a = 07:32:00\n", 1, "dates"),
            ("a = yes\n", 1, "strings need quotes"),
            ("a = \"\\q\"\n", 1, "unknown escape"),
            ("a = \"\\uD800\"\n", 1, "hex digits"),
            ("a = { b = 1,\n c = 2 }\n", 1, "one line"),
            ("a = { b = 1, }\n", 1, "key"),
            ("a = [1 2]\n", 1, "expected , or ]"),
            ("a = 1 b = 2\n", 1, "end of the line"),
            ("a.b = 1\n[a]\n", 2, "defined twice"),
            ("[a.b]\n[a]\nb.c = 1\n", 3, "dotted key"),
            ("x = { a = 1 }\n[x]\n", 2, "defined twice"),
            ("x = [1]\n[[x]]\n", 2, "not an array of tables"),
            ("a = \"\u{01}\"\n", 1, "control character"),
            ("a = 1\rb = 2\n", 1, "carriage return"),
            ("= 1\n", 1, "expected a key"),
        ]
        for (source, line, words) in cases {
            let e = error(source)
            #expect(e?.line == line, "\(source.debugDescription): \(String(describing: e))")
            #expect(e?.message.contains(words) == true, "\(source.debugDescription): \(String(describing: e))")
            #expect(e.map { !$0.description.contains("\n") } ?? false)
        }
    }

    /// Inputs that aborted the former parser (toml++ assertions found by fuzzing), and deep nesting.
    @Test func hostileInputsGiveErrorsNotCrashes() {
        let inputs = ["[é]\n", "[[é]]\n", "  [\t\u{202E}x]\n", "[.a]\n", "[#]\n", "[=]\n", "[ \n", "[[ =", "[a]\n[\t.]",
                      "a = [}", "a = [1, }", "a = [\n}]", "a = [[}]]", "a = [ #c\n}", "[]\n", "a = ",
                      String(repeating: "[", count: 100_000), "a = " + String(repeating: "[", count: 100_000),
                      "a = " + String(repeating: "{b=", count: 10_000)]
        for input in inputs { #expect(error(input) != nil, "\(input.prefix(20).debugDescription)") }
        #expect(error("a = " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)) == nil)
    }
}
