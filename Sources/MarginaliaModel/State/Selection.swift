import MarginaliaText

/// What the selection is: the unit the user moved by decides what `)` or `}` do next and how
/// the status line names it ("sentence 3/41").
public enum SelectionUnit: Equatable, Sendable {
    case sentence(Int)
    case paragraph(Int)
    case entity(Int)
    case quote(Int)
    /// A search match (which one of how many: `SearchState.current`).
    case match
    case range
}

/// The passage tags and notes apply to.
public struct Selection: Equatable, Sendable {
    public var span: Span
    public var unit: SelectionUnit
    /// In visual mode, the passage the range started from; the selection is the union of the
    /// anchor and the moving end.
    public var anchor: Span?
    public var head: Span?

    public init(span: Span, unit: SelectionUnit) {
        self.span = span
        self.unit = unit
    }

    public var isVisual: Bool { anchor != nil }
}

/// The result of a `/` search: every match, and which one is current.
///
/// In a long article (over `TextSearch.synchronousLimit` code points) the matches are counted in
/// the background: meanwhile `isCounting` is true, `matches` is empty, and only `currentSpan`
/// (the match moved to) is known; the screen highlights the matches of the rows it shows.
public struct SearchState: Equatable, Sendable {
    public var query: String
    public var matches: [Span]
    /// Index in `matches` of the match the reader is on.
    public var current: Int?
    /// The match the reader is on (known also while counting).
    public var currentSpan: Span?
    public var isCounting: Bool

    public init(query: String, matches: [Span], current: Int? = nil, currentSpan: Span? = nil, isCounting: Bool = false) {
        self.query = query
        self.matches = matches
        self.current = current
        self.currentSpan = currentSpan
        self.isCounting = isCounting
    }
}
