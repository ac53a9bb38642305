import FoundationEssentials
import MarginaliaText

/// Turns a span's margins into a probability that it is right (exact span and type): a
/// logistic regression over `SpanMargins.inputs` (Platt scaling with a few inputs), fitted on
/// spans the tagger found in sentences it was not trained on (`CalibrationFolds`). The raw
/// squashed margin is no probability: on GermEval dev 82 % of the spans read >= 0.95 and
/// three in four of those are right, so "dimmed = unsure" rarely fired and the passes'
/// thresholds meant little.
public struct SpanCalibration: Sendable, Equatable {
    /// The bias, then one weight per input.
    public var weights: [Double]

    public init(weights: [Double]) {
        precondition(weights.count == SpanMargins.inputCount + 1)
        self.weights = weights
    }

    public func probability(_ m: SpanMargins) -> Double {
        var z = weights[0]
        for (w, x) in zip(weights.dropFirst(), m.inputs) { z += w * x }
        return 1 / (1 + exp(-z))
    }

    /// Maximum likelihood with a small ridge (Newton's method: a handful of inputs, a few
    /// thousand points). Inputs are scaled to unit spread while fitting, so the ridge weighs
    /// each alike, and the weights are scaled back.
    public static func fit(_ points: [(margins: SpanMargins, right: Bool)], ridge: Double = 1) -> SpanCalibration {
        let d = SpanMargins.inputCount + 1
        let rows = points.map { [1.0] + $0.margins.inputs }
        var scale = [Double](repeating: 1, count: d)
        for j in 1..<d {
            let values = rows.map { $0[j] }
            let mean = values.reduce(0, +) / Double(max(1, values.count))
            let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, values.count))).squareRoot()
            scale[j] = spread > 1e-9 ? spread : 1
        }
        let x = rows.map { row in (0..<d).map { row[$0] / scale[$0] } }
        let y = points.map { $0.right ? 1.0 : 0.0 }
        var w = [Double](repeating: 0, count: d)
        for _ in 0..<50 {
            var gradient = [Double](repeating: 0, count: d)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
            for (row, target) in zip(x, y) {
                var z = 0.0
                for j in 0..<d { z += w[j] * row[j] }
                let p = 1 / (1 + exp(-z))
                let s = max(p * (1 - p), 1e-9)
                for j in 0..<d {
                    gradient[j] += (p - target) * row[j]
                    for k in 0..<d { hessian[j][k] += s * row[j] * row[k] }
                }
            }
            // The bias goes unpenalised.
            for j in 1..<d { gradient[j] += ridge * w[j]; hessian[j][j] += ridge }
            let step = solve(hessian, gradient)
            for j in 0..<d { w[j] -= step[j] }
            if step.map(abs).max() ?? 0 < 1e-8 { break }
        }
        return SpanCalibration(weights: (0..<d).map { w[$0] / scale[$0] })
    }

    /// Gaussian elimination with partial pivoting (the system is small and positive definite).
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        let n = b.count
        var m = a, v = b
        for col in 0..<n {
            let pivot = (col..<n).max { abs(m[$0][col]) < abs(m[$1][col]) }!
            m.swapAt(col, pivot); v.swapAt(col, pivot)
            guard abs(m[col][col]) > 1e-12 else { continue }
            for r in (col + 1)..<n {
                let f = m[r][col] / m[col][col]
                for c in col..<n { m[r][c] -= f * m[col][c] }
                v[r] -= f * v[col]
            }
        }
        var out = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = v[r]
            for c in (r + 1)..<n { s -= m[r][c] * out[c] }
            out[r] = abs(m[r][r]) > 1e-12 ? s / m[r][r] : 0
        }
        return out
    }
}
