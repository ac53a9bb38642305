import FoundationEssentials
import MarginaliaText

/// A file a model was trained on: its base name (never the full path: the model ships, the
/// author's folders do not) and the SHA-256 of its bytes (a renamed copy is still recognised).
public struct ModelTrainingFile: Sendable, Equatable {
    public var name: String
    public var sha256: String

    public init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }

    /// The record for the file at `path`; nil when it cannot be read.
    public static func of(path: String) -> ModelTrainingFile? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return ModelTrainingFile(name: PathText.lastComponent(path), sha256: SHA256.hex(data))
    }

    /// The training file with the same contents as `file`, if the model saw it.
    public static func match(_ file: ModelTrainingFile, in training: [ModelTrainingFile]) -> ModelTrainingFile? {
        training.first { $0.sha256 == file.sha256 }
    }

    /// A warning line when the evaluated file is one the model was trained on (by contents, so a
    /// renamed copy counts too): such a score says how well the model fits its data, not how it does on new text.
    public static func trainingDataWarning(evaluated path: String, trainedOn: [ModelTrainingFile]) -> String? {
        guard let file = of(path: path), let seen = match(file, in: trainedOn) else { return nil }
        let others = trainedOn.filter { $0.sha256 != seen.sha256 }.map(\.name)
        return "warning: \(file.name) was part of this model's training data"
            + (seen.name == file.name ? "" : " (as \(seen.name))")
            + "; this figure is not a held-out score"
            + (others.isEmpty ? "" : " (a held-out score needs a model trained on \(others.joined(separator: ", ")) only: see README)")
    }
}
