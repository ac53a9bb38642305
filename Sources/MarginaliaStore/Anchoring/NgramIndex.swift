import MarginaliaText

/// Positions of every n-gram of code points in a text, so re-anchoring looks up candidates
/// instead of scanning the whole text once per annotation (10,000 annotations on a long
/// article stay fast). Built once per load, only if some annotation moved.
///
/// Layout: a hash table in compressed rows (bucket -> slice of `positions`), three flat arrays
/// and no per-bucket allocation, so building it over a million code points is a few passes.
struct NgramIndex {
    static let n = 8
    /// N-grams this frequent (repeated boilerplate, runs of dashes) carry no position signal.
    static let maximumUsefulHits = 64

    let scalars: ScalarStore
    private var hashes: [UInt64] = []
    private var bucketStart: [Int32] = []
    private var positions: [Int32] = []
    private var mask: UInt64 = 0

    init(_ scalars: ScalarStore) {
        self.scalars = scalars
        let count = scalars.count - NgramIndex.n + 1
        guard count > 0 else { return }
        var h = [UInt64](repeating: 0, count: count)
        scalars.withReader { s in
            for start in 0..<count {
                var value: UInt64 = 0xcbf29ce484222325
                for i in start..<(start + NgramIndex.n) { value = (value ^ UInt64(s[i].value)) &* 0x100000001b3 }
                h[start] = value ^ (value >> 29)   // as `hash(_:from:)`
            }
        }
        var buckets = 1
        while buckets < count * 2 { buckets <<= 1 }
        mask = UInt64(buckets - 1)
        var starts = [Int32](repeating: 0, count: buckets + 1)
        for value in h { starts[Int(value & mask) + 1] += 1 }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        var fill = starts
        var slots = [Int32](repeating: 0, count: count)
        for (start, value) in h.enumerated() {
            let b = Int(value & mask)
            slots[Int(fill[b])] = Int32(start)
            fill[b] += 1
        }
        hashes = h
        bucketStart = starts
        positions = slots
    }

    static func hash<C: RandomAccessCollection>(_ s: C, from start: C.Index) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf29ce484222325
        var i = start
        for _ in 0..<n {
            h = (h ^ UInt64(s[i].value)) &* 0x100000001b3
            i = s.index(after: i)
        }
        return h ^ (h >> 29)
    }

    /// How often the n-gram at `offset` of `pattern` occurs (an upper bound; hashes may collide).
    func count(of pattern: [Unicode.Scalar], at offset: Int) -> Int {
        guard !positions.isEmpty else { return 0 }
        let b = Int(NgramIndex.hash(pattern, from: offset) & mask)
        return Int(bucketStart[b + 1] - bucketStart[b])
    }

    /// Start positions where the n-gram beginning at `offset` of `pattern` occurs (unverified:
    /// hashes may collide, callers compare).
    func hits(of pattern: [Unicode.Scalar], at offset: Int) -> [Int32] {
        guard !positions.isEmpty else { return [] }
        let h = NgramIndex.hash(pattern, from: offset)
        let b = Int(h & mask)
        return positions[Int(bucketStart[b])..<Int(bucketStart[b + 1])].filter { hashes[Int($0)] == h }
    }

    /// Every start where `pattern` occurs in full. Looks up the rarest of its n-grams, so a
    /// sentence that begins like many others is still found in a few comparisons.
    func occurrences(of pattern: [Unicode.Scalar]) -> [Int] {
        if pattern.count < NgramIndex.n { return NgramIndex.linearOccurrences(of: pattern, in: scalars) }
        let last = pattern.count - NgramIndex.n
        let step = max(1, last / 32)
        var rarest = 0
        var fewest = Int.max
        var offsets = Array(stride(from: 0, through: last, by: step))
        if offsets.last != last { offsets.append(last) }
        for offset in offsets {
            let c = count(of: pattern, at: offset)
            if c < fewest { fewest = c; rarest = offset }
            if c <= 1 { break }
        }
        return hits(of: pattern, at: rarest).map { Int($0) - rarest }
            .filter { NgramIndex.matches(pattern, in: scalars, at: $0) }.sorted()
    }

    static func matches(_ pattern: [Unicode.Scalar], in scalars: ScalarStore, at start: Int) -> Bool {
        guard start >= 0, start + pattern.count <= scalars.count else { return false }
        return scalars.withReader { s in
            var i = 0
            while i < pattern.count {
                if s[start + i] != pattern[i] { return false }
                i += 1
            }
            return true
        }
    }

    static func linearOccurrences(of pattern: [Unicode.Scalar], in scalars: ScalarStore) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        let first = pattern[0]
        for start in 0...(scalars.count - pattern.count) where scalars[start] == first && matches(pattern, in: scalars, at: start) {
            found.append(start)
        }
        return found
    }
}
