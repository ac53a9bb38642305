import MarginaliaText
import MarginaliaEntities

/// One line of a side pane and where Enter takes the article.
public struct PaneItem: Equatable, Sendable {
    public var label: String
    /// Theme scope for the item's marker (entity type, tag colour).
    public var scope: String?
    public var marker: String
    public var target: Span?
}

/// Side panes: their items, focus and the pane cursor.
extension ReaderApp {
    static let entityScopes: [EntityType: String] = [
        .PER: "entity.person", .LOC: "entity.location", .ORG: "entity.organization", .MISC: "entity.misc",
    ]

    public func paneTitle(_ pane: Focus) -> String {
        switch pane {
        case .article: return document?.title ?? ""
        case .entities: return "Entities (\(entityGroups.count))"
        case .quotes: return "Quotes (\(document?.quotes.count ?? 0))"
        case .tags: return "Tags (\(tagPaneAnnotations.count))"
        }
    }

    /// Entities grouped by canonical name, in order of first mention.
    var entityGroups: [(canonical: String, type: EntityType, mentions: [Int])] {
        guard let document else { return [] }
        return document.memo("entityGroups") { ReaderApp.groupEntities(document) }
    }

    static func groupEntities(_ document: Document) -> [(canonical: String, type: EntityType, mentions: [Int])] {
        var order: [String] = []
        var groups: [String: (EntityType, [Int])] = [:]
        for (i, e) in document.entities.enumerated() {
            let key = e.type.rawValue + "\u{1}" + e.canonical
            if groups[key] == nil { order.append(key); groups[key] = (e.type, []) }
            groups[key]!.1.append(i)
        }
        return order.map { key in (String(key.split(separator: "\u{1}").last ?? ""), groups[key]!.0, groups[key]!.1) }
    }

    public func paneItems(_ pane: Focus) -> [PaneItem] {
        guard let document else { return [] }
        return document.memo("pane.\(pane.rawValue)." + tagSet.joined(separator: ",") + theme.theme.name, fromAnnotations: pane == .tags) {
            makePaneItems(pane, document)
        }
    }

    func makePaneItems(_ pane: Focus, _ document: Document) -> [PaneItem] {
        switch pane {
        case .article: return []
        case .entities:
            return entityGroups.map { group in
                let count = group.mentions.count > 1 ? " ×\(group.mentions.count)" : ""
                return PaneItem(label: group.canonical + count, scope: ReaderApp.entityScopes[group.type], marker: group.type.rawValue,
                                target: document.entities[group.mentions[0]].span)
            }
        case .quotes:
            return document.quotes.map { quote in
                let excerpt = quote.spans.map { document.text[$0] }.joined(separator: " … ")
                let speaker = quote.speaker.map { $0.canonical.isEmpty ? $0.text : $0.canonical } ?? "?"
                return PaneItem(label: "\(speaker): „\(excerpt.replacingOccurrences(of: "\n", with: " "))“", scope: "quote.speaker", marker: "❝", target: quote.span)
            }
        case .tags:
            return tagItems
        }
    }

    public func cursor(in pane: Focus) -> Int { paneCursor[pane] ?? 0 }

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
        let count = paneItems(focus).count
        guard count > 0 else { return }
        let current = cursor(in: focus)
        let next = delta > 0 ? (current > count - 1 - delta ? count - 1 : current + delta)
                             : (current < -delta ? 0 : current + delta)
        paneCursor[focus] = max(0, min(count - 1, next))
    }

    /// Enter in a pane: selects the item in the article. For an entity, repeated Enter walks
    /// through its mentions (next one after the current selection, wrapping).
    public func jumpToPaneItem() {
        guard let document else { return }
        let items = paneItems(focus)
        let index = cursor(in: focus)
        guard items.indices.contains(index) else { show(message: "nothing to jump to"); return }
        switch focus {
        case .entities:
            let mentions = entityGroups[index].mentions
            let after = document.selection?.span.start ?? -1
            let next = mentions.first { document.entities[$0].span.start > after } ?? mentions[0]
            select(document.entities[next].span, unit: .entity(next), extendVisual: false)
            show(message: "\(entityGroups[index].canonical): mention \((mentions.firstIndex(of: next) ?? 0) + 1)/\(mentions.count)")
        case .quotes:
            select(document.quotes[index].span, unit: .quote(index), extendVisual: false)
        case .tags:
            guard let target = items[index].target else { show(message: "orphaned: its text is no longer in the article (kept, x deletes)"); return }
            select(target, unit: document.sentences.firstIndex(of: target).map { .sentence($0) } ?? .range, extendVisual: false)
        case .article:
            break
        }
    }

    public enum PaneAction { case accept, reject, retype, speaker, delete, note }

    /// Corrections from a side pane: on a quote, or on every mention of an entity at once.
    public func paneCorrection(_ action: PaneAction) {
        guard let document else { return }
        let index = cursor(in: focus)
        switch (focus, action) {
        case (.quotes, .accept): acceptQuote(index)
        case (.quotes, .reject): rejectQuote(index)
        case (.quotes, .speaker): startSpeakerPrompt(index)
        case (.entities, .accept), (.entities, .reject), (.entities, .retype):
            let groups = entityGroups
            guard groups.indices.contains(index) else { return }
            let group = groups[index]
            let spans = group.mentions.map { document.entities[$0].span }
            let all = EntityType.allCases
            let newType: String? = action == .reject ? nil : (action == .accept ? group.type.rawValue : all[(all.firstIndex(of: group.type)! + 1) % all.count].rawValue)
            let what = action == .reject ? "rejected" : "\(newType!)"
            performEdit("\(group.canonical): \(what) (\(spans.count) mention\(spans.count == 1 ? "" : "s"))", span: spans.first) { store in
                .batch(spans.map { store.correctEntity($0, type: newType) })
            }
            let count = entityGroups.count
            paneCursor[.entities] = max(0, min(index, count - 1))
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
