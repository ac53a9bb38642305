import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// Tags and notes on passages, the article's tag set, the Tags pane's annotations, exports.
extension AnnotationEditor {
    /// `1`..`9`: adds tag `number` of the tag set to the selection.
    func tag(_ number: Int, in document: Document) -> [AnnotationEffect] {
        let tags = tagSet(of: document)
        guard tags.indices.contains(number - 1) else {
            return [.error("no tag \(number): the tag set is \(tags.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", "))")]
        }
        guard let span = document.selection?.span, !span.isEmpty else { return [.message("nothing selected")] }
        let tag = tags[number - 1]
        var effects: [AnnotationEffect] = []
        let done = perform("tagged \(tag)", span: span, in: document, &effects) { store in
            // The file records the tag set the tags come from.
            var edits: [AnnotationEdit] = []
            if store.tagSet != tags { edits.append(store.setTagSet(tags)) }
            edits.append(store.tag(span, with: tag))
            return .batch(edits)
        }
        if !done, document.store?.isReadOnly == false { effects.append(.message("already tagged \(tag)")) }
        document.endVisualKeepingRange()
        return effects
    }

    /// `x`: removes the tags on exactly the selected passage. Tags that only overlap it (the
    /// paragraph around a sentence) are not removed silently: they are listed, and the Tags
    /// pane opens on the first, where `x` (`untagKey`) removes the one chosen.
    func untag(in document: Document, untagKey: String) -> [AnnotationEffect] {
        guard let span = document.selection?.span else { return [.message("nothing selected")] }
        var effects: [AnnotationEffect] = []
        if perform("tags removed", span: span, in: document, &effects, { $0.removeTags(exactly: span) }) {
            document.endVisualKeepingRange()
            return effects
        }
        guard document.store?.isReadOnly == false else { return effects }
        let overlapping = tagPaneAnnotations(document).enumerated().filter {
            $0.element.motivation == .tagging && !$0.element.isOrphaned && $0.element.span.overlaps(span)
        }
        guard let first = overlapping.first else { return effects + [.message("no tags here")] }
        let names = overlapping.map { item in
            item.element.tags.joined(separator: ",") + " „" + truncated(document.text[item.element.span].replacing("\n", with: " "), width: 24) + "“"
        }
        return effects + [.showTagsPane(row: first.offset),
                          .message("no tag on exactly this passage; overlapping: " + names.joined(separator: "; ")
                                   + " — \(untagKey) removes the one under the cursor")]
    }

    // MARK: Notes

    /// `c`: edits the note of the passage (the prompt starts with the current note).
    func startNote(on span: Span?, in document: Document) -> [AnnotationEffect] {
        guard let span = span ?? document.selection?.span, !span.isEmpty else { return [.message("nothing selected")] }
        if let refusal = refusal(document, "notes cannot be changed") { return [refusal] }
        let current = document.store?.items.first {
            ($0.motivation == .tagging || $0.motivation == .commenting) && $0.span == span && !$0.isOrphaned
        }?.note
        aim(at: span)
        return [.openPrompt(.note, text: current ?? "", selected: false)]
    }

    /// The note prompt's Enter: saves the note (empty: removes it).
    func saveNote(_ text: String, in document: Document) -> [AnnotationEffect] {
        guard let span = promptTarget else { return [] }
        aim(at: nil)
        let note = text.trimmingSpaces
        var effects: [AnnotationEffect] = []
        if !perform(note.isEmpty ? "note removed" : "note saved", span: span, in: document, &effects, { $0.setNote(on: span, note.isEmpty ? nil : note) }),
           document.store?.isReadOnly == false {
            effects.append(.message("note unchanged"))
        }
        document.endVisualKeepingRange()
        return effects
    }

    // MARK: Tag set and exports

