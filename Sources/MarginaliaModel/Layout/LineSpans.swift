import MarginaliaText

/// The spans of an article's hard lines (and pieces of long ones, `ArticleLayout.lines`),
/// kept as one 32-bit start each: a line ends where the next begins, less the newline
/// between them. A 20 MB article has 100,000s of lines: 4 bytes each instead of a `Span`'s 16.
public struct LineSpans: RandomAccessCollection, Sendable {
    private var starts: [UInt32] = []
    private let text: ArticleText

    init(text: ArticleText) { self.text = text }

    /// Adds the line after the last one (lines are added in text order, without gaps but for
    /// the newline that ends a hard line).
    mutating func append(_ line: Span) {
        starts.append(UInt32(truncatingIfNeeded: line.start))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(index: Int) -> Span {
        let start = Int(starts[index])
        guard index + 1 < starts.count else { return Span(start, text.count) }
        let next = Int(starts[index + 1])
        // A hard line ends at its newline; a piece of a long line where the next piece begins.
        return Span(start, next > start && text.scalars[next - 1] == "\n" ? next - 1 : next)
    }

    /// The start of line `index` (cheaper than `self[index].start`: no look at the text).
    func start(_ index: Int) -> Int { Int(starts[index]) }
}
