import ArgumentParser

/// `marginalia train ner ...`: builds the models the package ships.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train the models Marginalia ships.",
        subcommands: [TrainNERCommand.self, TrainLexiconCommand.self, TrainNounsCommand.self])
}
