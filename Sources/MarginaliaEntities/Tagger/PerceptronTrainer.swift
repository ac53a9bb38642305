/// Averaged structured perceptron (Collins 2002): decode each training sentence with the
/// current weights and, where the best path differs from the gold one, move weights toward gold.
/// The averaged weights (computed with the running-sum trick) generalise much better than the
/// last ones.
public struct PerceptronTrainer {
    public var hashBits: Int
    public var epochs: Int
    public var seed: UInt64
    /// Rows whose largest averaged weight is below this are dropped from the saved model.
    public var pruneThreshold: Float

    /// Probability of hiding a token's word-identity features during a training step: the
    /// weights then cannot lean on memorised words alone and learn the shape, context and
    /// gazetteer features that carry over to unseen names.
    public var wordDropout: Double

    /// Label scheme inside the model (data stays BIO).
    public var scheme: TagScheme

    /// The language's cue tables (German by default).
    public var cues: FeatureCues = .german

    /// The feature templates to train with (see `TaggerModel.featureVersion`).
    public var featureVersion = 0

    public init(hashBits: Int = 19, epochs: Int = 12, seed: UInt64 = 1, pruneThreshold: Float = 0.02,
                wordDropout: Double = 0, scheme: TagScheme = .bio) {
        self.scheme = scheme
        self.hashBits = hashBits
        self.wordDropout = wordDropout
        self.epochs = epochs
        self.seed = seed
        self.pruneThreshold = pruneThreshold
    }

    /// Lowercase words of the training data (alphabetic tokens written in lowercase).
    public static func commonWords(in sentences: [TaggedSentence]) -> Set<String> {
        var words = Set<String>()
        for s in sentences {
            for w in s.words {
                guard let first = w.unicodeScalars.first, first.properties.isLowercase,
                      w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { continue }
                words.insert(w)
            }
        }
        return words
    }

    /// Trains and returns the averaged model; `report(epoch, model)` is called after each epoch.
    public func train(_ sentences: [TaggedSentence], lexicon: Lexicon,
                      report: (Int, TaggerModel) -> Void = { _, _ in }) -> TaggerModel {
        let L = scheme.count
        let golds = sentences.map { scheme.encode($0.labels) }
        let common = Self.commonWords(in: sentences)
        let extractor = FeatureExtractor(lexicon: lexicon, commonWords: common, hashBits: hashBits, cues: cues,
                                         words: featureVersion >= 1 ? WordClassTable.shipped : nil)
        let features = sentences.map { extractor.extract($0.words) }
        let size = (1 << hashBits) * L
        var w = [Float](repeating: 0, count: size)
        var u = [Double](repeating: 0, count: size)   // sum of c * update, for averaging
        var trans = [Float](repeating: 0, count: L * L), transU = [Double](repeating: 0, count: L * L)
        var start = [Float](repeating: 0, count: L), startU = [Double](repeating: 0, count: L)
        var c: Double = 1
        var rng = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        var model = TaggerModel(hashBits: hashBits, labels: L, rowOf: [UInt32](repeating: 0, count: 1 << hashBits),
                                rows: [Float](repeating: 0, count: L), transitions: trans, start: start, commonWords: common)

        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            for index in order {
                let f = features[index]
                let gold = golds[index]
                let n = f.count
                var first = [Int](repeating: 0, count: n)
                for i in 0..<n {
                    first[i] = wordDropout > 0 && Double(rng.next() >> 11) / Double(1 << 53) < wordDropout
                        ? f.offsets[i] + 2 : f.offsets[i]
                }
                var e = [Float](repeating: 0, count: n * L)
                for i in 0..<n {
                    for k in first[i]..<f.offsets[i + 1] {
                        let base = Int(f.buckets[k]) * L
                        for y in 0..<L { e[i * L + y] += w[base + y] }
                    }
                }
                let pred = Viterbi.decode(emissions: e, count: n, labels: L, transitions: trans, start: start,
                                          allowed: scheme.allowed, mayEnd: scheme.mayEnd)
                if pred != gold {
                    for i in 0..<n where pred[i] != gold[i] {
                        for k in first[i]..<f.offsets[i + 1] {
                            let base = Int(f.buckets[k]) * L
                            w[base + gold[i]] += 1; u[base + gold[i]] += c
                            w[base + pred[i]] -= 1; u[base + pred[i]] -= c
                        }
                    }
                    if pred[0] != gold[0] {
                        start[gold[0]] += 1; startU[gold[0]] += c
                        start[pred[0]] -= 1; startU[pred[0]] -= c
                    }
                    for i in 1..<max(1, n) where pred[i] != gold[i] || pred[i - 1] != gold[i - 1] {
                        let g = gold[i - 1] * L + gold[i], p = pred[i - 1] * L + pred[i]
                        trans[g] += 1; transU[g] += c
                        trans[p] -= 1; transU[p] -= c
                    }
                }
                c += 1
            }
            let avg = { (w: [Float], u: [Double]) in zip(w, u).map { Float(Double($0) - $1 / c) } }
            model = TaggerModel(dense: avg(w, u), hashBits: hashBits, labels: L,
                                transitions: avg(trans, transU), start: avg(start, startU),
                                commonWords: common, threshold: pruneThreshold)
            model.featureVersion = featureVersion
            report(epoch, model)
        }
        return model
    }
}
