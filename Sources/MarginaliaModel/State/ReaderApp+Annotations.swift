import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaStore
import MarginaliaAnalysis
import MarginaliaQuotes

/// Tagging, notes, corrections of the analysis, undo and redo. Every change goes through the
/// article's `AnnotationStore` (which saves it) and onto the article's undo stack.
extension ReaderApp {
    /// Performs a store edit if the article is writable, records it for undo, refreshes the
    /// corrected analysis. Returns false (with a message) when nothing could be done.
    @discardableResult
    func performEdit(_ description: String, span: Span?, _ body: (AnnotationStore) -> AnnotationEdit) -> Bool {
        guard let document else { show(message: "no article"); return false }
        guard let store = document.store else { show(message: "still loading the annotations…"); return false }
        if case .readOnly(let reason) = store.access {
            show(message: "read-only (\(reason)): not changed", error: true)
            return false
        }
        let edit = body(store)
        guard !edit.isEmpty else { return false }
        document.undoStack.append(UndoEntry(edit: edit, description: description, span: span))
        document.redoStack.removeAll()
        document.annotationsChanged(correctionsChanged: edit.touchesCorrections)
        if edit.touchesCorrections { learn(from: edit) }
        revalidateSelection()
        show(message: description)
        return true
    }

    /// After corrections change the entity or quote lists, the selection's index is looked up again.
    func revalidateSelection() {
        guard let document, var selection = document.selection, !selection.isVisual else { return }
        switch selection.unit {
        case .entity:
            selection.unit = document.entities.firstIndex { $0.span == selection.span }.map { .entity($0) } ?? .range
        case .quote:
            selection.unit = document.quotes.firstIndex { $0.span == selection.span }.map { .quote($0) } ?? .range
        default: return
        }
        document.selection = selection
    }

    var selectedSpan: Span? { document?.selection?.span }

    /// Undo and redo select the passage they changed, so the user sees what happened.
    func reselect(_ span: Span?) {
        guard let document else { return }
        guard let span, span.end <= document.text.count else { revalidateSelection(); return }
        if let i = document.sentences.firstIndex(of: span) {
            select(span, unit: .sentence(i), extendVisual: false)
        } else if let i = document.paragraphs.firstIndex(of: span) {
            select(span, unit: .paragraph(i), extendVisual: false)
        } else if let i = document.entities.firstIndex(where: { $0.span == span }) {
            select(span, unit: .entity(i), extendVisual: false)
        } else if let i = document.quotes.firstIndex(where: { $0.span == span }) {
            select(span, unit: .quote(i), extendVisual: false)
        } else {
            select(span, unit: .range, extendVisual: false)
        }
    }

    // MARK: Tags

    /// `1`..`9`: adds tag `number` of the tag set to the selection.
    public func tagSelection(_ number: Int) {
        let tags = tagSet
        guard tags.indices.contains(number - 1) else {
            show(message: "no tag \(number): the tag set is \(tags.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", "))", error: true)
            return
        }
        guard let span = selectedSpan, !span.isEmpty else { show(message: "nothing selected"); return }
        let tag = tags[number - 1]
        let done = performEdit("tagged \(tag)", span: span) { store in
            // The file records the tag set the tags come from.
            var edits: [AnnotationEdit] = []
            if store.tagSet != tags { edits.append(store.setTagSet(tags)) }
            edits.append(store.tag(span, with: tag))
            return .batch(edits)
        }
        if !done, document?.store?.isReadOnly == false { show(message: "already tagged \(tag)") }
        endVisualKeepingRange()
    }

    /// `x`: removes the tags on the selection.
    /// A visual range stays selected as a plain range once something was done with it.
    func endVisualKeepingRange() {
        guard let document, var selection = document.selection, selection.isVisual else { return }
        selection.anchor = nil
        selection.head = nil
        selection.unit = .range
        document.selection = selection
    }

    // MARK: Notes

