import MarginaliaText

/// Spans (possibly overlapping or nested) with a value each, answering "which overlap this
/// row?" in O(log n + hits), so rendering a screen of a long article stays cheap.
///
/// A big article's highlight layers hold 100,000s of spans with a handful of distinct values
/// (theme scopes): the spans are kept in flat arrays of 32-bit offsets and each value once,
/// 16 bytes a span instead of a tuple and a string each (40 bytes and often a heap string).
public struct SpanIndex<Value: Hashable> {
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// The largest end among spans 0...i (spans sorted by start).
    private var maxEndUpTo: [Int32] = []
    /// Index into `values` of each span's value.
    private var codes: [UInt32] = []
    private var values: [Value] = []

    public init<S: Sequence>(_ items: S) where S.Element == (Span, Value) {
        var code: [Value: UInt32] = [:]
        var sorted = true
        for (span, value) in items {
            let c = code[value] ?? {
                values.append(value)
                code[value] = UInt32(values.count - 1)
                return UInt32(values.count - 1)
            }()
            let (start, end) = (Int32(clamping: span.start), Int32(clamping: span.end))
            if let s = starts.last, let e = ends.last, start < s || (start == s && end < e) { sorted = false }
            starts.append(start)
            ends.append(end)
            codes.append(c)
        }
        if !sorted {
            // By span, equal spans in the order given.
            let order = starts.indices.sorted { a, b in
                starts[a] != starts[b] ? starts[a] < starts[b] : ends[a] != ends[b] ? ends[a] < ends[b] : a < b
            }
            (starts, ends, codes) = (order.map { starts[$0] }, order.map { ends[$0] }, order.map { codes[$0] })
        }
        var running = Int32.min
        maxEndUpTo = ends.map { running = max(running, $0); return running }
    }

    public var count: Int { starts.count }

    public func overlapping(_ range: Span) -> [(span: Span, value: Value)] {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) < range.end { lo = mid + 1 } else { hi = mid }
        }
        var out: [(span: Span, value: Value)] = []
        var i = lo - 1
        while i >= 0, Int(maxEndUpTo[i]) > range.start {
            if Int(ends[i]) > range.start { out.append((Span(Int(starts[i]), Int(ends[i])), values[Int(codes[i])])) }
            i -= 1
        }
        return out.reversed()
    }
}
