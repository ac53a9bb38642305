import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis
import MarginaliaQuotes

/// What the learner takes from the corrections of one article: each edit that touches a
/// correction, undone edits taken back, and `:entities-done`.
extension SuggestionLearner {
    /// Called for every edit: corrections of entities (and speakers) in German articles teach
    /// the user model. Returns a problem to show (saving the model failed), if any.
    func learn(from edit: AnnotationEdit, in document: Document) -> AnnotationEffect? {
        guard enabled, let analysis = document.analysis, analysis.language == .de else { return nil }
        let added = Self.addedAnnotations(edit).filter { $0.isCorrection && !$0.isOrphaned }
        let removed = Self.addedAnnotations(edit.inverse).filter { $0.isCorrection && !$0.isOrphaned }
        guard !added.isEmpty || !removed.isEmpty else { return nil }
        let problem = update { model in
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
        if let problem { return .error(problem) }
        retagEntities(document, after: added)
        return nil
    }

    /// Undo of an edit that touched corrections: what it taught is unlearned (a sentence's
    /// correction by learning the layer again from the others, a quote correction counted back)
    /// and what it took away learned again: the inverse edit, learned.
    func unlearn(_ edit: AnnotationEdit, in document: Document) -> AnnotationEffect? { learn(from: edit.inverse, in: document) }

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
        guard let raw = document.rawAnalysis, let model = provider.ifLoaded() else { return }
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
        document.revalidateSelection()
    }

    static func isWholeWord(_ span: Span, in text: ArticleText) -> Bool {
        func letter(_ i: Int) -> Bool { i >= 0 && i < text.count && (text.scalars[i].properties.isAlphabetic || text.scalars[i].properties.numericType != nil) }
        return !letter(span.start - 1) && !letter(span.end)
    }

    /// `:entities-done`: the article's entity corrections are complete. Recorded for
    /// `train ner --from-annotations`, and every sentence of it teaches the user model now (the
    /// names left standing confirmed, the rest "not a name").
    func markEntitiesDone(_ document: Document) -> AnnotationEffect {
        guard let analysis = document.analysis else { return .message("still analysing…") }
        guard var list = EntitiesDoneList(environment: environment) else { return .error("no home folder for the list") }
        do {
            guard try list.add(document.text, path: document.article.path) else { return .message("entities already marked complete") }
        } catch {
            return .error("cannot write \(list.path): \(error)")
        }
        var message = "entities marked complete"
        if enabled, analysis.language == .de {
            let problem = update { model in
                guard let recognizer = ActiveUserModel.germanRecognizer(for: model) else { return }
                for sentence in analysis.segmentation.sentences {
                    let tagged = LearningSentences.tagged(sentence, text: document.text, entities: document.entities)
                    if !tagged.words.isEmpty { model.learn(tagged, extractor: recognizer.extractor) }
                }
            }
            if let problem { return .error(problem) }
            message += "; the user model learned its \(analysis.segmentation.sentences.count) sentences"
        }
        return .message(message)
    }

    static func addedAnnotations(_ edit: AnnotationEdit) -> [Annotation] {
        switch edit {
        case .insert(let a, _): return [a]
        case .replace(_, let new): return [new]
        case .batch(let edits): return edits.flatMap(addedAnnotations)
        default: return []
        }
    }
}
