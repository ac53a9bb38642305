import FoundationEssentials
import MarginaliaText

/// Where a user's model lives: `$XDG_DATA_HOME/marginalia/models/user-ner-<language>.model`
/// (default `~/.local/share`), one file per language, written atomically (temporary file in
/// the same folder, then rename) so a crash leaves the old or the new model, never half of one.
public struct UserModelLocation: Sendable, Equatable {
    public let path: String

    public init(path: String) { self.path = path }

    public init?(language: String, environment: [String: String]) {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.local/share"
        } else {
            return nil
        }
        path = base + "/marginalia/models/user-ner-\(language).model"
    }

    public var folder: String { PathText.parent(path) }

    /// A full tagger model the user installed (`train ner --install`, `model import` of a model
    /// file) in place of the shipped one: `ner-<language>.model` beside the user layer.
    public var installedModelPath: String {
        let name = PathText.deletingExtension(PathText.lastComponent(path))   // user-ner-de
        return PathText.appending(folder, (name.hasPrefix("user-") ? String(name.dropFirst(5)) : name + "-base") + ".model")
    }
    public var exists: Bool { FileStatus(path: path)?.isRegular == true }

    /// The model saved here for `base`; a fresh one when there is no file. Throws on a file
    /// that cannot be read or is not a user model (the caller says so and keeps the file).
    public func load(base: TaggerModel, language: String, fingerprint: UInt64? = nil) throws -> (model: UserNERModel, weightsDropped: Bool) {
        let fingerprint = fingerprint ?? UserNERModel.fingerprint(of: base)
        guard exists else {
            return (UserNERModel(base: base, fingerprint: fingerprint, language: language, settings: .init()), false)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserModelFile.FormatError(description: "cannot read \(path)")
        }
        return try UserModelFile.decode(data, base: base, baseFingerprint: fingerprint)
    }

    public func save(_ model: UserNERModel) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try UserModelFile.encode(model).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Forgets the user model (the file goes; nothing else is touched).
    public func remove() throws {
        guard exists else { return }
        try FileManager.default.removeItem(atPath: path)
    }

    public var hasInstalledModel: Bool { FileStatus(path: installedModelPath)?.isRegular == true }

    /// The installed full model, nil if none; throws if it cannot be read.
    public func installedModel() throws -> TaggerModel? {
        guard hasInstalledModel else { return nil }
        guard let data = FileManager.default.contents(atPath: installedModelPath) else {
            throw UserModelFile.FormatError(description: "cannot read \(installedModelPath)")
        }
        do { return try ModelFile.decode(data) } catch {
            throw UserModelFile.FormatError(description: "\(installedModelPath): \(error)")
        }
    }

    /// Installs a full model (checked to decode) in place of the shipped one, atomically.
    public func install(_ data: Data) throws {
        _ = try ModelFile.decode(data)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: installedModelPath), options: .atomic)
    }

    /// Back to the shipped model (the installed one goes).
    public func uninstall() throws {
        guard hasInstalledModel else { return }
        try FileManager.default.removeItem(atPath: installedModelPath)
    }
}
