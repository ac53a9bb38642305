import FoundationEssentials
import MarginaliaText

/// The user model the analysis uses, process-wide: the reader sets it at start and after every
/// correction, `analyze` at start (unless `--no-user-model`); nothing set means the shipped model
/// alone, so tests and tools that never set it see the shipped behaviour. A process-wide value
/// because articles are analysed on background threads created far from the reader's state,
/// and the next article must see what the last correction taught.
public enum ActiveUserModel {
    private static let lock = Lock()
    nonisolated(unsafe) private static var models: [String: UserNERModel] = [:]
    nonisolated(unsafe) private static var loaders: [String: @Sendable () -> UserNERModel?] = [:]

    /// The layer for `language` ("de"), if one is in use (a pending loader runs now, once).
    public static func model(for language: String) -> UserNERModel? {
        lock.withLock {
            if let loader = loaders.removeValue(forKey: language) { models[language] = loader() }
            return models[language]
        }
    }

    /// The layer for `language` if it is loaded already (never loads: for the status line).
    public static func modelIfLoaded(for language: String) -> UserNERModel? {
        lock.withLock { models[language] }
    }

    /// Sets (or with nil, clears) the layer for its language.
    public static func set(_ model: UserNERModel?, language: String) {
        lock.withLock { models[language] = model; loaders[language] = nil }
    }

    /// Loads the layer for `language` on first use (reading the file and fingerprinting the
    /// shipped model take milliseconds a reader's start should not wait for).
    public static func setLoader(language: String, _ load: @escaping @Sendable () -> UserNERModel?) {
        lock.withLock { loaders[language] = load; models[language] = nil }
    }

    /// The shipped German model's fingerprint, computed once (a few milliseconds).
    public static let shippedGermanFingerprint: UInt64? = {
        guard case .success(let m) = ShippedResources.germanModel else { return nil }
        return UserNERModel.fingerprint(of: m)
    }()

    /// The user's saved German layer over the shipped model (a fresh one if none is saved), or
    /// the reason it cannot be used. `weightsDropped`: the file was learned on another shipped
    /// model, so only its lexicon and corrections were kept.
    public static func loadGerman(environment: [String: String]) -> Result<LoadedUserModel, UserModelFile.FormatError> {
        guard case .success(let base) = ShippedResources.germanModel, let fingerprint = shippedGermanFingerprint else {
            return .failure(.init(description: "the German entity model is missing from the package"))
        }
        guard let location = UserModelLocation(language: "de", environment: environment) else {
            return .failure(.init(description: "no home folder for the user model (set HOME or XDG_DATA_HOME)"))
        }
        do {
            let (model, dropped) = try location.load(base: base, language: "de", fingerprint: fingerprint)
            return .success(LoadedUserModel(model: model, location: location, weightsDropped: dropped))
        } catch let e as UserModelFile.FormatError {
            return .failure(UserModelFile.FormatError(description: "\(location.path): \(e.description)"))
        } catch {
            return .failure(.init(description: "\(location.path): \(error)"))
        }
    }
}

/// A user model read from its file (a struct: a tuple payload in a Result crashed the debug build).
public struct LoadedUserModel: Sendable {
    public var model: UserNERModel
    public var location: UserModelLocation
    /// The file was learned on another shipped model: its weights were left out.
    public var weightsDropped: Bool
}
