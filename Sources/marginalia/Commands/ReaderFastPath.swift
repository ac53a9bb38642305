/// The reader's everyday invocation, `marginalia [--timing] FILE ...`, started without the
/// argument parser. Building the parser's command tree instantiates generic metadata for every
/// option of every subcommand, a large part of the time to the first screen (`perf record`;
/// scripts/perf/startup-profile.sh). Anything else (an option, a subcommand's name, `--`, `-x`)
/// goes to the parser, so both ways accept and refuse the same command lines.
enum ReaderFastPath {
    /// Plain paths (and `--timing`) only; nil when the parser must decide. `subcommands` is
    /// asked only about an argument that could be a subcommand's name (a bare word: names have
    /// no "/" or "."), since listing them sets up metadata the reader does not need.
    static func invocation(_ arguments: [String], subcommands: () -> Set<String>)
        -> (paths: [String], timing: Bool)? {
        var paths: [String] = []
        var timing = false
        var names: Set<String>?
        for argument in arguments {
            if argument == "--timing" {
                timing = true
                continue
            }
            if argument.hasPrefix("-") { return nil }
            if !argument.contains("/") && !argument.contains(".") {
                if names == nil { names = subcommands() }
                if names!.contains(argument) { return nil }
            }
            paths.append(argument)
        }
        return (paths, timing)
    }
}
