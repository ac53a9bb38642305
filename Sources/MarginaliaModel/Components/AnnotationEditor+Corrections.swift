import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaQuotes

/// Corrections of the analysis: accepting, rejecting and retyping entities and quotes, setting
/// speakers, and marking what the analysis missed (`mark-entity TYPE`, `mark-quote [SPEAKER]`).
extension AnnotationEditor {
    /// The entity mention the selection is on, if any.
    func selectedEntity(in document: Document) -> EntityMention? {
        guard let selection = document.selection else { return nil }
        return document.entities.first { $0.span == selection.span }
    }

    /// The quote the selection is on, if any.
    func selectedQuoteIndex(in document: Document) -> Int? {
        guard let selection = document.selection else { return nil }
        if case .quote(let i) = selection.unit, document.quotes.indices.contains(i), document.quotes[i].span == selection.span { return i }
        return document.quotes.firstIndex { $0.span == selection.span || $0.spans.contains(selection.span) }
    }

    /// `a`: confirms the selected entity (or quote).
    func accept(in document: Document) -> [AnnotationEffect] {
        var effects: [AnnotationEffect] = []
        if let entity = selectedEntity(in: document) {
            perform("accepted \(entity.text) as \(entity.type.rawValue)", span: entity.span, in: document, &effects) {
                $0.correctEntity(entity.span, type: entity.type.rawValue)
            }
        } else if let q = selectedQuoteIndex(in: document) {
            effects = acceptQuote(q, in: document)
        } else {
            effects.append(.message("select an entity (e/E) or a quote (Quotes pane) to accept it"))
        }
        return effects
    }

    /// `r`: rejects the selected entity (or quote) as a false suggestion.
    func reject(in document: Document) -> [AnnotationEffect] {
        var effects: [AnnotationEffect] = []
        if let entity = selectedEntity(in: document) {
            perform("rejected \(entity.text) (not an entity)", span: entity.span, in: document, &effects) { $0.correctEntity(entity.span, type: nil) }
        } else if let q = selectedQuoteIndex(in: document) {
            effects = rejectQuote(q, in: document)
        } else {
            effects.append(.message("select an entity (e/E) or a quote (Quotes pane) to reject it"))
        }
        return effects
    }

    /// `t`: cycles the selected entity's type PER → LOC → ORG → MISC (`:retype LOC` sets it).
    /// Only an entity: a sentence or a range becomes one with `mark-entity` (`markKey` names its key).
    func retype(to explicit: EntityType? = nil, in document: Document, markKey: String) -> [AnnotationEffect] {
        guard let entity = selectedEntity(in: document) else {
            return [.message("select an entity (e/E) to change its type; \(markKey) makes the selection one")]
        }
        let all = EntityType.allCases
        let type = explicit ?? all[(all.firstIndex(of: entity.type)! + 1) % all.count]
        let span = entity.span
        var effects: [AnnotationEffect] = []
        perform("\(entity.text) is \(type.rawValue)", span: span, in: document, &effects) { $0.correctEntity(span, type: type.rawValue) }
        document.selectEntity(on: span)
        return effects
    }

    func acceptQuote(_ index: Int, in document: Document) -> [AnnotationEffect] {
        guard document.quotes.indices.contains(index) else { return [] }
        let quote = document.quotes[index]
        let speaker = quote.speaker.map { SpeakerBody(name: $0.canonical.isEmpty ? $0.text : $0.canonical, span: $0.span.isEmpty ? nil : $0.span) }
        var effects: [AnnotationEffect] = []
        perform("quote confirmed", span: quote.span, in: document, &effects) { $0.correctQuote(quote.span, isQuote: true, speaker: speaker) }
        return effects
    }

    func rejectQuote(_ index: Int, in document: Document) -> [AnnotationEffect] {
        guard document.quotes.indices.contains(index) else { return [] }
        let span = document.quotes[index].span
        var effects: [AnnotationEffect] = []
        perform("rejected: not a quote", span: span, in: document, &effects) { $0.correctQuote(span, isQuote: false) }
        return effects + [.followQuote(nil)]
    }

