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
    public var targets: [PaneTarget] {
        get { targetsOfRow.map { $0.table.targets(ofRow: $0.row) } ?? targetList }
        set { targetList = newValue; targetsOfRow = nil }
    }
    /// How the status line names the item while Enter cycles ("Putin: mention 2/5").
    public var name = ""
    public var targetNoun = "mention"
    /// A quote the user rejected: the id of that correction (`a` on the row undoes it); the
    /// empty string on the header of the rejected quotes.
    public var rejection: String?

    private var targetList: [PaneTarget] = []
    /// Targets made only when asked for (a type's header in the Entities pane targets every
    /// mention of that type: drawing the row must not make them).
    private var targetsOfRow: RowTargets?

    public init(label: String, scope: String?, marker: String, target: Span?, isHeader: Bool = false, targets: [PaneTarget] = [],
                name: String = "", targetNoun: String = "mention", rejection: String? = nil) {
        self.label = label
        self.scope = scope
        self.marker = marker
        self.target = target
        self.isHeader = isHeader
        self.targetList = targets
        self.name = name
        self.targetNoun = targetNoun
        self.rejection = rejection
    }

    /// A row of `table` whose targets the table makes when they are asked for.
    init(label: String, scope: String?, marker: String, target: Span?, isHeader: Bool, targetsOf row: Int, in table: any PaneRowTable,
         name: String, targetNoun: String) {
        self.init(label: label, scope: scope, marker: marker, target: target, isHeader: isHeader, name: name, targetNoun: targetNoun)
        self.targetsOfRow = RowTargets(table: table, row: row)
    }

    private struct RowTargets: Equatable, Sendable {
        let table: any PaneRowTable
        let row: Int
        static func == (a: RowTargets, b: RowTargets) -> Bool { a.table === b.table && a.row == b.row }
    }
}

/// Rows kept as indices into the analysis (the Entities and Quotes panes of a big article have
/// 100,000s): a row's label and targets are made when the row is asked for, so drawing makes
/// only the rows on screen.
protocol PaneRowTable: AnyObject, Sendable {
    var count: Int { get }
    func row(_ index: Int) -> PaneItem
    func targets(ofRow index: Int) -> [PaneTarget]
}

/// The rows of a side pane: those of a table (made on access), then rows made in full (the
/// Tags pane's, the rejected quotes: a handful, made by the user).
public struct PaneRowList: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    let table: (any PaneRowTable)?
    let made: [PaneItem]

    public init(_ items: [PaneItem] = []) { self.table = nil; self.made = items }
    public init(arrayLiteral items: PaneItem...) { self.init(items) }
    init(table: any PaneRowTable, then made: [PaneItem] = []) { self.table = table; self.made = made }

    private var tableCount: Int { table?.count ?? 0 }
    public var startIndex: Int { 0 }
    public var endIndex: Int { tableCount + made.count }
    public subscript(index: Int) -> PaneItem {
        if let table, index < table.count { return table.row(index) }
        return made[index - tableCount]
    }

    public static func == (a: PaneRowList, b: PaneRowList) -> Bool { a.table === b.table && a.made == b.made }
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
    /// every mention of that type, on an entity through its mentions. `groups`: those of
    /// `EntityGrouping.groups(mentions)`.
    static func entities(_ mentions: [EntityMention], groups: [EntityGroup]? = nil) -> PaneRowList {
        PaneRowList(table: EntityPaneRows(mentions, groups: groups ?? EntityGrouping.groups(mentions)))
    }

    /// A header per speaker, "Maria Sacharowa (2)", followed by the excerpts of that speaker's
    /// quotes; quotes without a speaker under "unknown speaker". Enter on a header cycles
    /// through the speaker's quotes, on a quote selects it.
    static func quotes(_ quotes: [Quotation], text: ArticleText, language: Language = .de, then made: [PaneItem] = []) -> PaneRowList {
        PaneRowList(table: QuotePaneRows(quotes, text: text, language: language), then: made)
    }
}
