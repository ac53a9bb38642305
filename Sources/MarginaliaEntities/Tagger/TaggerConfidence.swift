import FoundationEssentials
import MarginaliaText

extension TaggerModel {
    /// A score in (0, 1) from how far each token's chosen label outscores O:
    /// the perceptron gives margins, not probabilities, so this is a calibrated-looking squash.
    func confidence(_ e: [Float], _ labels: [Int], _ range: Range<Int>) -> Double {
        let L = self.labels
        var total: Float = 0
        for i in range {
            // Against O, not against the best rival: B-PER and I-PER often score alike, and
            // the question a reader has is whether this is a name at all.
            total += e[i * L + labels[i]] - e[i * L]
        }
        let margin = Double(total) / Double(range.count)
        let value = 1 / (1 + exp(-margin / 4))
        return (value * 100).rounded() / 100
    }
}
