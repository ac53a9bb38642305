/// First-order Viterbi decoding over per-token label scores and label-transition scores.
/// Transitions that would make an ill-formed BIO sequence (O -> I-PER) are never taken.
public enum Viterbi {
    /// - Parameters:
    ///   - emissions: n * L scores, token-major.
    ///   - transitions: L * L scores, `[previous * L + current]`.
    ///   - start: L scores for the first label.
    public static func decode(emissions: [Float], count n: Int, labels L: Int,
                              transitions: [Float], start: [Float],
                              allowed: (Int, Int?) -> Bool = EntityTagSet.allowed,
                              mayEnd: (Int) -> Bool = { _ in true }) -> [Int] {
        guard n > 0 else { return [] }
        let forbidden = -Float.greatestFiniteMagnitude / 4
        var allowedTable = [Bool](repeating: true, count: L * L)
        var allowedStart = [Bool](repeating: true, count: L)
        for cur in 0..<L {
            allowedStart[cur] = allowed(cur, nil)
            for prev in 0..<L { allowedTable[prev * L + cur] = allowed(cur, prev) }
        }
        var score = [Float](repeating: forbidden, count: n * L)
        var back = [Int32](repeating: 0, count: n * L)
        for y in 0..<L where allowedStart[y] { score[y] = start[y] + emissions[y] }
        if n > 1 {
            for i in 1..<n {
                let base = i * L, prevBase = (i - 1) * L
                for y in 0..<L {
                    var best = forbidden, arg = 0
                    for p in 0..<L where allowedTable[p * L + y] {
                        let s = score[prevBase + p] + transitions[p * L + y]
                        if s > best { best = s; arg = p }
                    }
                    score[base + y] = best + emissions[base + y]
                    back[base + y] = Int32(arg)
                }
            }
        }
        var last = 0
        let lastBase = (n - 1) * L
        for y in 1..<L where mayEnd(y) && score[lastBase + y] > score[lastBase + last] { last = y }
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
