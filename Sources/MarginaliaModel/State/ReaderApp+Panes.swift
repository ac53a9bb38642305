import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis
import MarginaliaQuotes
import MarginaliaStore

/// Side panes: their items, focus and the pane cursor.
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

    public func paneItems(_ pane: Focus) -> PaneRowList {
        guard let document else { return [] }
        // Only the Tags pane lists annotations, and only its labels are cut to the pane's width.
        let tags = pane == .tags
        let key = DocumentCaches.ViewKey(analysis: document.analysisVersion, annotations: tags ? document.annotationVersion : 0,
                                         tags: tagSet, theme: theme.theme.name, width: tags ? width : 0, height: tags ? height : 0)
        return document.caches.paneItems[pane]!.value(for: key) { makePaneItems(pane, document) }
    }

    func makePaneItems(_ pane: Focus, _ document: Document) -> PaneRowList {
        switch pane {
        case .article: return []
        case .entities: return PaneRows.entities(document.entities, groups: entityGroups)
        case .quotes: return PaneRows.quotes(document.quotes, text: document.text, language: document.analysis?.language ?? .de,
                                             then: rejectedQuoteRows(document))
        case .tags:
            return PaneRowList(tagItems)
        }
    }

    public func cursor(in pane: Focus) -> Int { panes[pane]?.cursor ?? 0 }

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

    public func focus(_ pane: Focus) {
        focus = pane
        syncLayout()
    }

    public func cycleFocus(by delta: Int) {
        let all = Focus.allCases
        let i = all.firstIndex(of: focus)!
        focus(all[(i + delta + all.count) % all.count])
    }

    public func movePaneCursor(by delta: Int) {
        guard focus != .article else { return }
        let count = paneItems(focus).count
        panes[focus]?.move(by: delta, count: count)
    }

    /// Enter in a pane: selects the item in the article. On an entity, a type or a speaker,
    /// repeated Enter walks through its mentions or quotes (the next one after the one selected,
    /// wrapping; the first one when the selection is elsewhere).
    public func jumpToPaneItem() {
        guard let document else { return }
        let items = paneItems(focus)
        let index = cursor(in: focus)
        guard items.indices.contains(index) else { show(message: "nothing to jump to"); return }
        let item = items[index]
        switch focus {
        case .entities, .quotes:
            guard !item.targets.isEmpty else { return }
            let current = document.selection?.span
            let next = item.targets.firstIndex { $0.span == current }.map { ($0 + 1) % item.targets.count } ?? 0
            select(item.targets[next].span, unit: item.targets[next].unit, extendVisual: false)
            if item.targets.count > 1 { show(message: "\(item.name): \(item.targetNoun) \(next + 1)/\(item.targets.count)") }
        case .tags:
            guard let target = item.target else { show(message: "orphaned: its text is no longer in the article (kept, x deletes)"); return }
            select(target, unit: document.sentences.firstIndex(of: target).map { .sentence($0) } ?? .range, extendVisual: false)
        case .article:
            break
        }
    }

    public enum PaneAction { case accept, reject, retype, speaker, delete, note }

    /// The quote (index into `document.quotes`) on a Quotes pane row; nil on a speaker header.
    func quoteIndex(atRow row: Int) -> Int? {
        let items = paneItems(.quotes)
        guard items.indices.contains(row), !items[row].isHeader, case .quote(let i)? = items[row].targets.first?.unit else { return nil }
        return i
    }

    /// After a correction regroups a pane, its cursor follows the item to its new row (a quote
    /// whose speaker changed, an entity whose type changed), or stays in place if it is gone.
    func followPaneCursor(_ pane: Focus, to span: Span?, from row: Int) {
        let items = paneItems(pane)
        guard !items.isEmpty else { paneCursor[pane] = 0; return }
        let found = span.flatMap { span in items.firstIndex { !$0.isHeader && $0.targets.contains { $0.span == span } } }
        paneCursor[pane] = found ?? max(0, min(row, items.count - 1))
    }

    /// Corrections from a side pane: on a quote, or on every mention of an entity at once.
    public func paneCorrection(_ action: PaneAction) {
        guard let document else { return }
        let index = cursor(in: focus)
        let items = paneItems(focus)
        let onHeader = items.indices.contains(index) && items[index].isHeader
        if focus == .quotes, items.indices.contains(index), let id = items[index].rejection {
            // A rejected quote: `a` takes the rejection back; nothing else applies.
            guard action == .accept, !id.isEmpty else {
                show(message: "a rejected quote: a takes the rejection back (or u)")
                return
            }
            let span = items[index].target
            performEdit("rejection undone", span: span) { $0.remove(id: id) }
            return
        }
        switch (focus, action) {
        case (.quotes, .speaker) where onHeader:
            startGroupSpeakerPrompt(items[index])
        case (.quotes, .accept), (.quotes, .reject), (.quotes, .speaker):
            guard let quote = quoteIndex(atRow: index) else {
                show(message: onHeader ? "on a speaker: s renames all their quotes; move to a quote (j) to accept or reject it" : "no quote here")
                return
            }
            let span = document.quotes[quote].span
            switch action {
            case .accept: acceptQuote(quote)
            case .reject: rejectQuote(quote); return   // the cursor stays among the quotes left
            default: startSpeakerPrompt(quote); return  // the cursor follows when the prompt is done
            }
            followPaneCursor(.quotes, to: span, from: index)
        case (.entities, .accept), (.entities, .reject), (.entities, .retype):
            guard items.indices.contains(index), !onHeader, let first = items[index].targets.first,
                  case .entity(let e) = first.unit, document.entities.indices.contains(e) else {
                show(message: onHeader ? "on a type: move to one of its entities (j) to correct it" : "no entity here")
                return
            }
            let spans = items[index].targets.map(\.span)
            let type = document.entities[e].type
            let all = EntityType.allCases
            let newType: String? = action == .reject ? nil : (action == .accept ? type.rawValue : all[(all.firstIndex(of: type)! + 1) % all.count].rawValue)
            let what = action == .reject ? "rejected" : "\(newType!)"
            performEdit("\(items[index].name): \(what) (\(spans.count) mention\(spans.count == 1 ? "" : "s"))", span: spans.first) { store in
                .batch(spans.map { store.correctEntity($0, type: newType) })
            }
            followPaneCursor(.entities, to: action == .reject ? nil : first.span, from: index)
        case (.tags, .delete): deleteTagPaneItem()
        case (.tags, .note):
            let items = tagPaneAnnotations
            guard items.indices.contains(index), !items[index].isOrphaned else { return }
            startNote(on: items[index].span)
        default:
            show(message: "not available in the \(focus.rawValue) pane")
        }
    }
}
