import ArgumentParser

/// `marginalia [FILE|DIR ...]` opens the reader; the other subcommands are headless and expose
/// the same model layer to scripts. Each subcommand lives in its own file under Commands/.
@main
struct Marginalia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marginalia",
        abstract: "A terminal reader and annotator for news articles.",
        version: MarginaliaVersion.string,
        subcommands: [OpenCommand.self, AnalyzeCommand.self, ExportCommand.self,
                      TrainCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: OpenCommand.self)
}

enum MarginaliaVersion {
    static let string = "0.1.0"
}
