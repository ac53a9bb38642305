/// A per-user layer on top of a shipped tagger: what the user's corrections taught it.
///
/// It stores only what differs from the shipped weights (an averaged perceptron delta per
/// feature bucket that an update touched, and deltas of the start and transition scores), the
/// user's lexicon of confirmed and rejected names, and the user's most recent corrections (for
/// the replay check). The shipped model stays untouched; `decode` adds the deltas on the fly.
public struct UserNERModel: Sendable {
    /// How learning behaves; stored in the file so a shared model keeps its settings.
    public struct Settings: Sendable, Equatable {
        /// Size of one perceptron step, in units of the shipped weights. Chosen with
        /// `eval ner --simulate-corrections` on GermEval dev (README): 0.25 without averaging
        /// had the best online F1 of the steps and variants tried (0.1 to 4, averaged or not).
        public var step: Float = 0.25
        /// An update is rejected when, after it, the model disagrees with more than this share of
        /// the spans of the earlier corrections kept for replay (and with more than before).
        public var maxReplayDisagreement: Double = 0.25
        /// The replay check looks at this many of the latest corrected sentences.
        public var replayCapacity = 64
        /// How many corrected sentences are kept: the replay check reads the latest, undo learns
        /// the layer again from all of them.
        public var memoryCapacity = 5000
        /// Which lexicon rules apply (`UserNameLexicon.Rules`).
        public var lexiconRules = UserNameLexicon.Rules.all
        /// Use the averaged deltas (true) or the last ones. Averaging gives a new correction
        /// only 1/n of its weight after n updates: too slow for a user who wants the next
        /// article to change, and no better in the simulation.
        public var averaged = false
        /// Update only the first this many features of each token (0: all). The first two are
        /// the word's identity (`FeatureExtractor`): updating only them teaches names and words
        /// without moving the shape and position weights every sentence shares.
        public var featuresPerToken = 0
        public init() {}
    }

    /// One thing the user model learned, for `:model` and `marginalia model`.
    public struct Change: Sendable, Equatable {
        public var kind: String      // "confirmed", "rejected", "marked", "retyped", "refused"
        public var name: String
        public var type: String      // PER/LOC/ORG/MISC, or "" for a rejection
        public init(kind: String, name: String, type: String) {
            self.kind = kind; self.name = name; self.type = type
        }
    }

    public let base: TaggerModel
    /// Identifies the shipped model this layer extends (see `fingerprint(of:)`).
    public let baseFingerprint: UInt64
    public let language: String
    public var settings: Settings

    // Averaged perceptron deltas (Daumé's trick: effective = w - u / clock).
    var slot: [Int32]                 // bucket -> row in w/u, -1 if the bucket has no delta
    var buckets: [UInt32] = []        // row -> bucket
    var w: [Float] = [], u: [Float] = []
    var startW: [Float], startU: [Float], transW: [Float], transU: [Float]
    var clock: Float = 1

    public var lexicon = UserNameLexicon()
    /// What quote corrections taught (see `learnQuote`).
    public internal(set) var quotes = UserQuoteLexicon()
    /// The latest corrected sentences (model scheme labels are derived on use; these are BIO).
    public internal(set) var replay: [TaggedSentence] = []
    /// The features of the latest `settings.replayCapacity` of them, extracted once (not saved).
    var replayFeatures: [FeatureExtractor.Features] = []
    /// Per replayed sentence, the spans the current weights get wrong and its gold spans.
    var replayErrors: [(wrong: Int, gold: Int)] = []
    /// Accepted and refused updates since the model was created.
    public internal(set) var updates = 0, refusedUpdates = 0
    public internal(set) var changes: [Change] = []
    static let keptChanges = 20

    public init(base: TaggerModel, language: String = "de", settings: Settings = Settings()) {
        self.init(base: base, fingerprint: Self.fingerprint(of: base), language: language, settings: settings)
    }

    init(base: TaggerModel, fingerprint: UInt64, language: String, settings: Settings) {
        self.base = base
        self.baseFingerprint = fingerprint
        self.language = language
        self.settings = settings
        let L = base.labels
        slot = [Int32](repeating: -1, count: 1 << base.hashBits)
        startW = [Float](repeating: 0, count: L); startU = startW
        transW = [Float](repeating: 0, count: L * L); transU = transW
    }

    /// Feature buckets with a delta (the size of what was learned).
    public var weightRows: Int { buckets.count }
    public var isEmpty: Bool { buckets.isEmpty && lexicon.isEmpty && quotes.isEmpty && updates == 0 }

    /// The same layer with nothing learned (same base and settings).
    public func reset() -> UserNERModel {
        // (A new value: weights, lexicon, replay and history all go.)
        UserNERModel(base: base, fingerprint: baseFingerprint, language: language, settings: settings)
    }

