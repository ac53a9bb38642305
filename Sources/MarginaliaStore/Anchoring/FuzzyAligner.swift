/// Finds where a pattern best matches inside a window of text, allowing edits: the semi-global
/// edit distance (the match may start and end anywhere in the window).
///
/// Myers' bit-vector algorithm in Hyyrö's block form: one column of the edit-distance matrix is
/// a few 64-bit words, so a sentence against a sentence-sized window costs a few hundred word
/// operations instead of tens of thousands of cells. The end comes from the forward pass; the
/// start from the same pass over the reversed pattern and text, ending at that end.
enum FuzzyAligner {
    struct Match: Equatable {
        var start: Int
        var end: Int
        var distance: Int
    }

    static func bestMatch<C: RandomAccessCollection>(of pattern: [Unicode.Scalar], in text: C, window: Range<Int>) -> Match?
        where C.Element == Unicode.Scalar, C.Index == Int {
        guard !pattern.isEmpty, !window.isEmpty else { return nil }
        let forward = BitAligner(pattern)
        let (distance, endOffset) = forward.best(over: text[window]) { $0 < $1 }   // first (shortest) end
        let end = window.lowerBound + endOffset
        // The start: the reversed pattern against the text read backwards from `end`; the
        // nearest point where the distance is reached again.
        let backward = BitAligner(pattern.reversed())
        let (_, lengthBack) = backward.best(over: text[window.lowerBound..<end].reversed(), target: distance)
        return Match(start: end - lengthBack, end: end, distance: distance)
    }

    /// The plain dynamic programme, kept as the reference the bit-vector version is tested against.
    static func referenceMatch(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], window: Range<Int>) -> Match? {
        let m = pattern.count, n = window.count
        guard m > 0, n > 0 else { return nil }
        var previous = [Int](repeating: 0, count: n + 1)
        var current = previous
        for i in 1...m {
            current[0] = i
            for j in 1...n {
                current[j] = min(previous[j - 1] + (text[window.lowerBound + j - 1] == pattern[i - 1] ? 0 : 1),
                                 previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        let distance = previous.min()!
        let end = previous.firstIndex(of: distance)!
        return Match(start: -1, end: window.lowerBound + end, distance: distance)
    }
}

/// Myers/Hyyrö bit-parallel edit distance of one pattern against every prefix of a text, with
/// a free start in the text (row 0 of the matrix is all zeros).
struct BitAligner {
    private let m: Int
    private let blocks: Int
    /// For each scalar of the pattern, the bits of the rows where it occurs, block by block.
    private let masks: [Unicode.Scalar: [UInt64]]
    private let lastBit: UInt64

    init<S: Sequence>(_ pattern: S) where S.Element == Unicode.Scalar {
        var masks: [Unicode.Scalar: [UInt64]] = [:]
        var m = 0
        let scalars = Array(pattern)
        let blocks = (scalars.count + 63) / 64
        for (i, scalar) in scalars.enumerated() {
            masks[scalar, default: [UInt64](repeating: 0, count: blocks)][i / 64] |= 1 << UInt64(i % 64)
            m += 1
        }
        self.m = m
        self.blocks = blocks
        self.masks = masks
        self.lastBit = 1 << UInt64((m - 1) % 64)
    }

    /// Scans the text; returns (best distance, end offset chosen by `better`), or, with
    /// `target`, the first offset where the distance is at most `target`.
    func best<C: Sequence>(over text: C, target: Int? = nil, _ better: (Int, Int) -> Bool = { $0 < $1 }) -> (Int, Int)
        where C.Element == Unicode.Scalar {
        var pv = [UInt64](repeating: ~0, count: blocks)
        var mv = [UInt64](repeating: 0, count: blocks)
        var score = m
        var bestScore = m, bestEnd = 0
        if let target, score <= target { return (score, 0) }
        let zero = [UInt64](repeating: 0, count: blocks)
        var offset = 0
        for scalar in text {
            offset += 1
            let eqs = masks[scalar] ?? zero
            var carry = 0   // horizontal delta entering the block from above (row 0 of the matrix: 0)
            for b in 0..<blocks {
                var eq = eqs[b]
                let p = pv[b], mvb = mv[b]
                let carryNegative: UInt64 = carry < 0 ? 1 : 0
                let xv = eq | mvb
                eq |= carryNegative
                let xh = (((eq & p) &+ p) ^ p) | eq
                var ph = mvb | ~(xh | p)
                var mh = p & xh
                let bit: UInt64 = b == blocks - 1 ? lastBit : 1 << 63
                var out = 0
                if ph & bit != 0 { out = 1 } else if mh & bit != 0 { out = -1 }
                ph <<= 1
                mh <<= 1
                mh |= carryNegative
                if carry > 0 { ph |= 1 }
                pv[b] = mh | ~(xv | ph)
                mv[b] = ph & xv
                carry = out
            }
            score += carry
            if let target {
                if score <= target { return (score, offset) }
            } else if better(score, bestScore) {
                bestScore = score
                bestEnd = offset
            }
        }
        return target == nil ? (bestScore, bestEnd) : (score, offset)
    }
}
