import FoundationEssentials
import MarginaliaText
import MarginaliaEntities

extension ReliabilityTable {
    /// One line per confidence bin: mentions, right, precision, mean confidence.
    func report() -> String {
        var lines = ["  confidence   mentions   right  precision  mean confidence"]
        for (k, lower) in Self.edges.enumerated() {
            let last = k + 1 == Self.edges.count
            let range = CFormat.string("%.1f-%.1f", lower, last ? 1.0 : Self.edges[k + 1]) + (last ? "]" : ")")
            let n = count[k]
            let precision = n == 0 ? "-" : CFormat.string("%.1f %%", 100 * Double(right[k]) / Double(n))
            let mean = n == 0 ? "-" : CFormat.string("%.2f", confidenceSum[k] / Double(n))
            lines.append("  " + pad(range, 11) + pad(String(n), 11, right: true) + pad(String(right[k]), 8, right: true)
                         + pad(precision, 11, right: true) + pad(mean, 17, right: true))
        }
        lines.append(CFormat.string("  expected calibration error %.3f (mean gap between a bin's confidence and its precision)", expectedError))
        return lines.joined(separator: "\n")
    }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}

/// `train ner --calibration-points FILE`: the calibration folds' held-out spans, one a line.
enum CalibrationPointsFile {
    static func write(_ points: [CalibrationFolds.Point], to path: String) throws {
        var lines = ["mean_over_o\tmin_over_o\tmin_over_rival\ttokens\ttype\tright"]
        for p in points {
            let m = p.margins
            lines.append(CFormat.string("%.4f\t%.4f\t%.4f\t%d\t", m.meanOverO, m.minOverO, m.minOverRival, m.tokens)
                         + "\(p.type.rawValue)\t\(p.right ? 1 : 0)")
        }
        do { try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            CommandLineError.exit("cannot write \(path): \(error)")
        }
    }
}
