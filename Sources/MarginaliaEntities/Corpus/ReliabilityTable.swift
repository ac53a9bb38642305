/// Confidence against correctness: mentions binned by their confidence, with the share of each
/// bin that is right. A calibrated recognizer's bins read about their own confidence
/// (0.6 to 0.7: about 65 % right), so a dimmed name is one the reader should doubt.
public struct ReliabilityTable: Sendable {
    /// Lower edges of the bins; the last bin is [0.9, 1.0].
    public static let edges: [Double] = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9]
    public private(set) var count: [Int] = Array(repeating: 0, count: edges.count)
    public private(set) var right: [Int] = Array(repeating: 0, count: edges.count)
    public private(set) var confidenceSum: [Double] = Array(repeating: 0, count: edges.count)

    public init() {}

    public mutating func add(confidence: Double, right isRight: Bool) {
        let bin = (Self.edges.lastIndex { confidence >= $0 }) ?? 0
        count[bin] += 1
        confidenceSum[bin] += confidence
        if isRight { right[bin] += 1 }
    }

    /// Mean gap between a bin's confidence and its precision, weighted by its mentions (0: calibrated).
    public var expectedError: Double {
        let total = count.reduce(0, +)
        guard total > 0 else { return 0 }
        return zip(zip(count, right), confidenceSum).reduce(0.0) { sum, bin in
            let ((_, r), c) = bin
            return sum + abs(c - Double(r))
        } / Double(total)
    }
}
