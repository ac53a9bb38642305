import FoundationEssentials
import MarginaliaText
import Synchronization

/// Hands a user model to analyses running on other threads: the reader owns one per session
/// (each new article is analysed with what the last correction taught), `analyze` uses
/// `ActiveUserModel.process`. The saved file may be read lazily, on the first analysis that
/// needs it, so a reader's start never waits for it.
public final class UserModelProvider: Sendable {
    private struct State {
        var model: UserNERModel?
        var loader: (@Sendable () -> UserNERModel?)?
    }
    private let state = Mutex(State())

    public init() {}

    /// The model in use, loading it first if a loader is pending.
    public func current() -> UserNERModel? {
        state.withLock { s in
            if let load = s.loader { s.model = load(); s.loader = nil }
            return s.model
        }
    }

    /// The model if it is loaded already (never loads: for the status line).
    public func ifLoaded() -> UserNERModel? { state.withLock { $0.model } }

    public func set(_ m: UserNERModel?) { state.withLock { $0.model = m; $0.loader = nil } }

    public func setLoader(_ load: @escaping @Sendable () -> UserNERModel?) { state.withLock { $0.loader = load; $0.model = nil } }
}

/// Loading the user's German model, and the one the `analyze` command's process uses.
public enum ActiveUserModel {
    /// Set by `analyze` (unless `--no-user-model`); analyses given no model explicitly use it.
    public static let process = UserModelProvider()

    /// The shipped German model's fingerprint, computed once (a few milliseconds).
    public static let shippedGermanFingerprint: UInt64? = {
        guard case .success(let m) = ShippedResources.germanModel else { return nil }
        return UserNERModel.fingerprint(of: m)
    }()

    /// The user's saved German layer over the model in use (the one the user installed, else the
    /// shipped one; a fresh layer if none is saved), or the reason it cannot be used. A layer
    /// saved over another model keeps its names and corrections; its weights are learned again
    /// from the kept corrections.
    public static func loadGerman(environment: [String: String]) -> Result<LoadedUserModel, UserModelFile.FormatError> {
        guard case .success(let shipped) = ShippedResources.germanModel, let shippedFingerprint = shippedGermanFingerprint else {
            return .failure(.init(description: "the German entity model is missing from the package"))
        }
        guard let location = UserModelLocation(language: "de", environment: environment) else {
            return .failure(.init(description: "no home folder for the user model (set HOME or XDG_DATA_HOME)"))
        }
        do {
            var base = shipped, fingerprint = shippedFingerprint
            if let installed = try location.installedModel() { (base, fingerprint) = (installed, UserNERModel.fingerprint(of: installed)) }
            var (model, dropped) = try location.load(base: base, language: "de", fingerprint: fingerprint)
            if dropped, let recognizer = germanRecognizer(for: model) {
                model = model.relearned(extractor: recognizer.extractor)
                dropped = false
            }
            return .success(LoadedUserModel(model: model, location: location, weightsDropped: dropped))
        } catch let e as UserModelFile.FormatError {
            return .failure(UserModelFile.FormatError(description: "\(location.path): \(e.description)"))
        } catch {
            return .failure(.init(description: "\(location.path): \(error)"))
        }
    }

    /// The German recognizer for a user layer: the shipped one, or one over the model the user
    /// installed (its own common words and hash size make its features).
    public static func germanRecognizer(for user: UserNERModel?) -> GermanRecognizer? {
        guard var shipped = ShippedResources.germanRecognizer else { return nil }
        guard let user else { return shipped }
        if user.baseFingerprint == shippedGermanFingerprint {
            shipped.user = user
            return shipped
        }
        return GermanRecognizer(model: user.base, lexicon: ShippedResources.lexicon, user: user)
    }
}

/// A user model read from its file (a struct: a tuple payload in a Result crashed the debug build).
public struct LoadedUserModel: Sendable {
    public var model: UserNERModel
    public var location: UserModelLocation
    /// The file was learned on another shipped model: its weights were left out.
    public var weightsDropped: Bool
}
