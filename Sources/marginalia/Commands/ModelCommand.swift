import ArgumentParser
import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `marginalia model show|export|import|reset`: the user model (what corrections taught the
/// German tagger, `$XDG_DATA_HOME/marginalia/models/user-ner-de.model`) from the shell, so a team
/// can share one.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model", abstract: "Show, export, import or reset the user model learned from corrections.",
        subcommands: [Show.self, Export.self, Import.self, Reset.self], defaultSubcommand: Show.self)

    static func load() -> (model: UserNERModel, location: UserModelLocation, weightsDropped: Bool) {
        switch ActiveUserModel.loadGerman(environment: ProcessEnvironment.variables) {
        case .success(let loaded): return (loaded.model, loaded.location, loaded.weightsDropped)
        case .failure(let e): CommandLineError.exit(e.description)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "What the user model has learned.")
        func run() throws {
            let (m, location, dropped) = ModelCommand.load()
            print(location.exists ? location.path : "\(location.path) (none yet: nothing learned)")
            if location.hasInstalledModel { print("over the installed model \(location.installedModelPath) (not the shipped one)") }
            if dropped { print("note: learned on another shipped model; its weights are ignored, its names kept") }
            for line in UserModelSummary.lines(m) { print(line) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the user model to FILE.")
        @Argument(help: "Where to write it.") var file: String
        func run() throws {
            let (m, location, _) = ModelCommand.load()
            guard location.exists else { CommandLineError.exit("no user model yet at \(location.path): nothing to export") }
            do { try UserModelLocation(path: file).save(m) } catch { CommandLineError.exit("cannot write \(file): \(error)") }
            print("wrote \(file): \(UserModelSummary.lines(m).first ?? "")")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Make FILE the user model: a user model (model export) or a full model (train ner) used in place of the shipped one.")
        @Argument(help: "A user model written by model export, or a model written by train ner.") var file: String
        func run() throws {
            let (current, location, _) = ModelCommand.load()
            guard let data = FileManager.default.contents(atPath: file) else { CommandLineError.exit("cannot read \(file)") }
            if data.starts(with: ModelFile.magic) { return ModelCommand.install(data, from: file) }
            let imported: (model: UserNERModel, weightsDropped: Bool)
            do { imported = try UserModelFile.decode(data, base: current.base, baseFingerprint: current.baseFingerprint) } catch {
                CommandLineError.exit("\(file): \(error)")
            }
            do { try location.save(imported.model) } catch { CommandLineError.exit("cannot write \(location.path): \(error)") }
            if imported.weightsDropped { print("note: \(file) was learned on another shipped model; its names are kept, its weights ignored") }
            print("imported \(file) as \(location.path): \(UserModelSummary.lines(imported.model).first ?? "")")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset", abstract: "Forget the user model (needs --yes).")
        @Flag(help: "Really forget it.") var yes = false
        func run() throws {
            let (m, location, _) = ModelCommand.load()
            guard location.exists || location.hasInstalledModel else { print("no user model at \(location.path): nothing to reset"); return }
            guard yes else {
                CommandLineError.exit("this forgets \(UserModelSummary.lines(m).first ?? "the user model"); run marginalia model reset --yes")
            }
            if location.exists {
                do { try location.remove() } catch { CommandLineError.exit("cannot remove \(location.path): \(error)") }
                print("user model reset: \(location.path) removed")
            }
            if location.hasInstalledModel {
                do { try location.uninstall() } catch { CommandLineError.exit("cannot remove \(location.installedModelPath): \(error)") }
                print("installed model removed: the shipped model is used again")
            }
        }
    }

    /// Installs a full model (from `train ner`) in place of the shipped one; the user layer is
    /// learned again over it from its kept corrections (names and quotes stay).
    static func install(_ data: Data, from source: String) {
        guard let location = UserModelLocation(language: "de", environment: ProcessEnvironment.variables) else {
            CommandLineError.exit("no home folder for the user model (set HOME or XDG_DATA_HOME)")
        }
        do { try location.install(data) } catch { CommandLineError.exit("\(source): \(error)") }
        let (m, _, _) = load()
        if location.exists {
            do { try location.save(m) } catch { CommandLineError.exit("cannot write \(location.path): \(error)") }
        }
        print("installed \(source) as \(location.installedModelPath): used in place of the shipped German model"
              + (m.replay.isEmpty ? "" : " (the user layer learned its \(m.replay.count) kept corrections again over it)"))
    }
}

/// Puts the user's saved model (if there is one) in use for the analysis of this process.
enum UserModelUse {
    static func activate(environment: [String: String] = ProcessEnvironment.variables) {
        guard let location = UserModelLocation(language: "de", environment: environment),
              location.exists || location.hasInstalledModel else { return }
        switch ActiveUserModel.loadGerman(environment: environment) {
        case .success(let loaded): ActiveUserModel.process.set(loaded.model)
        case .failure(let e): StandardStreams.writeError("marginalia: user model not used: " + TerminalSafe.oneLine(e.description) + "\n")
        }
    }
}
