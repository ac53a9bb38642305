import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// A place in the article Enter can select, with the unit the selection then has.
public struct PaneTarget: Equatable, Sendable {
    public var span: Span
    public var unit: SelectionUnit
}

/// One line of a side pane and where Enter takes the article.
public struct PaneItem: Equatable, Sendable {
    public var label: String
    /// Theme scope for the item's marker (entity type, tag colour).
    public var scope: String?
    public var marker: String
    public var target: Span?
    /// A section header ("PER (12)", "Maria Sacharowa (2)"); the rows under it are indented.
    public var isHeader = false
    /// What repeated Enter cycles through, in text order: an entity's mentions, a type's
    /// mentions, a speaker's quotes. Empty: Enter selects `target` (Tags pane).
    public var targets: [PaneTarget] = []
    /// How the status line names the item while Enter cycles ("Putin: mention 2/5").
    public var name = ""
    public var targetNoun = "mention"
    /// A quote the user rejected: the id of that correction (`a` on the row undoes it); the
    /// empty string on the header of the rejected quotes.
    public var rejection: String?
}

/// The rows of the Entities and Quotes panes, built from the corrected analysis.
enum PaneRows {
    /// The theme scope of each entity type (the article's highlights and the Entities pane).
    static let entityScopes: [EntityType: String] = [
        .PER: "entity.person", .LOC: "entity.location", .ORG: "entity.organization", .MISC: "entity.misc",
    ]

    static let unknownSpeaker = "unknown speaker"

    /// Sections by type (PER, LOC, ORG, MISC), each a header "PER (n entities)" followed by its
    /// entities, most mentioned first: "Wladimir Putin (5)". Enter on a header cycles through
    /// every mention of that type, on an entity through its mentions.
    static func entities(_ mentions: [EntityMention]) -> [PaneItem] {
        // Mention -> its index in the document's list, for the selection unit.
        var indexOf: [Span: Int] = [:]
        for (i, m) in mentions.enumerated() where indexOf[m.span] == nil { indexOf[m.span] = i }
        func target(_ m: EntityMention) -> PaneTarget { PaneTarget(span: m.span, unit: .entity(indexOf[m.span] ?? 0)) }
        var rows: [PaneItem] = []
        for section in EntityGrouping.groupsByType(mentions) {
            let scope = PaneRows.entityScopes[section.type]
            let all = section.groups.flatMap(\.mentions).sorted { $0.span < $1.span }.map(target)
            rows.append(PaneItem(label: "(\(section.groups.count))", scope: scope, marker: section.type.rawValue, target: all.first?.span,
                                 isHeader: true, targets: all, name: section.type.rawValue))
            for group in section.groups {
                let targets = group.mentions.map(target)
                rows.append(PaneItem(label: "\(group.canonical) (\(group.mentions.count))", scope: scope, marker: "•",
                                     target: targets.first?.span, targets: targets, name: group.canonical))
            }
        }
        return rows
    }

    /// A header per speaker, "Maria Sacharowa (2)", followed by the excerpts of that speaker's
    /// quotes; quotes without a speaker under "unknown speaker". Enter on a header cycles
    /// through the speaker's quotes, on a quote selects it.
    static func quotes(_ quotes: [Quotation], text: ArticleText, language: Language = .de) -> [PaneItem] {
        // A speaker set by hand may carry only its surface text: group by what is shown.
        let named = quotes.map { quote -> Quotation in
            var q = quote
            if let s = q.speaker, s.canonical.isEmpty { q.speaker?.canonical = s.text }
            return q
        }
        var rows: [PaneItem] = []
        for group in SpeakerGroups.group(named) {
            let speaker = group.speaker ?? unknownSpeaker
            let targets = group.quotations.map { PaneTarget(span: quotes[$0].span, unit: .quote($0)) }
            rows.append(PaneItem(label: "\(speaker) (\(group.count))", scope: "quote.speaker", marker: "❝", target: targets.first?.span,
                                 isHeader: true, targets: targets, name: speaker, targetNoun: "quote"))
            for (i, index) in group.quotations.enumerated() {
                let excerpt = quotes[index].spans.map { text[$0] }.joined(separator: " … ").replacing("\n", with: " ")
                rows.append(PaneItem(label: ExcerptMarks.quoted(excerpt, language: language), scope: "quote", marker: "·", target: targets[i].span,
                                     targets: [targets[i]], name: speaker, targetNoun: "quote"))
            }
        }
        return rows
    }
}
