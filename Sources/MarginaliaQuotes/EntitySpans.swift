import MarginaliaText
import MarginaliaEntities

/// The entity recognizer's mentions, sorted, with the look-ups the quote layer needs.
struct EntitySpans: Sendable {
    let mentions: [EntityMention]
    /// Indices of the person mentions, ascending: `people(before:)` steps over them alone, so a
    /// long text with few people does not walk back over every place and organisation each time.
    private let personIndices: [Int]

    init(_ mentions: [EntityMention]) {
        // The recognizer hands them sorted: then the array is shared, not copied (a sorted copy
        // of a 20 MB article's mentions was 7 MB).
        let isSorted = zip(mentions, mentions.dropFirst()).allSatisfy { !($1.span < $0.span) }
        let sorted = isSorted ? mentions : mentions.sorted { $0.span < $1.span }
        self.mentions = sorted
        personIndices = sorted.indices.filter { sorted[$0].type == .PER }
    }

    /// Index of the first mention that ends after `offset` (binary search).
    private func firstEnding(after offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Mentions overlapping `span`. Mentions are short and non-nested, so the scan is local.
    func overlapping(_ span: Span) -> [EntityMention] {
        var result: [EntityMention] = []
        var k = max(0, firstEnding(after: span.start) - 2)
        while k < mentions.count, mentions[k].span.start < span.end {
            if mentions[k].span.overlaps(span) { result.append(mentions[k]) }
            k += 1
        }
        return result
    }

    /// True when one mention fills most of `span`: „La Repubblica“, „Shenzhou 6“.
    func covers(_ span: Span) -> Bool {
        guard span.length > 0 else { return false }
        return overlapping(span).contains { m in
            let shared = min(m.span.end, span.end) - max(m.span.start, span.start)
            return Double(shared) >= 0.7 * Double(span.length) && m.type != .PER || shared == span.length
        }
    }

    /// Person mentions ending before `offset`, latest first (for pronouns and roles).
    func people(before offset: Int, limit: Int = 40) -> [EntityMention] {
        // The last person index below the first mention ending after `offset` (binary search).
        let bound = firstEnding(after: offset)
        var lo = 0, hi = personIndices.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if personIndices[mid] < bound { lo = mid + 1 } else { hi = mid }
        }
        var result: [EntityMention] = []
        var p = lo - 1
        while p >= 0, result.count < limit {
            let m = mentions[personIndices[p]]
            if m.span.end <= offset { result.append(m) }
            p -= 1
        }
        return result
    }

    /// The last mention of `type` ending before `offset`, within the 40 mentions before it.
    func mentions(before offset: Int, type: EntityType) -> EntityMention? {
        var k = firstEnding(after: offset) - 1
        var looked = 0
        while k >= 0, looked < 40 {
            if mentions[k].type == type, mentions[k].span.end <= offset { return mentions[k] }
            k -= 1; looked += 1
        }
        return nil
    }
}