    /// `c`: edits the note of the selection (the prompt starts with the current note).
    public func startNote(on span: Span? = nil) {
        guard let span = span ?? selectedSpan, !span.isEmpty else { show(message: "nothing selected"); return }
        if let store = document?.store, case .readOnly(let reason) = store.access {
            show(message: "read-only (\(reason)): notes cannot be changed", error: true)
            return
        }
        let current = document?.store?.items.first { ($0.motivation == .tagging || $0.motivation == .commenting) && $0.span == span && !$0.isOrphaned }?.note
        promptLine.target = span
        openPrompt(.note, text: current ?? "")
    }

    func saveNote(_ text: String) {
        guard let span = promptLine.target else { return }
        promptLine.target = nil
        let note = text.trimmingSpaces
        if !performEdit(note.isEmpty ? "note removed" : "note saved", span: span, { $0.setNote(on: span, note.isEmpty ? nil : note) }),
           document?.store?.isReadOnly == false {
            show(message: "note unchanged")
        }
        endVisualKeepingRange()
    }

    // MARK: Corrections

    /// The entity mention the selection is on, if any.
    var selectedEntity: EntityMention? {
        guard let document, let selection = document.selection else { return nil }
        return document.entities.first { $0.span == selection.span }
    }

    /// The quote the selection is on, if any.
    var selectedQuoteIndex: Int? {
        guard let document, let selection = document.selection else { return nil }
        if case .quote(let i) = selection.unit, document.quotes.indices.contains(i), document.quotes[i].span == selection.span { return i }
        return document.quotes.firstIndex { $0.span == selection.span || $0.spans.contains(selection.span) }
    }

    /// `a`: confirms the selected entity (or quote).
    public func acceptSelection() {
        if let entity = selectedEntity {
            performEdit("accepted \(entity.text) as \(entity.type.rawValue)", span: entity.span) { $0.correctEntity(entity.span, type: entity.type.rawValue) }
        } else if let q = selectedQuoteIndex {
            acceptQuote(q)
        } else {
            show(message: "select an entity (e/E) or a quote (Quotes pane) to accept it")
        }
    }

    /// `r`: rejects the selected entity (or quote) as a false suggestion.
    public func rejectSelection() {
        if let entity = selectedEntity {
            performEdit("rejected \(entity.text) (not an entity)", span: entity.span) { $0.correctEntity(entity.span, type: nil) }
        } else if let q = selectedQuoteIndex {
            rejectQuote(q)
        } else {
            show(message: "select an entity (e/E) or a quote (Quotes pane) to reject it")
        }
    }

    /// `t`: cycles the selected entity's type PER → LOC → ORG → MISC (`:retype LOC` sets it).
    /// Only an entity: a sentence or a range becomes one with `mark-entity` (ReaderApp+Marking).
    public func retypeSelection(to explicit: EntityType? = nil) {
        guard let entity = selectedEntity else {
            show(message: "select an entity (e/E) to change its type; \(keysOrName("mark-entity")) makes the selection one")
            return
        }
        let all = EntityType.allCases
        let type = explicit ?? all[(all.firstIndex(of: entity.type)! + 1) % all.count]
        let span = entity.span
        performEdit("\(entity.text) is \(type.rawValue)", span: span) { $0.correctEntity(span, type: type.rawValue) }
        if let document, let i = document.entities.firstIndex(where: { $0.span == span }) {
            document.selection = Selection(span: span, unit: .entity(i))
        }
    }

    public func acceptQuote(_ index: Int) {
        guard let document, document.quotes.indices.contains(index) else { return }
        let quote = document.quotes[index]
        let speaker = quote.speaker.map { SpeakerBody(name: $0.canonical.isEmpty ? $0.text : $0.canonical, span: $0.span.isEmpty ? nil : $0.span) }
        performEdit("quote confirmed", span: quote.span) { $0.correctQuote(quote.span, isQuote: true, speaker: speaker) }
    }

    public func rejectQuote(_ index: Int) {
        guard let document, document.quotes.indices.contains(index) else { return }
        let span = document.quotes[index].span
        performEdit("rejected: not a quote", span: span) { $0.correctQuote(span, isQuote: false) }
        followPaneCursor(.quotes, to: nil, from: cursor(in: .quotes))
        // Not onto the rejected section: the cursor stays among the quotes left.
        let items = paneItems(.quotes)
        if let header = items.firstIndex(where: { $0.rejection == "" }), cursor(in: .quotes) >= header {
            paneCursor[.quotes] = max(0, header - 1)
        }
    }

