import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis
import MarginaliaQuotes

/// The reader's side of the user model: every entity correction (accept, reject, retype, mark)
/// teaches the German tagger's user layer at once and saves it; the next article is analysed
/// with it (the session's `UserModelProvider`, which the document list hands to new articles).
/// Quote corrections teach the user's quote lexicon (`UserQuoteLexicon`); a speaker the user
/// sets is confirmed as a person's name. Undo unlearns, redo learns again.
public final class ReaderLearning {
    /// False when config.toml says `learning = false`: a saved model is still used, never changed.
    public var enabled: Bool
    let environment: [String: String]
    /// Set when the user model could not be read or saved (shown once, learning then stops).
    public private(set) var problem: String?
    /// `:model reset` asks first; this is the pending question.
    var resetPending = false

    /// The session's user model, shared with the analyses of articles opened later.
    let provider: UserModelProvider

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
}

extension ReaderApp {
    /// Called for every edit: corrections of entities (and speakers) in German articles teach
    /// the user model.
    func learn(from edit: AnnotationEdit) {
        guard learning.enabled, let document, let analysis = document.analysis, analysis.language == .de else { return }
        let added = Self.addedAnnotations(edit).filter { $0.isCorrection && !$0.isOrphaned }
        let removed = Self.addedAnnotations(edit.inverse).filter { $0.isCorrection && !$0.isOrphaned }
        guard !added.isEmpty || !removed.isEmpty else { return }
        let problem = learning.update { model in
            guard let recognizer = ActiveUserModel.germanRecognizer(for: model) else { return }
            // What the edit took away is unlearned first (one new learning pass for its sentences).
            var sentences: [[String]] = []
            for a in removed {
                if a.motivation == .identifying, let words = sentenceWords(a, document: document, analysis: analysis) {
                    sentences.append(words.words)
                } else {
                    teachQuote(&model, a, document: document, count: -1)
                }
            }
            model.unlearn(sentences, extractor: recognizer.extractor)
            for a in added {
                if a.motivation == .identifying, let words = sentenceWords(a, document: document, analysis: analysis) {
                    model.learn(words, extractor: recognizer.extractor)
                } else {
                    teachQuote(&model, a, document: document, count: 1)
                }
            }
        }
        if let problem { show(message: problem, error: true); return }
        retagEntities(document, after: added)
    }

    /// Undo of an edit that touched corrections: what it taught is unlearned (a sentence's
    /// correction by learning the layer again from the others, a quote correction counted back)
    /// and what it took away learned again: the inverse edit, learned.
    func unlearn(_ edit: AnnotationEdit) { learn(from: edit.inverse) }

    /// The corrected sentence of an entity correction, as the reader now shows it.
    private func sentenceWords(_ a: Annotation, document: Document, analysis: ArticleAnalysis) -> TaggedSentence? {
        guard let sentence = LearningSentences.sentence(containing: a.span, in: analysis) else { return nil }
        let words = LearningSentences.tagged(sentence, text: document.text, entities: document.entities)
        return words.words.isEmpty ? nil : words
    }

    /// A quote correction taught (`count` 1) or taken back (-1).
    private func teachQuote(_ model: inout UserNERModel, _ a: Annotation, document: Document, count: Int) {
        guard a.motivation == .classifying, !a.span.isEmpty, a.span.end <= document.text.count else { return }
        let suggested = document.rawAnalysis?.quotes.first { $0.span == a.span }?.speaker?.canonical
        model.learnQuote(document.text[a.span], isQuote: a.value != CorrectionValue.notQuote,
                         suggestedSpeaker: suggested, speaker: a.speaker?.name, count: count)
    }

    /// The rest of the article reflects what was just learned, at once and without a new
    /// analysis: other occurrences of a name the user marked or retyped become suggestions of
    /// that type, and a name now silenced (rejected twice) goes everywhere.
    func retagEntities(_ document: Document, after corrections: [Annotation]) {
        guard let raw = document.rawAnalysis, let model = learning.provider.ifLoaded() else { return }
        var entities = raw.entities.filter { !model.lexicon.isSilenced($0.text) }
        for c in corrections where c.motivation == .identifying {
            guard let value = c.value, let type = EntityType(rawValue: value), !c.span.isEmpty else { continue }
            let name = document.text[c.span]
            for span in TextSearch.find(name, in: document.text) where span != c.span && Self.isWholeWord(span, in: document.text)
                && !entities.contains(where: { $0.span.overlaps(span) }) {
                entities.append(EntityMention(span: span, text: name, type: type, canonical: name, confidence: UserNameLexicon.confidence))
            }
        }
        guard entities.map(\.span) != raw.entities.map(\.span) else { return }
        entities.sort { $0.span < $1.span }
        document.replaceRawEntities(entities)
        revalidateSelection()
    }

    static func isWholeWord(_ span: Span, in text: ArticleText) -> Bool {
        func letter(_ i: Int) -> Bool { i >= 0 && i < text.count && (text.scalars[i].properties.isAlphabetic || text.scalars[i].properties.numericType != nil) }
        return !letter(span.start - 1) && !letter(span.end)
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
        if learning.enabled, analysis.language == .de {
            let problem = learning.update { model in
                guard let recognizer = ActiveUserModel.germanRecognizer(for: model) else { return }
                for sentence in analysis.segmentation.sentences {
                    let tagged = LearningSentences.tagged(sentence, text: document.text, entities: document.entities)
                    if !tagged.words.isEmpty { model.learn(tagged, extractor: recognizer.extractor) }
                }
            }
            if let problem { show(message: problem, error: true); return }
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
            let m = learning.provider.current()
            var line = m.map(UserModelSummary.oneLine) ?? "no user model in use: nothing learned yet"
            if !learning.enabled { line = "learning off (config.toml) | " + line }
            show(message: line)
        case "reset":
            if arguments.dropFirst().first == "yes" || learning.resetPending {
                learning.resetPending = false
                guard let location = UserModelLocation(language: "de", environment: learning.environment) else { return }
                do { try location.remove(); try location.uninstall() } catch { show(message: "cannot remove \(location.path): \(error)", error: true); return }
                learning.provider.set(nil)
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
        guard let m = learning.provider.ifLoaded(), !m.isEmpty else { return "" }
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
