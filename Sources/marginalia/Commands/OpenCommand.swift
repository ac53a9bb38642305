import ArgumentParser

/// The interactive reader (the default subcommand).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open articles in the reader (the default).")

    @Argument(help: "Articles (plain text, Markdown, HTML) or folders. None: the bundled samples.")
    var paths: [String] = []

    func run() throws {
        throw ValidationError("the interactive reader is not built yet")
    }
}
