/// Finds where a pattern best matches inside a window of text, allowing edits: semi-global
/// edit distance (the match may start and end anywhere in the window), O(pattern × window)
/// time and O(window) memory. Used only on a sentence-sized window chosen by n-gram votes.
enum FuzzyAligner {
    struct Match {
        var start: Int
        var end: Int
        var distance: Int
    }

    static func bestMatch(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], window: Range<Int>) -> Match? {
        let m = pattern.count
        let n = window.count
        guard m > 0, n > 0 else { return nil }
        // previous[j]/current[j]: distance of pattern[0..<i] against text ending at window.lowerBound + j;
        // startOf tracks where that alignment began, so no traceback matrix is needed.
        var previous = [Int](repeating: 0, count: n + 1)
        var previousStart = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        var currentStart = [Int](repeating: 0, count: n + 1)
        for i in 1...m {
            current[0] = i
            currentStart[0] = 0
            let p = pattern[i - 1]
            for j in 1...n {
                let substitution = previous[j - 1] + (text[window.lowerBound + j - 1] == p ? 0 : 1)
                let deletion = previous[j] + 1        // pattern scalar missing from the text
                let insertion = current[j - 1] + 1    // extra scalar in the text
                if substitution <= deletion && substitution <= insertion {
                    current[j] = substitution; currentStart[j] = previousStart[j - 1]
                } else if deletion <= insertion {
                    current[j] = deletion; currentStart[j] = previousStart[j]
                } else {
                    current[j] = insertion; currentStart[j] = currentStart[j - 1]
                }
            }
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
        }
        var best: Match?
        for j in 0...n {
            let d = previous[j]
            if best == nil || d < best!.distance {
                best = Match(start: window.lowerBound + previousStart[j], end: window.lowerBound + j, distance: d)
            }
        }
        return best
    }
}
