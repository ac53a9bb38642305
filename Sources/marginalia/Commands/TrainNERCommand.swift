import ArgumentParser

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Train the German entity tagger.")

    func run() throws {
        throw ValidationError("training is not built yet")
    }
}
