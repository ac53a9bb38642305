/// The BIO label set of the tagger: `O`, then `B-`/`I-` for each entity type, in a fixed order
/// that the model file relies on (label indices are stored, not label names).
public enum EntityTagSet {
    /// Label 0 is O; label 1 + 2k is B-type(k), label 2 + 2k is I-type(k).
    public static let types: [EntityType] = [.PER, .LOC, .ORG, .MISC]
    public static let count = 1 + 2 * types.count

    public static func begin(_ type: EntityType) -> Int { 1 + 2 * types.firstIndex(of: type)! }
    public static func inside(_ type: EntityType) -> Int { 2 + 2 * types.firstIndex(of: type)! }

    public static func type(of label: Int) -> EntityType? { label == 0 ? nil : types[(label - 1) / 2] }
    public static func isBegin(_ label: Int) -> Bool { label != 0 && (label - 1) % 2 == 0 }
    public static func isInside(_ label: Int) -> Bool { label != 0 && (label - 1) % 2 == 1 }

    /// Whether `label` may follow `previous` (nil: sentence start). I-X only continues B-X or I-X,
    /// so decoded sequences always read as well-formed spans.
    public static func allowed(_ label: Int, after previous: Int?) -> Bool {
        guard isInside(label) else { return true }
        guard let previous, previous != 0 else { return false }
        return type(of: previous) == type(of: label)
    }

    public static func name(_ label: Int) -> String {
        guard let t = type(of: label) else { return "O" }
        return (isBegin(label) ? "B-" : "I-") + t.rawValue
    }

    /// Token-index spans (end exclusive) with their types, read from a label sequence. A stray
    /// I-X (never produced by the decoder, but possible in gold data) opens a span.
    public static func spans(from labels: [Int]) -> [(start: Int, end: Int, type: EntityType)] {
        var result: [(start: Int, end: Int, type: EntityType)] = []
        var open: (start: Int, type: EntityType)?
        for (i, label) in labels.enumerated() {
            let t = type(of: label)
            if let o = open, !(isInside(label) && t == o.type) {
                result.append((o.start, i, o.type))
                open = nil
            }
            if let t, open == nil { open = (i, t) }
        }
        if let o = open { result.append((o.start, labels.count, o.type)) }
        return result
    }
}
