import ArgumentParser
import MarginaliaStore

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

/// The release's version, from the one definition the saved files also use.
enum MarginaliaVersion {
    static let string = MarginaliaRelease.version
}
