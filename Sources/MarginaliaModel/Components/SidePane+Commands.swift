import MarginaliaText
import MarginaliaEntities

/// The corrections a side pane's keys ask for (`a`, `r`, `t`, `s`, `x`, `c`).
public enum PaneAction: Sendable { case accept, reject, retype, speaker, delete, note }

/// What a side pane asks of the coordinator after a key or a click: the pane owns its cursor
/// and reads its rows; the article's selection and the annotations are the coordinator's to
/// change, so the pane says what it wants done instead of doing it.
enum PaneIntent: Equatable {
    case none
    /// Only a word on the status line.
    case say(StatusNote)
    /// Select `span` in the article; `note`: which of several mentions or quotes it is.
    case select(Span, SelectionUnit, note: StatusNote?)
    /// Corrections of the quote `document.quotes[i]`.
    case acceptQuote(Int), rejectQuote(Int), editSpeaker(quote: Int)
    /// `s` on a speaker header: rename the speaker of every quote under it (row `row`).
    case editGroupSpeaker(row: Int)
    /// `a` on a rejected quote: take the rejection (annotation `id`) back.
    case undoRejection(id: String, span: Span?)
    /// Accept, reject (`type` nil) or retype every mention of an entity at once; the cursor
    /// then follows `follow` to its new row.
    case correctEntity(name: String, spans: [Span], type: String?, follow: Span?)
    /// The Tags pane's annotation on row `row`: delete it, or edit its note.
    case deleteTag, editTagNote(row: Int)
}

/// The pane context's commands on the row under the cursor (SidePane.swift has the cursor's
/// moves and the drawing).
extension SidePane {
    /// Enter: the item in the article. On an entity, a type or a speaker, repeated Enter walks
    /// through its mentions or quotes (the next one after the one selected, wrapping; the first
    /// one when the selection is elsewhere).
    func open(_ pane: Focus, items: [PaneItem], selection: Span?, sentences: [Span]) -> PaneIntent {
        guard items.indices.contains(cursor) else { return .say(StatusNote("nothing to jump to")) }
        let item = items[cursor]
        switch pane {
        case .entities, .quotes:
            guard !item.targets.isEmpty else { return .none }
            let next = item.targets.firstIndex { $0.span == selection }.map { ($0 + 1) % item.targets.count } ?? 0
            let note = item.targets.count > 1 ? StatusNote("\(item.name): \(item.targetNoun) \(next + 1)/\(item.targets.count)") : nil
            return .select(item.targets[next].span, item.targets[next].unit, note: note)
        case .tags:
            guard let target = item.target else { return .say(StatusNote("orphaned: its text is no longer in the article (kept, x deletes)")) }
            return .select(target, sentences.firstIndex(of: target).map { .sentence($0) } ?? .range, note: nil)
        case .article:
            return .none
        }
    }

    /// The quote (index into the document's quotes) on a Quotes pane row; on a speaker header
    /// nil, or with `orFirstOfHeader` the first of the speaker's quotes.
    static func quoteIndex(atRow row: Int, in items: [PaneItem], orFirstOfHeader: Bool = false) -> Int? {
        guard items.indices.contains(row), orFirstOfHeader || !items[row].isHeader,
              case .quote(let i)? = items[row].targets.first?.unit else { return nil }
        return i
    }

    /// A correction on the row under the cursor: on a quote, or on every mention of an entity at
    /// once (`entities`: the document's mentions, for the type a retype starts from).
    func correction(_ action: PaneAction, in pane: Focus, items: [PaneItem], entities: [EntityMention]) -> PaneIntent {
        let index = cursor
        let onHeader = items.indices.contains(index) && items[index].isHeader
        if pane == .quotes, items.indices.contains(index), let id = items[index].rejection {
            // A rejected quote: `a` takes the rejection back; nothing else applies.
            guard action == .accept, !id.isEmpty else { return .say(StatusNote("a rejected quote: a takes the rejection back (or u)")) }
            return .undoRejection(id: id, span: items[index].target)
        }
        switch (pane, action) {
        case (.quotes, .speaker) where onHeader:
            return .editGroupSpeaker(row: index)
        case (.quotes, .accept), (.quotes, .reject), (.quotes, .speaker):
            guard let quote = Self.quoteIndex(atRow: index, in: items) else {
                return .say(StatusNote(onHeader ? "on a speaker: s renames all their quotes; move to a quote (j) to accept or reject it" : "no quote here"))
            }
            switch action {
            case .accept: return .acceptQuote(quote)
            case .reject: return .rejectQuote(quote)
            default: return .editSpeaker(quote: quote)
            }
        case (.entities, .accept), (.entities, .reject), (.entities, .retype):
            guard items.indices.contains(index), !onHeader, let first = items[index].targets.first,
                  case .entity(let e) = first.unit, entities.indices.contains(e) else {
                return .say(StatusNote(onHeader ? "on a type: move to one of its entities (j) to correct it" : "no entity here"))
            }
            let type = entities[e].type
            let all = EntityType.allCases
            let newType: String? = switch action {
            case .reject: nil
            case .accept: type.rawValue
            default: all[(all.firstIndex(of: type)! + 1) % all.count].rawValue
            }
            return .correctEntity(name: items[index].name, spans: items[index].targets.map(\.span), type: newType,
                                  follow: action == .reject ? nil : first.span)
        case (.tags, .delete): return .deleteTag
        case (.tags, .note): return .editTagNote(row: index)
        default:
            return .say(StatusNote("not available in the \(pane.rawValue) pane"))
        }
    }

    /// After a correction regroups the pane, the cursor follows the item to its new row (a quote
    /// whose speaker changed, an entity whose type changed), or stays in place if it is gone.
    mutating func follow(_ span: Span?, from row: Int, in items: [PaneItem]) {
        guard !items.isEmpty else { cursor = 0; return }
        let found = span.flatMap { span in items.firstIndex { !$0.isHeader && $0.targets.contains { $0.span == span } } }
        cursor = found ?? max(0, min(row, items.count - 1))
    }
}
