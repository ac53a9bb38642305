import FoundationEssentials
import MarginaliaText

/// conlleval-style scoring: a predicted span counts only if its boundaries and type both
/// equal a gold span's. Per-type and overall precision, recall and F1.
public struct SpanEvaluation: Sendable {
    public struct Counts: Sendable {
        public var truePositives = 0, predicted = 0, gold = 0
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public private(set) var byType: [EntityType: Counts] = [:]
    public private(set) var overall = Counts()
    public private(set) var tokens = 0

    public init() {}

    /// Adds one unit (a sentence or document) given as spans keyed by any comparable position.
    public mutating func add<P: Hashable>(gold: [(P, EntityType)], predicted: [(P, EntityType)], tokens: Int = 0) {
        self.tokens += tokens
        var goldSet = [P: EntityType]()
        for (p, t) in gold { goldSet[p] = t; byType[t, default: Counts()].gold += 1; overall.gold += 1 }
        for (p, t) in predicted {
            byType[t, default: Counts()].predicted += 1
            overall.predicted += 1
            if goldSet[p] == t { byType[t, default: Counts()].truePositives += 1; overall.truePositives += 1 }
        }
    }

    public mutating func add(goldLabels: [Int], predictedLabels: [Int]) {
        struct Key: Hashable { let start: Int, end: Int }
        add(gold: EntityTagSet.spans(from: goldLabels).map { (Key(start: $0.start, end: $0.end), $0.type) },
            predicted: EntityTagSet.spans(from: predictedLabels).map { (Key(start: $0.start, end: $0.end), $0.type) },
            tokens: goldLabels.count)
    }

    /// A conlleval-like table.
    public func report() -> String {
        func line(_ name: String, _ c: Counts) -> String {
            func pct(_ x: Double) -> String { CFormat.string("%6.2f", x * 100) }
            return "\(name.count < 8 ? name + String(repeating: " ", count: 8 - name.count) : String(name.prefix(8))) precision \(pct(c.precision))%  recall \(pct(c.recall))%  F1 \(pct(c.f1))  (gold \(c.gold), predicted \(c.predicted), correct \(c.truePositives))"
        }
        var lines = [line("overall", overall)]
        for t in EntityType.allCases { lines.append(line(t.rawValue, byType[t] ?? Counts())) }
        return lines.joined(separator: "\n")
    }
}
