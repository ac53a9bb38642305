import MarginaliaText

/// What the selection is: the unit the user moved by decides what `)` or `}` do next and how
/// the status line names it ("sentence 3/41").
public enum SelectionUnit: Equatable, Sendable {
    case sentence(Int)
    case paragraph(Int)
    case entity(Int)
    case quote(Int)
    case match(Int)
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
public struct SearchState: Equatable, Sendable {
    public var query: String
    public var matches: [Span]
    public var current: Int?
}
