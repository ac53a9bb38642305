import FoundationEssentials
import MarginaliaText
import MarginaliaStore
import MarginaliaEntities
import MarginaliaQuotes

/// What the annotation components (`AnnotationEditor`, `SuggestionLearner`, `SessionKeeper`)
/// leave for the coordinator, in order: messages for the status line, and what only the
/// coordinator can do (move the article view to a passage, open the bottom-line prompt, move a
/// pane's cursor). `ReaderApp.apply` carries them out.
enum AnnotationEffect: Equatable {
    case message(String, isError: Bool = false)
    /// Select the passage and scroll it into view (undo and redo show what they changed).
    case select(Span, SelectionUnit)
    case openPrompt(PromptKind, text: String, selected: Bool)
    /// Focus the Tags pane with its cursor on that row.
    case showTagsPane(row: Int)
    /// The Quotes pane's cursor follows the quote on the span to its new row (its speaker
    /// changed); nil: the quote left the list, the cursor stays among the quotes left.
    case followQuote(Span?)

    static func error(_ text: String) -> AnnotationEffect { .message(text, isError: true) }
}

/// Tagging, notes, corrections of the analysis, the tag set, undo and redo: the annotation
/// commands of the article and its panes. Every change goes through the article's
/// `AnnotationStore` (which saves it) and onto the article's undo stack; corrections teach the
/// `SuggestionLearner`. It works on the document it is handed (its store, selection and
/// `EditHistory`, kept per article) and returns `AnnotationEffect`s instead of reaching into
/// the reader. Its own state is what a note or speaker prompt will apply to once typed.
final class AnnotationEditor {
    let learner: SuggestionLearner
    /// The tag set of `config.toml` (else the defaults): what a new article gets.
    let configuredTagSet: [String]
    /// The passage a note or speaker prompt will apply to (fixed when the prompt opens).
    private(set) var promptTarget: Span?
    /// The quotes a speaker prompt opened on a speaker header renames (empty: just `promptTarget`).
    private(set) var promptGroup: [Span] = []

    init(learner: SuggestionLearner, configuredTagSet: [String]?) {
        self.learner = learner
        self.configuredTagSet = configuredTagSet ?? AnnotationCollection.defaultTagSet
    }

    /// The tags digits 1-9 apply: the article's own tag set if it has one (`:tags`), else the
    /// config's, else the defaults.
    func tagSet(of document: Document?) -> [String] {
        if let stored = document?.store?.tagSet, stored != AnnotationCollection.defaultTagSet { return stored }
        return configuredTagSet
    }

    /// A note or speaker prompt opens on `target` (and the `group` of quotes a speaker renames).
    func aim(at target: Span?, group: [Span] = []) {
        promptTarget = target
        promptGroup = group
    }

    // MARK: Edits

    /// Performs a store edit if the article is writable, records it for undo, refreshes the
    /// corrected analysis and teaches the learner. Returns false (with a message) when nothing
    /// could be done.
    @discardableResult
    func perform(_ description: String, span: Span?, in document: Document, _ effects: inout [AnnotationEffect],
                 _ body: (AnnotationStore) -> AnnotationEdit) -> Bool {
        guard let store = document.store else { effects.append(.message("still loading the annotations…")); return false }
        if case .readOnly(let reason) = store.access {
            effects.append(.error("read-only (\(reason)): not changed"))
            return false
        }
        let edit = body(store)
        guard !edit.isEmpty else { return false }
        document.history.record(UndoEntry(edit: edit, description: description, span: span))
        document.annotationsChanged(correctionsChanged: edit.touchesCorrections)
        if edit.touchesCorrections, let problem = learner.learn(from: edit, in: document) { effects.append(problem) }
        document.revalidateSelection()
        effects.append(.message(description))
        return true
    }

    /// A read-only store's refusal, before a prompt opens for a change it could not save.
    func refusal(_ document: Document, _ what: String = "not changed") -> AnnotationEffect? {
        guard let store = document.store, case .readOnly(let reason) = store.access else { return nil }
        return .error("read-only (\(reason)): \(what)")
    }

    // MARK: Undo

    func undo(count: Int, in document: Document) -> [AnnotationEffect] {
        guard let store = document.store else { return [] }
        var effects: [AnnotationEffect] = []
        for _ in 0..<count {
            guard let entry = document.history.takeUndo() else { effects.append(.message("nothing to undo")); break }
            store.perform(entry.edit.inverse)
            document.annotationsChanged(correctionsChanged: entry.edit.touchesCorrections)
            if entry.edit.touchesCorrections, let problem = learner.unlearn(entry.edit, in: document) { effects.append(problem) }
            effects += reselect(entry.span, in: document)
            effects.append(.message("undone: \(entry.description)"))
        }
        return effects
    }

    func redo(count: Int, in document: Document) -> [AnnotationEffect] {
        guard let store = document.store else { return [] }
        var effects: [AnnotationEffect] = []
        for _ in 0..<count {
            guard let entry = document.history.takeRedo() else { effects.append(.message("nothing to redo")); break }
            store.perform(entry.edit)
            document.annotationsChanged(correctionsChanged: entry.edit.touchesCorrections)
            if entry.edit.touchesCorrections, let problem = learner.learn(from: entry.edit, in: document) { effects.append(problem) }
            effects += reselect(entry.span, in: document)
            effects.append(.message("redone: \(entry.description)"))
        }
        return effects
    }

    /// Undo and redo select the passage they changed, so the user sees what happened.
    private func reselect(_ span: Span?, in document: Document) -> [AnnotationEffect] {
        guard let span, span.end <= document.text.count else { document.revalidateSelection(); return [] }
        if let i = document.sentences.firstIndex(of: span) { return [.select(span, .sentence(i))] }
        if let i = document.paragraphs.firstIndex(of: span) { return [.select(span, .paragraph(i))] }
        if let i = document.entities.firstIndex(where: { $0.span == span }) { return [.select(span, .entity(i))] }
        if let i = document.quotes.firstIndex(where: { $0.span == span }) { return [.select(span, .quote(i))] }
        return [.select(span, .range)]
    }
}

extension Document {
    /// After corrections change the entity or quote lists, the selection's index is looked up again.
    func revalidateSelection() {
        guard var selection, !selection.isVisual else { return }
        switch selection.unit {
        case .entity:
            selection.unit = entities.firstIndex { $0.span == selection.span }.map { .entity($0) } ?? .range
        case .quote:
            selection.unit = quotes.firstIndex { $0.span == selection.span }.map { .quote($0) } ?? .range
        default: return
        }
        self.selection = selection
    }

    /// A visual range stays selected as a plain range once something was done with it.
    func endVisualKeepingRange() {
        guard var selection, selection.isVisual else { return }
        selection.anchor = nil
        selection.head = nil
        selection.unit = .range
        self.selection = selection
    }

    /// The selection without the spaces and newlines at its ends (a visual range of words).
    var trimmedSelection: Span? {
        guard var span = selection?.span else { return nil }
        let scalars = text.scalars
        while span.start < span.end, scalars[span.start].properties.isWhitespace { span.start += 1 }
        while span.end > span.start, scalars[span.end - 1].properties.isWhitespace { span.end -= 1 }
        return span
    }

    /// Selects the entity mention on `span`, if there is one (after marking or retyping it).
    func selectEntity(on span: Span) {
        if let i = entities.firstIndex(where: { $0.span == span }) { selection = Selection(span: span, unit: .entity(i)) }
    }
}
