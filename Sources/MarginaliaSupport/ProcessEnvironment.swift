/// The process's environment variables, read from `environ`. ProcessInfo's copy sets up the
/// whole ProcessInfo object on first use, a noticeable part of the reader's start-up; this is
/// the same dictionary for a loop over a few dozen C strings.
public enum ProcessEnvironment {
    public static var variables: [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                let name = String(text[..<equals])
                // The first definition wins, as getenv does.
                if result[name] == nil { result[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return result
    }
}
