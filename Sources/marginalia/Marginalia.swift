import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaStore
import MarginaliaEntities

/// `marginalia [FILE|DIR ...]` opens the reader; the other subcommands are headless and expose
/// the same model layer to scripts. Each subcommand lives in its own file under Commands/.
@main
struct Marginalia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marginalia",
        abstract: "A terminal reader and annotator for news articles.",
        version: MarginaliaVersion.string,
        subcommands: [OpenCommand.self, AnalyzeCommand.self, ExportCommand.self, ImportCommand.self,
                      TrainCommand.self, EvalCommand.self, BenchCommand.self, ModelCommand.self],
        defaultSubcommand: OpenCommand.self)

    /// The names that make an argument a subcommand rather than a file (and `help`).
    static var subcommandNames: Set<String> { Set(
        configuration.subcommands.map { $0._commandName } + ["help"]) }

    static func main() {
        // Read by every command that loads a file: a value that is not a size is an error.
        if let problem = ArticleLoader.sizeLimitProblem(environment: ProcessEnvironment.variables) {
            CommandLineError.exit(problem)
        }
        if let reader = ReaderFastPath.invocation(Array(CommandLine.arguments.dropFirst()),
                                                  subcommands: { subcommandNames }) {
            ReaderLaunch.run(ReaderLaunch.articles(reader.paths), timing: reader.timing,
                             environment: ProcessEnvironment.variables)
        } else {
            // Headless commands analyse too: a broken install says so once, on stderr.
            if let missing = ShippedResources.missingFilesProblem { StandardStreams.writeError("marginalia: warning: \(missing)\n") }
            main(nil)
        }
    }
}

/// The release's version, from the one definition the saved files also use.
enum MarginaliaVersion {
    static let string = MarginaliaRelease.version
}
