/// A half-open range of Unicode code points (scalars) into an article's text: the same
/// indices Python's `str` uses. Every saved or printed offset in Marginalia is one of these.
///
/// Stored as two 32-bit offsets (8 bytes instead of 16): sentences, tokens, mentions, quotes
/// and layout all hold spans by the hundred thousand for a big article. Texts are limited to
/// `Span.maximumOffset` code points (`ArticleLoader` refuses larger files).
public struct Span: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    private var lower: Int32
    private var upper: Int32

    /// The largest offset a span can hold.
    public static let maximumOffset = Int(Int32.max)

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "Span start \(start) after end \(end)")
        precondition(start >= Int(Int32.min) && end <= Span.maximumOffset, "Span [\(start),\(end)) beyond 32-bit offsets")
        self.lower = Int32(truncatingIfNeeded: start)
        self.upper = Int32(truncatingIfNeeded: end)
    }

    public init(start: Int, end: Int) { self.init(start, end) }

    public var start: Int {
        get { Int(lower) }
        set { lower = Int32(newValue) }
    }

    public var end: Int {
        get { Int(upper) }
        set { upper = Int32(newValue) }
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { lower == upper }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.lower >= lower && other.upper <= upper }
    public func overlaps(_ other: Span) -> Bool { lower < other.upper && other.lower < upper }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.lower != rhs.lower ? lhs.lower < rhs.lower : lhs.upper < rhs.upper
    }

    public var description: String { "[\(start),\(end))" }

    // Coded as before: {"start": …, "end": …}.
    enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: Decoder) throws {
        // As the coding synthesised for the earlier Int fields: any two offsets that fit.
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.lower = try c.decode(Int32.self, forKey: .start)
        self.upper = try c.decode(Int32.self, forKey: .end)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
