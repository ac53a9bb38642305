import ArgumentParser

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Score entities on GermEval data.")

    func run() throws {
        throw ValidationError("entity evaluation is not built yet")
    }
}
