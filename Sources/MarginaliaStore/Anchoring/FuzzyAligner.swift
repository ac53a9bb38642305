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
        // the *Start arrays track where that alignment began, so no traceback matrix is needed.
        var previous = [Int](repeating: 0, count: n + 1)
        var previousStart = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        var currentStart = [Int](repeating: 0, count: n + 1)
        let base = window.lowerBound
        pattern.withUnsafeBufferPointer { p in
            text.withUnsafeBufferPointer { t in
                for i in 1...m {
                    previous.withUnsafeMutableBufferPointer { prev in
                    current.withUnsafeMutableBufferPointer { cur in
                    previousStart.withUnsafeMutableBufferPointer { prevStart in
                    currentStart.withUnsafeMutableBufferPointer { curStart in
                        cur[0] = i
                        curStart[0] = 0
                        let scalar = p[i - 1]
                        for j in 1...n {
                            let substitution = prev[j - 1] + (t[base + j - 1] == scalar ? 0 : 1)
                            let deletion = prev[j] + 1        // pattern scalar missing from the text
                            let insertion = cur[j - 1] + 1    // extra scalar in the text
                            if substitution <= deletion && substitution <= insertion {
                                cur[j] = substitution; curStart[j] = prevStart[j - 1]
                            } else if deletion <= insertion {
                                cur[j] = deletion; curStart[j] = prevStart[j]
                            } else {
                                cur[j] = insertion; curStart[j] = curStart[j - 1]
                            }
                        }
                    }
                    }
                    }
                    }
                    swap(&previous, &current)
                    swap(&previousStart, &currentStart)
                }
            }
        }
        var best: Match?
        for j in 0...n where best == nil || previous[j] < best!.distance {
            best = Match(start: base + previousStart[j], end: base + j, distance: previous[j])
        }
        return best
    }
}