    /// Opens the speaker prompt for quote `index` (prefilled with the current speaker).
    func startSpeakerPrompt(_ index: Int, in document: Document) -> [AnnotationEffect] {
        guard document.quotes.indices.contains(index) else { return [.message("no quote selected")] }
        if let refusal = refusal(document) { return [refusal] }
        let quote = document.quotes[index]
        aim(at: quote.span)
        return [.openPrompt(.speaker, text: quote.speaker.map { $0.canonical.isEmpty ? $0.text : $0.canonical } ?? "", selected: true)]
    }

    /// `s` on a speaker header of the Quotes pane: one name for all of that speaker's quotes
    /// (a pronoun or role resolved wrongly, or the quotes of "unknown speaker").
    func startGroupSpeakerPrompt(_ header: PaneItem, in document: Document) -> [AnnotationEffect] {
        guard let first = header.targets.first else { return [] }
        if let refusal = refusal(document) { return [refusal] }
        aim(at: first.span, group: header.targets.map(\.span))
        return [.openPrompt(.speaker, text: header.name == PaneRows.unknownSpeaker ? "" : header.name, selected: true)]
    }

    /// The speaker prompt's Enter (or `:speaker NAME` on `quote`): the name for the quote or
    /// quotes the prompt was opened on.
    func setSpeaker(_ name: String, quote: Int? = nil, in document: Document) -> [AnnotationEffect] {
        if let quote {
            guard document.quotes.indices.contains(quote) else { return [.message("no quote selected")] }
            aim(at: document.quotes[quote].span)
        }
        guard let span = promptTarget else { return [] }
        let spans = promptGroup.isEmpty ? [span] : promptGroup
        aim(at: nil)
        let name = name.trimmingSpaces
        guard !name.isEmpty else { return [.message("speaker unchanged")] }
        let what = spans.count == 1 ? "speaker: \(name)" : "speaker: \(name) (\(spans.count) quotes)"
        var effects: [AnnotationEffect] = []
        perform(what, span: span, in: document, &effects) { store in .batch(spans.map { store.correctQuote($0, isQuote: true, speaker: SpeakerBody(name: name)) }) }
        return effects + [.followQuote(span)]
    }

    /// `:mark-entity PER`: the selection becomes an entity mention of that type (replacing
    /// overlapping mentions), saved as an identifying annotation, undoable, exported. No type:
    /// the command line opens for one.
    func markEntity(_ argument: String, in document: Document) -> [AnnotationEffect] {
        guard let type = EntityType(rawValue: argument.trimmingSpaces.uppercased()) else {
            if argument.trimmingSpaces.isEmpty { return [.openPrompt(.command, text: "mark-entity ", selected: false)] }
            return [.error("entity types: PER LOC ORG MISC")]
        }
        guard let span = document.trimmedSelection, !span.isEmpty else { return [.message("nothing selected")] }
        let surface = document.text[span]
        var effects: [AnnotationEffect] = []
        perform("\(surface) marked \(type.rawValue)", span: span, in: document, &effects) { $0.correctEntity(span, type: type.rawValue) }
        document.endVisualKeepingRange()
        document.selectEntity(on: span)
        return effects
    }

    /// `:mark-quote [SPEAKER]`: the selection becomes a direct quote (with the speaker, if
    /// named), saved as a classifying annotation; without a name the speaker prompt opens.
    func markQuote(_ speaker: String, in document: Document) -> [AnnotationEffect] {
        guard let span = document.trimmedSelection, !span.isEmpty else { return [.message("nothing selected")] }
        let name = speaker.trimmingSpaces
        let body = name.isEmpty ? nil : SpeakerBody(name: name)
        var effects: [AnnotationEffect] = []
        perform("quote marked" + (name.isEmpty ? "" : ", speaker: \(name)"), span: span, in: document, &effects) {
            $0.correctQuote(span, isQuote: true, speaker: body)
        }
        document.endVisualKeepingRange()
        if name.isEmpty, let q = document.quotes.firstIndex(where: { $0.span == span }) { effects += startSpeakerPrompt(q, in: document) }
        return effects
    }
}
