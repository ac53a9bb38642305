/// One flag per code-point offset of a text, 64 to a machine word: "is this offset covered by a
/// mention yet" for a whole article costs an eighth of a `[Bool]` (2.5 MB instead of 20 MB for a
/// 20 MB article).
public struct OffsetFlags: Sendable {
    private var words: [UInt64]
    public let count: Int

    public init(count: Int) {
        self.count = count
        self.words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    public subscript(offset: Int) -> Bool {
        get {
            precondition(offset >= 0 && offset < count, "offset \(offset) out of 0..<\(count)")
            return words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }
        set {
            precondition(offset >= 0 && offset < count, "offset \(offset) out of 0..<\(count)")
            if newValue { words[offset >> 6] |= 1 << UInt64(offset & 63) } else { words[offset >> 6] &= ~(1 << UInt64(offset & 63)) }
        }
    }
}
