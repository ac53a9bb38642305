/// First-order Viterbi decoding over per-token label scores and label-transition scores.
/// Transitions that would make an ill-formed BIO sequence (O -> I-PER) are never taken.
public enum Viterbi {
    /// Which label sequences a scheme allows, as tables: asked once per model instead of
    /// calling `allowed` for every label pair of every sentence.
    public struct Constraints: Sendable {
        let labels: Int
        let allowedStart: [Bool]
        /// Per label, the labels that may precede it (ascending), flat: `previous[previousStart[y]..<previousStart[y + 1]]`.
        let previous: [Int32]
        let previousStart: [Int]
        let mayEnd: [Bool]

        public init(labels L: Int, allowed: (Int, Int?) -> Bool = EntityTagSet.allowed, mayEnd: (Int) -> Bool = { _ in true }) {
            labels = L
            allowedStart = (0..<L).map { allowed($0, nil) }
            var previous: [Int32] = [], previousStart = [0]
            for cur in 0..<L {
                for p in 0..<L where allowed(cur, p) { previous.append(Int32(p)) }
                previousStart.append(previous.count)
            }
            self.previous = previous
            self.previousStart = previousStart
            self.mayEnd = (0..<L).map(mayEnd)
        }
    }

    /// - Parameters:
    ///   - emissions: n * L scores, token-major.
    ///   - transitions: L * L scores, `[previous * L + current]`.
    ///   - start: L scores for the first label.
    public static func decode(emissions: [Float], count n: Int, labels L: Int,
                              transitions: [Float], start: [Float],
                              allowed: @escaping (Int, Int?) -> Bool = EntityTagSet.allowed,
                              mayEnd: @escaping (Int) -> Bool = { _ in true }) -> [Int] {
        decode(emissions: emissions, count: n, transitions: transitions, start: start,
               constraints: Constraints(labels: L, allowed: allowed, mayEnd: mayEnd))
    }

    public static func decode(emissions: [Float], count n: Int, transitions: [Float], start: [Float],
                              constraints c: Constraints) -> [Int] {
        guard n > 0 else { return [] }
        let L = c.labels
        precondition(emissions.count >= n * L && transitions.count == L * L && start.count == L)
        let forbidden = -Float.greatestFiniteMagnitude / 4
        var score = [Float](repeating: forbidden, count: n * L)
        var back = [Int32](repeating: 0, count: n * L)
        for y in 0..<L where c.allowedStart[y] { score[y] = start[y] + emissions[y] }
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                emissions.withUnsafeBufferPointer { emissions in
                    transitions.withUnsafeBufferPointer { transitions in
                        c.previous.withUnsafeBufferPointer { previous in
                            for i in 1..<max(1, n) {
                                let base = i * L, prevBase = (i - 1) * L
                                for y in 0..<L {
                                    var best = forbidden, arg: Int32 = 0
                                    for k in c.previousStart[y]..<c.previousStart[y + 1] {
                                        let p = Int(previous[k])
                                        let s = score[prevBase + p] + transitions[p * L + y]
                                        // Without a branch (its outcome was hard to predict); the
                                        // first of equally good previous labels wins, as before.
                                        let better = s > best
                                        best = better ? s : best
                                        arg = better ? Int32(p) : arg
                                    }
                                    score[base + y] = best + emissions[base + y]
                                    back[base + y] = arg
                                }
                            }
                        }
                    }
                }
            }
        }
        var last = 0
        let lastBase = (n - 1) * L
        for y in 1..<L where c.mayEnd[y] && score[lastBase + y] > score[lastBase + last] { last = y }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = last
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * L + path[i]])
            i -= 1
        }
        return path
    }
}
