import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis
import MarginaliaQuotes
import MarginaliaStore

/// Side panes: their rows (from the document), focus, and the coordinator's side of the pane
/// context's commands: the pane (SidePane) moves its cursor and says what Enter or a correction
/// on its row asks for (`PaneIntent`); the coordinator carries it out on the article and the
/// annotations.
extension ReaderApp {
    public func paneTitle(_ pane: Focus) -> String {
        switch pane {
        case .article: return document?.title ?? ""
        case .entities: return "Entities (\(entityGroups.count))"
        case .quotes: return "Quotes (\(document?.quotes.count ?? 0))"
        case .tags: return "Tags (\(tagPaneAnnotations.count))"
        }
    }

    /// Entities by type and canonical name, most mentioned first (`EntityGrouping`).
    var entityGroups: [EntityGroup] {
        guard let document else { return [] }
        return document.caches.entityGroups.value(for: document.analysisVersion) { EntityGrouping.groups(document.entities) }
    }

    public func paneItems(_ pane: Focus) -> [PaneItem] {
        guard let document else { return [] }
        // Only the Tags pane lists annotations, and only its labels are cut to the pane's width.
        let tags = pane == .tags
        let key = DocumentCaches.ViewKey(analysis: document.analysisVersion, annotations: tags ? document.annotationVersion : 0,
                                         tags: tagSet, theme: theme.theme.name, width: tags ? width : 0, height: tags ? height : 0)
        return document.caches.paneItems[pane]!.value(for: key) { makePaneItems(pane, document) }
    }

    func makePaneItems(_ pane: Focus, _ document: Document) -> [PaneItem] {
        switch pane {
        case .article: return []
        case .entities: return PaneRows.entities(document.entities)
        case .quotes: return PaneRows.quotes(document.quotes, text: document.text, language: document.analysis?.language ?? .de)
            + rejectedQuoteRows(document)
        case .tags:
            return tagItems
        }
    }

    public func cursor(in pane: Focus) -> Int { panes[pane]?.cursor ?? 0 }

    /// The line a pane shows above its rows: the Tags pane's count per tag.
    func paneHeader(_ pane: Focus) -> String? { pane == .tags ? tagCountsDescription : nil }

    /// Rejected quotes stay in the Quotes pane, dimmed under "rejected (n)", so a rejection
    /// can be seen and undone there (`a`).
    func rejectedQuoteRows(_ document: Document) -> [PaneItem] {
        let rejected = (document.store?.items ?? [])
            .filter { $0.motivation == .classifying && $0.value == CorrectionValue.notQuote && !$0.isOrphaned && $0.span.end <= document.text.count }
            .sorted { $0.span < $1.span }
        guard !rejected.isEmpty else { return [] }
        let targets = rejected.map { PaneTarget(span: $0.span, unit: .range) }
        var rows = [PaneItem(label: "rejected (\(rejected.count))", scope: "ui.hint", marker: "✗", target: targets.first?.span,
                             isHeader: true, targets: targets, name: "rejected", targetNoun: "quote", rejection: "")]
        for (i, item) in rejected.enumerated() {
            let excerpt = document.text[item.span].replacing("\n", with: " ")
            var row = PaneItem(label: ExcerptMarks.quoted(excerpt, language: document.analysis?.language ?? .de), scope: "ui.hint",
                               marker: "✗", target: item.span, targets: [targets[i]], name: "rejected", targetNoun: "quote")
            row.rejection = item.id
            rows.append(row)
        }
        return rows
    }

    public func focus(_ pane: Focus) { focus = pane }

    public func cycleFocus(by delta: Int) {
        let all = Focus.allCases
        let i = all.firstIndex(of: focus)!
        focus(all[(i + delta + all.count) % all.count])
    }

    public func movePaneCursor(by delta: Int) {
        guard focus != .article else { return }
        panes[focus]?.move(by: delta, count: paneItems(focus).count)
    }

    /// Enter in a pane (or a double click on a row): the item in the article.
    public func openPaneItem() {
        guard let pane = panes[focus], let document else { return }
        perform(pane.open(focus, items: paneItems(focus), selection: document.selection?.span, sentences: document.sentences))
    }

    /// `a`, `r`, `t`, `s`, `x`, `c` in a side pane.
    public func paneCorrection(_ action: PaneAction) {
        guard let pane = panes[focus], let document else { return }
        perform(pane.correction(action, in: focus, items: paneItems(focus), entities: document.entities))
    }

    /// After a correction regroups a pane, its cursor follows the item to its new row.
    func followPaneCursor(_ pane: Focus, to span: Span?, from row: Int) {
        panes[pane]?.follow(span, from: row, in: paneItems(pane))
    }

    /// Carries out what the focused pane asked for.
    func perform(_ intent: PaneIntent) {
        let row = cursor(in: focus)
        switch intent {
        case .none: break
        case .say(let note): say(note)
        case .select(let span, let unit, let note):
            article.select(span, unit: unit, extendVisual: false)
            say(note)
        case .acceptQuote(let quote):
            let span = document?.quotes[quote].span
            acceptQuote(quote)
            followPaneCursor(.quotes, to: span, from: row)
        case .rejectQuote(let quote): rejectQuote(quote)   // the cursor stays among the quotes left
        case .editSpeaker(let quote): startSpeakerPrompt(quote)   // the cursor follows when the prompt is done
        case .editGroupSpeaker(let row): startGroupSpeakerPrompt(paneItems(.quotes)[row])
        case .undoRejection(let id, let span): performEdit("rejection undone", span: span) { $0.remove(id: id) }
        case .correctEntity(let name, let spans, let type, let follow):
            let what = type ?? "rejected"
            performEdit("\(name): \(what) (\(spans.count) mention\(spans.count == 1 ? "" : "s"))", span: spans.first) { store in
                .batch(spans.map { store.correctEntity($0, type: type) })
            }
            followPaneCursor(.entities, to: follow, from: row)
        case .deleteTag: deleteTagPaneItem()
        case .editTagNote(let row):
            let items = tagPaneAnnotations
            guard items.indices.contains(row), !items[row].isOrphaned else { return }
            startNote(on: items[row].span)
        }
    }
}
