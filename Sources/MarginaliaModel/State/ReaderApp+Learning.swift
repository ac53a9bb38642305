import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis

/// The reader's side of the user model: every entity correction (accept, reject, retype, mark)
/// teaches the German tagger's user layer at once and saves it; the next article is analysed
/// with it (`ActiveUserModel`). A speaker the user sets is confirmed as a person's name. Quote
/// accepts and rejects teach nothing: quote detection has no learned part.
public final class ReaderLearning {
    /// False when config.toml says `learning = false`: a saved model is still used, never changed.
    public var enabled: Bool
    let environment: [String: String]
    /// Set when the user model could not be read or saved (shown once, learning then stops).
    public private(set) var problem: String?
    /// `:model reset` asks first; this is the pending question.
    var resetPending = false

    init(enabled: Bool, environment: [String: String]) {
        self.enabled = enabled
        self.environment = environment
    }

    /// Installs the lazy loader of the saved model: the file is read (and the shipped model
    /// fingerprinted) on the analysis thread the first time a German article needs it, not at start.
    static func prepare(environment: [String: String]) {
        guard let location = UserModelLocation(language: "de", environment: environment), location.exists else { return }
        ActiveUserModel.setLoader(language: "de") {
            if case .success(let loaded) = ActiveUserModel.loadGerman(environment: environment) { return loaded.model }
            return nil
        }
    }

    /// The model to change: the one in use, else the saved one, else a fresh one.
    func currentModel() -> (UserNERModel, UserModelLocation)? {
        if let m = ActiveUserModel.model(for: "de"), let location = UserModelLocation(language: "de", environment: environment) {
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
        ActiveUserModel.set(model, language: "de")
        do { try location.save(model) } catch {
            problem = "user model not saved (\(location.path)): \(error)"
        }
        return problem
    }
}

extension ReaderApp {
    /// Called for every edit: corrections of entities (and speakers) in German articles teach
    /// the user model.
    func learn(from edit: AnnotationEdit) {
        guard learning.enabled, let document, let analysis = document.analysis, analysis.language == .de else { return }
        let added = Self.addedAnnotations(edit).filter { $0.isCorrection && !$0.isOrphaned }
        guard !added.isEmpty else { return }
        let problem = learning.update { model in
            for a in added {
                if a.motivation == .identifying, let sentence = LearningSentences.sentence(containing: a.span, in: analysis) {
                    let words = LearningSentences.tagged(sentence, text: document.text, entities: document.entities)
                    guard let recognizer = ShippedResources.germanRecognizer, !words.words.isEmpty else { continue }
                    model.learn(words, extractor: recognizer.extractor)
                } else if a.motivation == .classifying, let speaker = a.speaker, !speaker.name.isEmpty {
                    model.confirm(speaker.name, as: .PER)
                }
            }
        }
        if let problem { show(message: problem, error: true); return }
        retagEntities(document)
    }

    /// The rest of the article reflects what was just learned (a marked name's other mentions
    /// appear, a rejected one's go): entities are found again with the updated user model. Only
    /// for articles of ordinary length: a long one (over `LaunchOptions.longArticle` code points)
    /// takes seconds, and gets the new suggestions the next time it is opened.
    func retagEntities(_ document: Document) {
        guard let raw = document.rawAnalysis, raw.language == .de, document.text.count <= LaunchOptions.longArticle else { return }
        document.replaceRawEntities(EntityRecognition.recognize(document.text, segmentation: raw.segmentation, language: .de))
        revalidateSelection()
    }

    /// `:entities-done`: the article's entity corrections are complete. Recorded for
    /// `train ner --from-annotations`, and every sentence of it teaches the user model now (the
    /// names left standing confirmed, the rest "not a name").
    func markEntitiesDone() {
        guard let document, let analysis = document.analysis else { show(message: "still analysing…"); return }
        guard var list = EntitiesDoneList(environment: learning.environment) else { show(message: "no home folder for the list", error: true); return }
        do {
            guard try list.add(document.text, path: document.article.path) else { show(message: "entities already marked complete"); return }
        } catch {
            show(message: "cannot write \(list.path): \(error)", error: true)
            return
        }
        var message = "entities marked complete"
        if learning.enabled, analysis.language == .de, let recognizer = ShippedResources.germanRecognizer {
            let problem = learning.update { model in
                for sentence in analysis.segmentation.sentences {
                    let tagged = LearningSentences.tagged(sentence, text: document.text, entities: document.entities)
                    if !tagged.words.isEmpty { model.learn(tagged, extractor: recognizer.extractor) }
                }
            }
            if let problem { show(message: problem, error: true); return }
            retagEntities(document)
            message += "; the user model learned its \(analysis.segmentation.sentences.count) sentences"
        }
        show(message: message)
    }

    static func addedAnnotations(_ edit: AnnotationEdit) -> [Annotation] {
        switch edit {
        case .insert(let a, _): return [a]
        case .replace(_, let new): return [new]
        case .batch(let edits): return edits.flatMap(addedAnnotations)
        default: return []
        }
    }

    /// `:model`: what the user model learned; `:model reset` asks, `:model reset yes` forgets.
    func modelCommand(_ arguments: [String]) {
        switch arguments.first {
        case nil:
            let m = ActiveUserModel.model(for: "de")
            var line = m.map(UserModelSummary.oneLine) ?? "no user model in use: nothing learned yet"
            if !learning.enabled { line = "learning off (config.toml) | " + line }
            show(message: line)
        case "reset":
            if arguments.dropFirst().first == "yes" || learning.resetPending {
                learning.resetPending = false
                guard let location = UserModelLocation(language: "de", environment: learning.environment) else { return }
                do { try location.remove() } catch { show(message: "cannot remove \(location.path): \(error)", error: true); return }
                ActiveUserModel.set(nil, language: "de")
                show(message: "user model reset: what the corrections taught is forgotten (the next article shows the shipped model)")
            } else {
                learning.resetPending = true
                show(message: "forget everything the user model learned? run :model reset again to confirm")
            }
        default:
            show(message: "usage: :model (show) or :model reset", error: true)
        }
    }

    /// The status-line mark: the user model is in use (and whether it learns).
    public var learningStatusText: String {
        guard let m = ActiveUserModel.modelIfLoaded(for: "de"), !m.isEmpty else { return "" }
        return learning.enabled ? "learned  " : "learned (off)  "
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