    /// Opens the speaker prompt for quote `index` (prefilled with the current speaker).
    public func startSpeakerPrompt(_ index: Int) {
        guard let document, document.quotes.indices.contains(index) else { show(message: "no quote selected"); return }
        if let store = document.store, case .readOnly(let reason) = store.access {
            show(message: "read-only (\(reason)): not changed", error: true)
            return
        }
        let quote = document.quotes[index]
        promptLine.target = quote.span
        promptLine.group = []
        openPrompt(.speaker, text: quote.speaker.map { $0.canonical.isEmpty ? $0.text : $0.canonical } ?? "", selected: true)
    }

    /// `s` on a speaker header of the Quotes pane: one name for all of that speaker's quotes
    /// (a pronoun or role resolved wrongly, or the quotes of "unknown speaker").
    func startGroupSpeakerPrompt(_ header: PaneItem) {
        guard let first = header.targets.first else { return }
        if let store = document?.store, case .readOnly(let reason) = store.access {
            show(message: "read-only (\(reason)): not changed", error: true)
            return
        }
        promptLine.target = first.span
        promptLine.group = header.targets.map(\.span)
        openPrompt(.speaker, text: header.name == PaneRows.unknownSpeaker ? "" : header.name, selected: true)
    }

    func setQuoteSpeaker(_ name: String) {
        guard let span = promptLine.target else { return }
        promptLine.target = nil
        let name = name.trimmingSpaces
        let spans = promptLine.group.isEmpty ? [span] : promptLine.group
        promptLine.group = []
        guard !name.isEmpty else { show(message: "speaker unchanged"); return }
        let what = spans.count == 1 ? "speaker: \(name)" : "speaker: \(name) (\(spans.count) quotes)"
        performEdit(what, span: span) { store in .batch(spans.map { store.correctQuote($0, isQuote: true, speaker: SpeakerBody(name: name)) }) }
        followPaneCursor(.quotes, to: span, from: cursor(in: .quotes))
    }

    // MARK: Undo

    public func undo(count: Int = 1) {
        guard let document, let store = document.store else { return }
        for _ in 0..<count {
            guard let entry = document.undoStack.popLast() else { show(message: "nothing to undo"); break }
            store.perform(entry.edit.inverse)
            document.redoStack.append(entry)
            document.annotationsChanged(correctionsChanged: entry.edit.touchesCorrections)
            if entry.edit.touchesCorrections { unlearn(entry.edit) }
            reselect(entry.span)
            show(message: "undone: \(entry.description)")
        }
    }

    public func redo(count: Int = 1) {
        guard let document, let store = document.store else { return }
        for _ in 0..<count {
            guard let entry = document.redoStack.popLast() else { show(message: "nothing to redo"); break }
            store.perform(entry.edit)
            document.undoStack.append(entry)
            document.annotationsChanged(correctionsChanged: entry.edit.touchesCorrections)
            if entry.edit.touchesCorrections { learn(from: entry.edit) }
            reselect(entry.span)
            show(message: "redone: \(entry.description)")
        }
    }

    // MARK: Tag set and exports

