import MarginaliaText

/// Positions of every n-gram of code points in a text, so re-anchoring looks up candidates
/// instead of scanning the whole text once per annotation (10,000 annotations on a long
/// article stay fast). Built once per load, only if some annotation moved.
struct NgramIndex {
    static let n = 8
    /// N-grams this frequent (repeated boilerplate, runs of dashes) carry no position signal.
    static let maximumUsefulHits = 64

    private var positions: [UInt64: [Int32]] = [:]
    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        guard scalars.count >= NgramIndex.n else { return }
        positions.reserveCapacity(scalars.count)
        for start in 0...(scalars.count - NgramIndex.n) {
            positions[NgramIndex.hash(scalars, from: start), default: []].append(Int32(start))
        }
    }

    static func hash<C: RandomAccessCollection>(_ s: C, from start: C.Index) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf29ce484222325
        var i = start
        for _ in 0..<n {
            h = (h ^ UInt64(s[i].value)) &* 0x100000001b3
            i = s.index(after: i)
        }
        return h
    }

    /// Start positions where the n-gram beginning at `offset` of `pattern` occurs (unverified:
    /// hashes may collide, callers compare).
    func hits(of pattern: [Unicode.Scalar], at offset: Int) -> [Int32] {
        positions[NgramIndex.hash(pattern, from: offset)] ?? []
    }

    /// Every start where `pattern` occurs in full.
    func occurrences(of pattern: [Unicode.Scalar]) -> [Int] {
        if pattern.count < NgramIndex.n { return NgramIndex.linearOccurrences(of: pattern, in: scalars) }
        return hits(of: pattern, at: 0).map(Int.init).filter { NgramIndex.matches(pattern, in: scalars, at: $0) }
    }

    static func matches(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + pattern.count <= scalars.count else { return false }
        var i = 0
        while i < pattern.count {
            if scalars[start + i] != pattern[i] { return false }
            i += 1
        }
        return true
    }

    static func linearOccurrences(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        let first = pattern[0]
        for start in 0...(scalars.count - pattern.count) where scalars[start] == first && matches(pattern, in: scalars, at: start) {
            found.append(start)
        }
        return found
    }
}
