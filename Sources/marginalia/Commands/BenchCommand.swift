import ArgumentParser

/// `marginalia bench ...`: speed figures (printed, never asserted in unit tests).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure analysis and rendering speed.",
        subcommands: [BenchReaderCommand.self, BenchTextCommand.self, BenchNERCommand.self, BenchStoreCommand.self, BenchLibraryCommand.self])
}