    /// `:tags a,b,c`: this article's tag set (saved in its annotation file).
    /// `:tags a,b,c` gives this article that tag set; `:tags` alone adopts the configured one
    /// (when the article keeps another). Tags already given are renamed by position (the first
    /// tag of the old set becomes the first of the new), in one undoable step.
    public func setTagSet(_ raw: String) {
        var names = raw.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        if names.isEmpty {
            guard usesOwnTagSet else { show(message: "tags: " + tagSet.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: "  ")); return }
            names = configuredTagSet
        }
        guard names.count <= 9, Set(names).count == names.count else { show(message: "tags: give 1 to 9 different names", error: true); return }
        let old = tagSet
        let rename = Dictionary(zip(old, names).filter { $0.0 != $0.1 }, uniquingKeysWith: { a, _ in a })
        performEdit("tag set: " + names.joined(separator: ", ") + (rename.isEmpty ? "" : " (tags renamed by position)"), span: nil) { store in
            var edits = [store.setTagSet(names)]
            for item in store.items where item.motivation == .tagging && item.tags.contains(where: { rename[$0] != nil }) {
                var renamed = item
                renamed.tags = item.tags.map { rename[$0] ?? $0 }
                edits.append(store.update(renamed))
            }
            return .batch(edits)
        }
    }

    /// `:export FORMAT PATH` (jsonl, brat, conll, w3c).
    public func export(_ arguments: [String], raw: String) {
        let formats = AnnotationExportFormat.allCases.map(\.rawValue)
        guard arguments.count >= 2, let format = AnnotationExportFormat(rawValue: arguments[0].lowercased()) else {
            show(message: "usage: :export FORMAT PATH (FORMAT: \(formats.joined(separator: ", ")))", error: true)
            return
        }
        guard let document, let store = document.store else { return }
        let path = PathText.expandingTilde(String(raw.dropFirst(arguments[0].count)).trimmingSpaces)
        do {
            // A corpus article's files are named by its id, as `marginalia export` names them.
            let exported = AnnotationExport.Document(article: document.article, collection: store.collection,
                                                     analysis: document.rawAnalysis, id: libraryCorpusID(for: document))
            let report = try AnnotationExport.write(format, documents: [exported], to: path)
            show(message: "exported \(format.rawValue): " + (report.written + report.warnings).joined(separator: ", "))
        } catch {
            show(message: "\(error)", error: true)
        }
    }

    // MARK: Tags pane

    /// The annotations the Tags pane lists, in text order (orphans last).
    var tagPaneAnnotations: [Annotation] {
        guard let document else { return [] }
        return document.caches.tagPaneAnnotations.value(for: document.annotationVersion) { document.store?.itemsInTextOrder ?? [] }
    }

    var tagItems: [PaneItem] {
        guard let document else { return [] }
        let pane = ScreenGeometry(width: width, height: height, focus: .tags).panes.first { $0.0 == .tags }?.1
        return TagPaneRows.rows(tagPaneAnnotations, text: document.text, tagSet: tagSet, paneWidth: pane?.width ?? width,
                                language: excerptLanguage, scope: { tagScope(index: $0, name: $1) })
    }

    /// A Tags pane label (see `TagPaneRows.label`) in the open article's language.
    func tagLabel(excerpt: String, note: String?, width: Int) -> String {
        TagPaneRows.label(excerpt: excerpt, note: note, width: width, language: excerptLanguage)
    }

    /// The language whose quotation marks excerpts get (the open article's).
    var excerptLanguage: Language { document?.analysis?.language ?? .de }

    /// "claim 3 · fact 1 · 2 orphaned": the count per tag over the header of the Tags pane.
    public var tagCountsDescription: String {
        guard let document else { return "" }
        let key = DocumentCaches.TagsKey(annotations: document.annotationVersion, tags: tagSet, theme: "")
        return document.caches.tagCounts.value(for: key) { TagPaneRows.counts(tagPaneAnnotations, tagSet: tagSet) }
    }

    /// `x` in the Tags pane: deletes the annotation under the cursor (undoable).
    public func deleteTagPaneItem() {
        let items = tagPaneAnnotations
        let index = cursor(in: .tags)
        guard items.indices.contains(index) else { show(message: "nothing to delete"); return }
        let annotation = items[index]
        performEdit("deleted annotation „\(truncated(annotation.quote.exact, width: 30))“", span: annotation.isOrphaned ? nil : annotation.span) { $0.remove(id: annotation.id) }
        let count = tagPaneAnnotations.count
        paneCursor[.tags] = max(0, min(index, count - 1))
    }

    /// Annotations on exactly the selection: their tags and whether one has a note.
    var selectionAnnotationSummary: String {
        guard let span = selectedSpan, let store = document?.store else { return "" }
        let here = store.items.filter { $0.span == span && !$0.isOrphaned && ($0.motivation == .tagging || $0.motivation == .commenting) }
        let tags = here.flatMap(\.tags)
        var s = tags.isEmpty ? "" : " [" + tags.joined(separator: ", ") + "]"
        if here.contains(where: { $0.note != nil }) { s += " ✎" }
        return s
    }
}
