import MarginaliaText

/// Spans (possibly overlapping or nested) with a value each, answering "which overlap this
/// row?" in O(log n + hits), so rendering a screen of a long article stays cheap.
public struct SpanIndex<Value> {
    public private(set) var items: [(span: Span, value: Value)]
    private var maxEndUpTo: [Int]

    public init(_ items: [(Span, Value)]) {
        let sorted = items.map { (span: $0.0, value: $0.1) }.sorted { $0.span < $1.span }
        self.items = sorted
        var running = Int.min
        self.maxEndUpTo = sorted.map { running = max(running, $0.span.end); return running }
    }

    public func overlapping(_ range: Span) -> [(span: Span, value: Value)] {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].span.start < range.end { lo = mid + 1 } else { hi = mid }
        }
        var out: [(span: Span, value: Value)] = []
        var i = lo - 1
        while i >= 0, maxEndUpTo[i] > range.start {
            if items[i].span.end > range.start { out.append(items[i]) }
            i -= 1
        }
        return out.reversed()
    }
}
