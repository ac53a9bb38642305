import ArgumentParser

/// `marginalia eval ner|quotes ...`: scores the analysis against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Evaluate entity recognition or quote detection on gold data.",
        subcommands: [EvalNERCommand.self, EvalQuotesCommand.self])
}
