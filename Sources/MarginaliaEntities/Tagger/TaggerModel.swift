/// A trained linear-chain tagger: hashed feature weights per label, label transitions, and the
/// common-word list its features use. Weights are stored sparsely: `rowOf[bucket]` names the
/// row of `L` weights for a bucket, row 0 being all zeros (a bucket no feature ever updated).
public struct TaggerModel: Sendable {
    public let hashBits: Int
    public let labels: Int
    let rowOf: [UInt32]
    let rows: [Float]
    public let transitions: [Float]
    public let start: [Float]
    public let commonWords: Set<String>
    /// The files the model was trained on (empty for models saved before this was recorded),
    /// so `eval ner` can tell a held-out score from a score on training data.
    public var trainingFiles: [ModelTrainingFile] = []
    /// Free-text lines stored with the model (its licence and attribution).
    public var notes: [String] = []
    /// Which feature templates the model was trained with (`FeatureExtractor(model:)`): 0 the
    /// original set, 1 adds the noun list's word classes. Files before format 3 are 0.
    public var featureVersion = 0
    /// Maps span margins to the chance the span is right (format 4 on); nil for older files.
    public var calibration: SpanCalibration?
    /// The scheme's allowed label sequences, for `Viterbi`.
    let constraints: Viterbi.Constraints

    public var rowCount: Int { rows.count / labels - 1 }
    public var scheme: TagScheme { TagScheme(labelCount: labels)! }

    public init(hashBits: Int, labels: Int, rowOf: [UInt32], rows: [Float],
                transitions: [Float], start: [Float], commonWords: Set<String>) {
        precondition(rowOf.count == 1 << hashBits && rows.count % labels == 0 && rows.count >= labels)
        precondition(rows[..<labels].allSatisfy { $0 == 0 }, "row 0 (buckets without weights) must be zeros")
        self.hashBits = hashBits
        self.labels = labels
        self.rowOf = rowOf
        self.rows = rows
        self.transitions = transitions
        self.start = start
        self.commonWords = commonWords
        let scheme = TagScheme(labelCount: labels)!
        constraints = Viterbi.Constraints(labels: labels, allowed: scheme.allowed, mayEnd: scheme.mayEnd)
    }

    /// Builds the sparse form from a dense `(1 << hashBits) * labels` weight array, dropping
    /// buckets whose largest weight is below `threshold` (they barely move a decision).
    public init(dense: [Float], hashBits: Int, labels: Int, transitions: [Float], start: [Float],
                commonWords: Set<String>, threshold: Float = 0) {
        var rowOf = [UInt32](repeating: 0, count: 1 << hashBits)
        var rows = [Float](repeating: 0, count: labels)
        for b in 0..<(1 << hashBits) {
            let base = b * labels
            var big: Float = 0
            for y in 0..<labels { big = max(big, abs(dense[base + y])) }
            guard big > threshold else { continue }
            rowOf[b] = UInt32(rows.count / labels)
            rows.append(contentsOf: dense[base..<(base + labels)])
        }
        self.init(hashBits: hashBits, labels: labels, rowOf: rowOf, rows: rows,
                  transitions: transitions, start: start, commonWords: commonWords)
    }

    /// The same model with `bias` added to the score of starting an entity (every B- label).
    /// Folded into the start and transition scores, since every B-X is reached through one of
    /// them. Perceptron taggers trained on little data favour O; a small bias trades some
    /// precision for recall.
    public func addingBeginBias(_ bias: Float) -> TaggerModel {
        var start = start, transitions = transitions
        for y in 0..<labels where scheme.startsEntity(y) {
            start[y] += bias
            for p in 0..<labels { transitions[p * labels + y] += bias }
        }
        var biased = TaggerModel(hashBits: hashBits, labels: labels, rowOf: rowOf, rows: rows,
                                 transitions: transitions, start: start, commonWords: commonWords)
        biased.trainingFiles = trainingFiles
        biased.featureVersion = featureVersion
        // The bias moves transitions only; the margins the calibration reads are emissions.
        biased.calibration = calibration
        return biased
    }

    /// The sum of models trained on the same data with different shuffles (same hash size and
    /// vocabulary): a small bagging ensemble that costs nothing at tagging time.
    public static func sum(_ models: [TaggerModel], threshold: Float = 0) -> TaggerModel {
        let first = models[0], L = first.labels
        var dense = [Float](repeating: 0, count: (1 << first.hashBits) * L)
        var transitions = [Float](repeating: 0, count: L * L), start = [Float](repeating: 0, count: L)
        for m in models {
            precondition(m.hashBits == first.hashBits && m.labels == L && m.featureVersion == first.featureVersion)
            for (b, r) in m.rowOf.enumerated() where r != 0 {
                for y in 0..<L { dense[b * L + y] += m.rows[Int(r) * L + y] }
            }
            for k in 0..<(L * L) { transitions[k] += m.transitions[k] }
            for k in 0..<L { start[k] += m.start[k] }
        }
        var summed = TaggerModel(dense: dense, hashBits: first.hashBits, labels: L, transitions: transitions,
                                 start: start, commonWords: first.commonWords, threshold: threshold)
        summed.featureVersion = first.featureVersion
        return summed
    }

    /// Per-token label scores, token-major (`n * labels`). A bucket without weights reads row 0
    /// (zeros) like any other: adding a zero changes no sum, and a branch on it was mispredicted
    /// about as often as it was taken, which stalled the memory loads behind it.
    public func emissions(_ features: FeatureExtractor.Features) -> [Float] {
        let L = labels
        var out = [Float](repeating: 0, count: features.count * L)
        rows.withUnsafeBufferPointer { rows in
            rowOf.withUnsafeBufferPointer { rowOf in
                features.buckets.withUnsafeBufferPointer { buckets in
                    // The row of every feature first: these loads do not wait on each other, so
                    // the memory system serves many at once; then the rows, whose addresses are known.
                    let rowIndex = [Int32](unsafeUninitializedCapacity: buckets.count) { r, count in
                        for k in 0..<buckets.count { r[k] = Int32(bitPattern: rowOf[Int(buckets[k])]) }
                        count = buckets.count
                    }
                    out.withUnsafeMutableBufferPointer { out in
                        for i in 0..<features.count {
                            let o = out.baseAddress! + i * L
                            if L == 9 {
                                // The shipped BIO case, unrolled: eight lanes in one SIMD add.
                                var acc = SIMD8<Float>(repeating: 0)
                                var last: Float = 0
                                for k in features.offsets[i]..<features.offsets[i + 1] {
                                    let r = Int(rowIndex[k])
                                    let p = rows.baseAddress! + r * 9
                                    acc += UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
                                    last += p[8]
                                }
                                for y in 0..<8 { o[y] = acc[y] }
                                o[8] = last
                            } else {
                                for k in features.offsets[i]..<features.offsets[i + 1] {
                                    let r = Int(rowOf[Int(buckets[k])])
                                    let p = rows.baseAddress! + r * L
                                    for y in 0..<L { o[y] += p[y] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The best label sequence in the model's own scheme (see `scheme.decode` for BIO).
    public func decode(_ features: FeatureExtractor.Features) -> (labels: [Int], emissions: [Float]) {
        let e = emissions(features)
        let path = Viterbi.decode(emissions: e, count: features.count, transitions: transitions, start: start,
                                  constraints: constraints)
        return (path, e)
    }
}
