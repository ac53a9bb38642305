/// A half-open range of Unicode code points (scalars) into an article's text: the same
/// indices Python's `str` uses. Every saved or printed offset in Marginalia is one of these.
public struct Span: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "Span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public init(start: Int, end: Int) { self.init(start, end) }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start),\(end))" }
}
