/// Checks a TOML source for what the bundled parser (toml++ inside TOMLKit 0.6.0) cannot take:
/// a table header whose name starts with a non-ASCII character (`[é]`, `[[ ä]]`, `[U+202E]`)
/// trips an assertion in toml++ and aborts the whole program, in release builds too (found by
/// fuzzing). Such a file gets a one-line error instead, before the parser sees it.
enum TOMLPreflight {
    /// A one-line reason (with the line number) if the parser must not see `source`, else nil.
    /// A bracketed line inside a multi-line string is judged the same way; quoting the name
    /// (`["é"]`) is the way out, and the message says so.
    static func problem(in source: String) -> String? {
        var lineNumber = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var scalars = Substring.UnicodeScalarView(line.unicodeScalars.drop { $0 == " " || $0 == "\t" })
            guard scalars.first == "[" else { continue }
            scalars = scalars.dropFirst()
            if scalars.first == "[" { scalars = scalars.dropFirst() }
            guard let first = scalars.first(where: { $0 != " " && $0 != "\t" }) else { continue }
            if first.value >= 0x80 {
                return "line \(lineNumber): a table name must start with an ASCII letter, digit, _ or -, or be quoted ([\"name\"])"
            }
        }
        return nil
    }
}
