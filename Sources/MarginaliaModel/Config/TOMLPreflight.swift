/// Checks a TOML source for what the bundled parser (toml++ inside TOMLKit 0.6.0) cannot take:
/// a table header (`[` or `[[`, then spaces) whose first key does not start with a bare-key
/// character or a quote (`[é]`, `[=]`, `[.a]`, `[#]`, `[` then the end of the line) trips an
/// assertion in toml++ and aborts the whole program, in release builds too (found by fuzzing).
/// Such a file gets a one-line error instead, before the parser sees it.
enum TOMLPreflight {
    /// A one-line reason (with the line number) if the parser must not see `source`, else nil.
    /// A bracketed line inside a multi-line string is judged the same way (a rare false alarm,
    /// reported clearly rather than risking the abort).
    static func problem(in source: String) -> String? {
        // One pass over an array of scalars: building a scalar view per line cost 3 ms for each
        // theme file, a sixth of the reader's start.
        let s = Array(source.unicodeScalars)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= s.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var k = lineStart
            func skipBlanks() { while k < lineEnd, s[k] == " " || s[k] == "\t" { k += 1 } }
            skipBlanks()
            guard k < lineEnd, s[k] == "[" else { continue }
            k += 1
            if k < lineEnd, s[k] == "[" { k += 1 }
            skipBlanks()
            guard k < lineEnd else {
                return "line \(lineNumber): a table header needs a name ([name])"
            }
            if s[k] == "]" || isKeyStart(s[k]) { continue }
            return "line \(lineNumber): a table name must start with an ASCII letter, digit, _ or -, or be quoted ([\"name\"])"
        }
        return emptyArrayElement(in: source)
    }

    /// An array element that starts with `}` (`[}`, `[1, }`, `[ # c` newline `}`) also trips an
    /// assertion in toml++ (found by fuzzing). Scans outside strings and comments for `}` whose
    /// previous significant character is `[` or `,`; in valid TOML that never happens.
    static func emptyArrayElement(in source: String) -> String? {
        let s = Array(source.unicodeScalars)
        var line = 1
        var previous: Unicode.Scalar = "\n"
        var k = 0
        while k < s.count {
            let c = s[k]
            switch c {
            case "\n":
                line += 1; k += 1; continue
            case " ", "\t", "\r":
                k += 1; continue
            case "#":
                while k < s.count, s[k] != "\n" { k += 1 }
                continue
            case "\"", "'":
                // Skip the string (basic strings honour backslash escapes; triple quotes span lines).
                let triple = k + 2 < s.count && s[k + 1] == c && s[k + 2] == c
                k += triple ? 3 : 1
                while k < s.count {
                    if s[k] == "\n" { line += 1; if !triple { break } }
                    if c == "\"", s[k] == "\\" { k += 2; continue }
                    if s[k] == c, !triple || (k + 2 < s.count && s[k + 1] == c && s[k + 2] == c) {
                        k += triple ? 3 : 1
                        break
                    }
                    k += 1
                }
                previous = c
                continue
            case "}" where previous == "[" || previous == ",":
                return "line \(line): a value is missing before '}'"
            default:
                break
            }
            previous = c
            k += 1
        }
        return nil
    }

    /// Bare-key characters of TOML 1.0 and the two string delimiters.
    static func isKeyStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": return true
        default: return false
        }
    }
}
