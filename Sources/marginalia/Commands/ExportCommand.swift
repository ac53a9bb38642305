import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations (jsonl, brat, conll, w3c).")

    func run() throws {
        throw ValidationError("export is not built yet")
    }
}
