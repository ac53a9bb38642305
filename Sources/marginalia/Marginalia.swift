import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// `marginalia [FILE|DIR ...]` opens the reader; the other subcommands are headless and expose
/// the same model layer to scripts. Each subcommand lives in its own file under Commands/.
@main
struct Marginalia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marginalia",
        abstract: "A terminal reader and annotator for news articles.",
        version: MarginaliaVersion.string,
        subcommands: [OpenCommand.self, AnalyzeCommand.self, ExportCommand.self, ImportCommand.self,
                      TrainCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: OpenCommand.self)

    /// The names that make an argument a subcommand rather than a file (and `help`).
    static var subcommandNames: Set<String> { Set(
        configuration.subcommands.map { $0._commandName } + ["help"]) }

    static func main() {
        if let reader = ReaderFastPath.invocation(Array(CommandLine.arguments.dropFirst()),
                                                  subcommands: { subcommandNames }) {
            ReaderLaunch.run(ReaderLaunch.articles(reader.paths), timing: reader.timing,
                             environment: ProcessEnvironment.variables)
        } else {
            main(nil)
        }
    }
}

/// The release's version, from the one definition the saved files also use.
enum MarginaliaVersion {
    static let string = MarginaliaRelease.version
}
