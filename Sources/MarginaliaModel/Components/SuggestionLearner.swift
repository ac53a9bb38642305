import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis

/// The reader's side of the user model: every entity correction (accept, reject, retype, mark)
/// teaches the German tagger's user layer at once and saves it; the next article is analysed
/// with it (the session's `UserModelProvider`, which the document list hands to new articles).
/// Quote corrections teach the user's quote lexicon (`UserQuoteLexicon`); a speaker the user
/// sets is confirmed as a person's name. Undo unlearns, redo learns again. Learning happens
/// with the edit itself (the sentences it touched), not in the background; problems come back
/// as effects for the coordinator to show (SuggestionLearner+Corrections.swift).
public final class SuggestionLearner {
    /// False when config.toml says `learning = false`: a saved model is still used, never changed.
    public var enabled: Bool
    let environment: [String: String]
    /// Set when the user model could not be read or saved (shown once, learning then stops).
    public private(set) var problem: String?
    /// `:model reset` asks first; this is the pending question.
    var resetPending = false

    /// The session's user model, shared with the analyses of articles opened later.
    public let provider: UserModelProvider

    init(enabled: Bool, environment: [String: String], provider: UserModelProvider) {
        self.enabled = enabled
        self.environment = environment
        self.provider = provider
    }

    static func newProvider() -> UserModelProvider { UserModelProvider() }

    /// A provider that reads the saved model lazily: on the analysis thread, the first time a
    /// German article needs it (reading it and fingerprinting the shipped model take
    /// milliseconds a reader's start should not wait for).
    static func provider(environment: [String: String]) -> UserModelProvider {
        let provider = UserModelProvider()
        guard let location = UserModelLocation(language: "de", environment: environment),
              location.exists || location.hasInstalledModel else { return provider }
        provider.setLoader {
            if case .success(let loaded) = ActiveUserModel.loadGerman(environment: environment) { return loaded.model }
            return nil
        }
        return provider
    }

    /// The model to change: the one in use, else the saved one, else a fresh one.
    func currentModel() -> (UserNERModel, UserModelLocation)? {
        if let m = provider.current(), let location = UserModelLocation(language: "de", environment: environment) {
            return (m, location)
        }
        switch ActiveUserModel.loadGerman(environment: environment) {
        case .success(let loaded): return (loaded.model, loaded.location)
        case .failure(let e):
            problem = e.description
            return nil
        }
    }

    /// Learns, saves and puts in use; returns a problem to show, if any.
    func update(_ change: (inout UserNERModel) -> Void) -> String? {
        guard enabled, problem == nil, let current = currentModel() else { return problem }
        var model = current.0
        let location = current.1
        change(&model)
        provider.set(model)
        do { try location.save(model) } catch {
            problem = "user model not saved (\(location.path)): \(error)"
        }
        return problem
    }

    /// `:model`: what the user model learned; `:model reset` asks, `:model reset yes` forgets.
    func modelCommand(_ arguments: [String]) -> [AnnotationEffect] {
        switch arguments.first {
        case nil:
            var line = provider.current().map(UserModelSummary.oneLine) ?? "no user model in use: nothing learned yet"
            if !enabled { line = "learning off (config.toml) | " + line }
            return [.message(line)]
        case "reset":
            guard arguments.dropFirst().first == "yes" || resetPending else {
                resetPending = true
                return [.message("forget everything the user model learned? run :model reset again to confirm")]
            }
            resetPending = false
            guard let location = UserModelLocation(language: "de", environment: environment) else { return [] }
            do { try location.remove(); try location.uninstall() } catch {
                return [.error("cannot remove \(location.path): \(error)")]
            }
            provider.set(nil)
            return [.message("user model reset: what the corrections taught is forgotten (the next article shows the shipped model)")]
        default:
            return [.error("usage: :model (show) or :model reset")]
        }
    }

    /// The status-line mark: the user model is in use (and whether it learns).
    var statusText: String {
        guard let m = provider.ifLoaded(), !m.isEmpty else { return "" }
        return enabled ? "learned  " : "learned (off)  "
    }
}

/// The sentence of a correction (see `CorrectedSentences` for its labels).
enum LearningSentences {
    static func sentence(containing span: Span, in analysis: ArticleAnalysis) -> Span? {
        analysis.segmentation.sentences.first { $0.start <= span.start && span.end <= $0.end }
            ?? analysis.segmentation.sentences.first { $0.overlaps(span) }
    }

    static func tagged(_ sentence: Span, text: ArticleText, entities: [EntityMention]) -> TaggedSentence {
        CorrectedSentences.tagged(sentence, text: text, entities: entities)
    }
}
