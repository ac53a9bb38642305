import ArgumentParser

@main
struct Marginalia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marginalia",
        abstract: "A terminal reader and annotator for news articles.")

    func run() throws {}
}
