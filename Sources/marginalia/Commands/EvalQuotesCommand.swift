import ArgumentParser

struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "Score quotes on WikiNews data.")

    func run() throws {
        throw ValidationError("quote evaluation is not built yet")
    }
}