    /// `:tags a,b,c` gives this article that tag set; `:tags` alone adopts the configured one
    /// (when the article keeps another). Tags already given are renamed by position (the first
    /// tag of the old set becomes the first of the new), in one undoable step.
    func setTagSet(_ raw: String, in document: Document) -> [AnnotationEffect] {
        let old = tagSet(of: document)
        var names = raw.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        if names.isEmpty {
            guard old != configuredTagSet else { return [.message("tags: " + old.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: "  "))] }
            names = configuredTagSet
        }
        guard names.count <= 9, Set(names).count == names.count else { return [.error("tags: give 1 to 9 different names")] }
        let rename = Dictionary(zip(old, names).filter { $0.0 != $0.1 }, uniquingKeysWith: { a, _ in a })
        var effects: [AnnotationEffect] = []
        perform("tag set: " + names.joined(separator: ", ") + (rename.isEmpty ? "" : " (tags renamed by position)"), span: nil, in: document, &effects) { store in
            var edits = [store.setTagSet(names)]
            for item in store.items where item.motivation == .tagging && item.tags.contains(where: { rename[$0] != nil }) {
                var renamed = item
                renamed.tags = item.tags.map { rename[$0] ?? $0 }
                edits.append(store.update(renamed))
            }
            return .batch(edits)
        }
        return effects
    }

    /// `:export FORMAT PATH` (jsonl, brat, conll, w3c). A corpus article's files are named by
    /// its `corpusID`, as `marginalia export` names them.
    func export(_ arguments: [String], raw: String, in document: Document, corpusID: String?) -> [AnnotationEffect] {
        let formats = AnnotationExportFormat.allCases.map(\.rawValue)
        guard arguments.count >= 2, let format = AnnotationExportFormat(rawValue: arguments[0].lowercased()) else {
            return [.error("usage: :export FORMAT PATH (FORMAT: \(formats.joined(separator: ", ")))")]
        }
        guard let store = document.store else { return [] }
        let path = PathText.expandingTilde(String(raw.dropFirst(arguments[0].count)).trimmingSpaces)
        do {
            let exported = AnnotationExport.Document(article: document.article, collection: store.collection,
                                                     analysis: document.rawAnalysis, id: corpusID)
            let report = try AnnotationExport.write(format, documents: [exported], to: path)
            return [.message("exported \(format.rawValue): " + (report.written + report.warnings).joined(separator: ", "))]
        } catch {
            return [.error("\(error)")]
        }
    }

    // MARK: The Tags pane's annotations

    /// The annotations the Tags pane lists, in text order (orphans last).
    func tagPaneAnnotations(_ document: Document) -> [Annotation] {
        document.caches.tagPaneAnnotations.value(for: document.annotationVersion) { document.store?.itemsInTextOrder ?? [] }
    }

    /// "claim 3 · fact 1 · 2 orphaned": the count per tag over the header of the Tags pane.
    func tagCounts(_ document: Document) -> String {
        let tags = tagSet(of: document)
        let key = DocumentCaches.TagsKey(annotations: document.annotationVersion, tags: tags, theme: "")
        return document.caches.tagCounts.value(for: key) { TagPaneRows.counts(tagPaneAnnotations(document), tagSet: tags) }
    }

    /// `x` in the Tags pane: deletes the annotation on `row` (undoable); the pane's cursor then
    /// stays on that row, or the last one (the list is one shorter).
    func deleteAnnotation(row: Int, in document: Document) -> [AnnotationEffect] {
        let items = tagPaneAnnotations(document)
        guard items.indices.contains(row) else { return [.message("nothing to delete")] }
        let annotation = items[row]
        var effects: [AnnotationEffect] = []
        perform("deleted annotation „\(truncated(annotation.quote.exact, width: 30))“", span: annotation.isOrphaned ? nil : annotation.span,
                in: document, &effects) { $0.remove(id: annotation.id) }
        return effects + [.showTagsPane(row: max(0, min(row, tagPaneAnnotations(document).count - 1)))]
    }

    /// Annotations on exactly the selection: their tags and whether one has a note.
    func selectionSummary(_ document: Document) -> String {
        guard let span = document.selection?.span, let store = document.store else { return "" }
        let here = store.items.filter { $0.span == span && !$0.isOrphaned && ($0.motivation == .tagging || $0.motivation == .commenting) }
        let tags = here.flatMap(\.tags)
        var s = tags.isEmpty ? "" : " [" + tags.joined(separator: ", ") + "]"
        if here.contains(where: { $0.note != nil }) { s += " ✎" }
        return s
    }
}