    /// FNV-1a over the shipped model's weights: a layer only fits the weights it was learned on.
    public static func fingerprint(of m: TaggerModel) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ v: UInt32) { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3 }
        mix(UInt32(m.hashBits)); mix(UInt32(m.labels))
        for r in m.rowOf { mix(r) }
        for f in m.rows { mix(f.bitPattern) }
        for f in m.transitions { mix(f.bitPattern) }
        for f in m.start { mix(f.bitPattern) }
        return h
    }

    // MARK: Decoding

    /// Per-token label scores of the shipped model plus the averaged deltas.
    public func emissions(_ f: FeatureExtractor.Features) -> [Float] {
        var e = base.emissions(f)
        guard !buckets.isEmpty else { return e }
        let L = base.labels
        let inverse = settings.averaged ? 1 / clock : 0
        for i in 0..<f.count {
            for k in f.offsets[i]..<f.offsets[i + 1] {
                let r = Int(slot[Int(f.buckets[k])])
                if r < 0 { continue }
                for y in 0..<L { e[i * L + y] += w[r * L + y] - u[r * L + y] * inverse }
            }
        }
        return e
    }

    var effectiveStart: [Float] { effective(base.start, startW, startU) }
    var effectiveTransitions: [Float] { effective(base.transitions, transW, transU) }
    func effective(_ b: [Float], _ w: [Float], _ u: [Float]) -> [Float] {
        let inverse = settings.averaged ? 1 / clock : 0
        return (0..<b.count).map { b[$0] + w[$0] - u[$0] * inverse }
    }

    /// The best label sequence in the model's scheme, and the emissions it was chosen from.
    public func decode(_ f: FeatureExtractor.Features) -> (labels: [Int], emissions: [Float]) {
        let e = emissions(f)
        let scheme = base.scheme
        let path = Viterbi.decode(emissions: e, count: f.count, labels: base.labels,
                                  transitions: effectiveTransitions, start: effectiveStart,
                                  allowed: scheme.allowed, mayEnd: scheme.mayEnd)
        return (path, e)
    }

    /// BIO labels for a sentence: the tagger with the deltas, then the user's lexicon.
    public func tag(_ words: [String], extractor: FeatureExtractor) -> [Int] {
        applyLexicon(to: base.scheme.decode(decode(extractor.extract(words)).labels), words: words)
    }

    /// The tagger's BIO labels after the user's lexicon (as the settings allow).
    public func applyLexicon(to labels: [Int], words: [String]) -> [Int] {
        lexicon.apply(to: labels, words: words, rules: settings.lexiconRules)
    }

    // MARK: Learning

    public enum Outcome: Equatable, Sendable {
        /// The weights moved (or already agreed with the correction).
        case learned
        /// The replay check refused the update: after it, the model would disagree with this
        /// share of the spans of earlier corrections (before: `before`).
        case refused(after: Double, before: Double)
    }

    /// Learns one corrected sentence: `labels` (BIO) is what the user says the whole sentence
    /// is. One perceptron step toward it if the model disagrees, checked against the earlier
    /// corrections; the lexicon learns the names either way. `predicted` (BIO), when the caller
    /// already has it, saves a decode.
    @discardableResult
    public mutating func learn(_ sentence: TaggedSentence, extractor: FeatureExtractor) -> Outcome {
        prepareMemory(extractor)
        let f = extractor.extract(sentence.words)
        let target = base.scheme.encode(sentence.labels)
        let pred = decode(f).labels
        let predictedBIO = base.scheme.decode(pred)
        lexicon.learn(gold: sentence.labels, predicted: predictedBIO, words: sentence.words)
        noteChanges(gold: sentence.labels, predicted: predictedBIO, words: sentence.words)
        var outcome = Outcome.learned
        if pred != target {
            var trial = self
            trial.step(f, gold: target, predicted: pred)
            let window = replay.suffix(replayFeatures.count)
            let trialErrors = zip(window, replayFeatures).map(trial.errors)
            let gold = max(1, replayErrors.reduce(0) { $0 + $1.gold })
            let before = Double(replayErrors.reduce(0) { $0 + $1.wrong }) / Double(gold)
            let after = Double(trialErrors.reduce(0) { $0 + $1.wrong }) / Double(gold)
            if after > settings.maxReplayDisagreement && after > before {
                outcome = .refused(after: after, before: before)
                refusedUpdates += 1
                record(Change(kind: "refused", name: sentence.words.joined(separator: " "), type: ""))
            } else {
                adoptWeights(of: trial)
                replayErrors = trialErrors
            }
        }
        updates += 1
        remember(sentence, f)
        return outcome
    }

    /// Features and current errors of the latest kept corrections (the replay check's), after a
    /// load: only those, since all kept corrections' features would cost megabytes.
    mutating func prepareMemory(_ extractor: FeatureExtractor) {
        let n = min(replay.count, settings.replayCapacity)
        if replayFeatures.count != n || replayErrors.count != n {
            replayFeatures = replay.suffix(n).map { extractor.extract($0.words) }
            replayErrors = zip(replay.suffix(n), replayFeatures).map(errors)
        }
    }

    mutating func remember(_ sentence: TaggedSentence, _ f: FeatureExtractor.Features) {
        replay.append(sentence)
        replayFeatures.append(f)
        replayErrors.append(errors(sentence, f))
        if replay.count > settings.memoryCapacity { replay.removeFirst(replay.count - settings.memoryCapacity) }
        let extra = replayFeatures.count - min(replay.count, settings.replayCapacity)
        if extra > 0 { replayFeatures.removeFirst(extra); replayErrors.removeFirst(extra) }
    }

    /// The spans of `s` the weights get wrong (missed or extra, exact span and type) and its
    /// gold spans. The lexicon is left out: it is not what an update changes, and would hide it.
    func errors(_ s: TaggedSentence, _ f: FeatureExtractor.Features) -> (wrong: Int, gold: Int) {
        let gold = EntityTagSet.spans(from: s.labels).map { [$0.start, $0.end, EntityTagSet.begin($0.type)] }
        let pred = EntityTagSet.spans(from: base.scheme.decode(decode(f).labels)).map { [$0.start, $0.end, EntityTagSet.begin($0.type)] }
        return (Set(gold).symmetricDifference(Set(pred)).count, gold.count)
    }

    mutating func adoptWeights(of other: UserNERModel) {
        slot = other.slot; buckets = other.buckets; w = other.w; u = other.u
        startW = other.startW; startU = other.startU; transW = other.transW; transU = other.transU
        clock = other.clock
    }

    /// The structured perceptron update (as in `PerceptronTrainer`), on the deltas only.
    mutating func step(_ f: FeatureExtractor.Features, gold: [Int], predicted pred: [Int]) {
        let L = base.labels, a = settings.step, c = clock * a
        func row(_ bucket: UInt32) -> Int {
            let r = slot[Int(bucket)]
            if r >= 0 { return Int(r) }
            slot[Int(bucket)] = Int32(buckets.count)
            buckets.append(bucket)
            w.append(contentsOf: repeatElement(0, count: L)); u.append(contentsOf: repeatElement(0, count: L))
            return buckets.count - 1
        }
        for i in 0..<f.count where pred[i] != gold[i] {
            let end = settings.featuresPerToken > 0 ? min(f.offsets[i + 1], f.offsets[i] + settings.featuresPerToken) : f.offsets[i + 1]
            for k in f.offsets[i]..<end {
                let r = row(f.buckets[k]) * L
                w[r + gold[i]] += a; u[r + gold[i]] += c
                w[r + pred[i]] -= a; u[r + pred[i]] -= c
            }
        }
        if pred[0] != gold[0] {
            startW[gold[0]] += a; startU[gold[0]] += c
            startW[pred[0]] -= a; startU[pred[0]] -= c
        }
        for i in 1..<max(1, f.count) where pred[i] != gold[i] || pred[i - 1] != gold[i - 1] {
            let g = gold[i - 1] * L + gold[i], p = pred[i - 1] * L + pred[i]
            transW[g] += a; transU[g] += c
            transW[p] -= a; transU[p] -= c
        }
        clock += 1
    }

    // MARK: History

    mutating func record(_ change: Change) {
        changes.append(change)
        if changes.count > Self.keptChanges { changes.removeFirst(changes.count - Self.keptChanges) }
    }

    /// Names the user added, removed or retyped in this sentence, for `:model`.
    mutating func noteChanges(gold: [Int], predicted: [Int], words: [String]) {
        let g = EntityTagSet.spans(from: gold), p = EntityTagSet.spans(from: predicted)
        func text(_ s: (start: Int, end: Int, type: EntityType)) -> String { words[s.start..<s.end].joined(separator: " ") }
        for s in g where !p.contains(where: { $0 == s }) {
            let retyped = p.contains { $0.start == s.start && $0.end == s.end }
            record(Change(kind: retyped ? "retyped" : "marked", name: text(s), type: s.type.rawValue))
        }
        for s in p where !g.contains(where: { $0.start < s.end && s.start < $0.end }) {
            record(Change(kind: "rejected", name: text(s), type: ""))
        }
    }
}

// Features hold only value arrays (so are safe to share); declared here to leave FeatureExtractor.swift alone.
extension FeatureExtractor.Features: @unchecked Sendable {}
