import FoundationEssentials
import MarginaliaText

/// What the tagger's scores say about one span it found: the inputs of its confidence.
public struct SpanMargins: Sendable, Equatable {
    /// Mean over the span's tokens of how far the chosen label outscores O.
    public var meanOverO: Double
    /// The smallest such lead: one doubtful word makes a doubtful name.
    public var minOverO: Double
    /// The smallest lead of a token's label over its best rival of any kind (another type, B
    /// against I, or O): small when the type or the span's edges were a close call.
    public var minOverRival: Double
    public var tokens: Int

    /// The values a calibration weighs, in the order of its weights (after the bias).
    var inputs: [Double] { [meanOverO, minOverO, minOverRival, tokens > 1 ? 1 : 0] }
    static let inputCount = 4
}

extension TaggerModel {
    /// Margins of the span `range` under the decoded `labels` (the model's own scheme).
    public func margins(_ e: [Float], _ labels: [Int], _ range: Range<Int>) -> SpanMargins {
        let L = self.labels
        var total: Float = 0, minO = Float.greatestFiniteMagnitude, minRival = Float.greatestFiniteMagnitude
        for i in range {
            let chosen = e[i * L + labels[i]]
            // Against O, not against the best rival: B-PER and I-PER often score alike, and
            // the question a reader has is whether this is a name at all.
            let lead = chosen - e[i * L]
            total += lead
            minO = min(minO, lead)
            var rival = -Float.greatestFiniteMagnitude
            for y in 0..<L where y != labels[i] { rival = max(rival, e[i * L + y]) }
            minRival = min(minRival, chosen - rival)
        }
        return SpanMargins(meanOverO: Double(total) / Double(range.count), minOverO: Double(minO),
                           minOverRival: Double(minRival), tokens: range.count)
    }

    /// The chance that the span is a name of the right extent and type: the model's calibration
    /// when it has one (fitted by `train ner` on held-out folds of its training file), else the
    /// squashed margin older models always gave (`marginScore`; saturated: on GermEval dev it
    /// reads 0.95 or more for 85 % of the spans, and three in four of those are right).
    func confidence(_ e: [Float], _ labels: [Int], _ range: Range<Int>) -> Double {
        confidence(margins(e, labels, range))
    }

    public func confidence(_ m: SpanMargins) -> Double {
        calibration.map { Self.rounded($0.probability(m)) } ?? marginScore(m)
    }

    /// The squashed mean margin against O: whether the tagger thinks this is a name at all, on the
    /// scale the German passes' thresholds were set on (0.75 "confident", < 0.1 "unsure": both
    /// near a margin of zero). Saturated, so no probability: `confidence` is the one shown.
    public func marginScore(_ m: SpanMargins) -> Double {
        Self.rounded(1 / (1 + exp(-m.meanOverO / 4)))
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
