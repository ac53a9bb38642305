import Testing
@testable import MarginaliaEntities

struct ViterbiTests {
    let L = EntityTagSet.count
    let bPER = EntityTagSet.begin(.PER), iPER = EntityTagSet.inside(.PER)
    let bLOC = EntityTagSet.begin(.LOC)

    func emissions(_ rows: [[Int: Float]]) -> [Float] {
        var e = [Float](repeating: 0, count: rows.count * L)
        for (i, r) in rows.enumerated() { for (y, v) in r { e[i * L + y] = v } }
        return e
    }

    @Test func picksTheBestScoringLabelsWithoutTransitions() {
        let e = emissions([[0: 1], [bLOC: 2], [0: 1]])
        let path = Viterbi.decode(emissions: e, count: 3, labels: L,
                                  transitions: [Float](repeating: 0, count: L * L), start: [Float](repeating: 0, count: L))
        #expect(path == [0, bLOC, 0])
    }

    @Test func neverStartsWithInside() {
        // I-PER scores highest on the first token, but a sentence cannot start inside a name.
        let e = emissions([[iPER: 5, bPER: 4], [iPER: 5]])
        let path = Viterbi.decode(emissions: e, count: 2, labels: L,
                                  transitions: [Float](repeating: 0, count: L * L), start: [Float](repeating: 0, count: L))
        #expect(path == [bPER, iPER])
    }

    @Test func tiesGoToTheFirstLabel() {
        // Every path scores zero: the first label wins at the end and as the previous label.
        let zeros = [Float](repeating: 0, count: L * L)
        let path = Viterbi.decode(emissions: [Float](repeating: 0, count: 3 * L), count: 3, labels: L,
                                  transitions: zeros, start: [Float](repeating: 0, count: L))
        #expect(path == [0, 0, 0])
        // The last I-PER is reached from B-PER or from I-PER with the same score: B-PER, the
        // first label, is chosen (and the first token's O, first of all the equal starts).
        let e = emissions([[:], [bPER: 1, iPER: 1], [iPER: 5]])
        #expect(Viterbi.decode(emissions: e, count: 3, transitions: zeros, start: [Float](repeating: 0, count: L),
                               constraints: Viterbi.Constraints(labels: L)) == [0, bPER, iPER])
    }

    @Test func transitionsCanOverruleALocalPreference() {
        // Token 2 alone prefers O slightly, but B-PER -> I-PER is rewarded strongly.
        var t = [Float](repeating: 0, count: L * L)
        t[bPER * L + iPER] = 3
        let e = emissions([[bPER: 2], [0: 1, iPER: 0.5]])
        let path = Viterbi.decode(emissions: e, count: 2, labels: L, transitions: t, start: [Float](repeating: 0, count: L))
        #expect(path == [bPER, iPER])
        let alone = Viterbi.decode(emissions: e, count: 2, labels: L,
                                   transitions: [Float](repeating: 0, count: L * L), start: [Float](repeating: 0, count: L))
        #expect(alone == [bPER, 0])
    }

    @Test func tinyModelTagsThroughFeatures() {
        // A hand-made model: the word feature of "Moskau" votes for B-LOC.
        let lexicon = Lexicon()
        let extractor = FeatureExtractor(lexicon: lexicon, commonWords: [], hashBits: 10)
        let f = extractor.extract(["in", "Moskau"])
        var dense = [Float](repeating: 0, count: (1 << 10) * L)
        let wordBucket = Int(f.of(1).first!)   // the word-identity feature comes first
        dense[wordBucket * L + bLOC] = 10
        let model = TaggerModel(dense: dense, hashBits: 10, labels: L, transitions: [Float](repeating: 0, count: L * L),
                                start: [Float](repeating: 0, count: L), commonWords: [])
        #expect(model.decode(f).labels == [0, bLOC])
    }

    @Test func spansAreReadFromLabels() {
        let spans = EntityTagSet.spans(from: [0, bPER, iPER, 0, bLOC, bLOC, iPER])
        #expect(spans.map(\.start) == [1, 4, 5, 6])
        #expect(spans.map(\.end) == [3, 5, 6, 7])
        #expect(spans.map(\.type) == [.PER, .LOC, .LOC, .PER])
    }
}

struct TagSchemeTests {
    @Test func bilouRoundTripsThroughBIO() {
        let b = EntityTagSet.begin(.PER), i = EntityTagSet.inside(.PER), l = EntityTagSet.begin(.LOC)
        let bio = [0, b, i, i, 0, l, b]
        let bilou = TagScheme.bilou.encode(bio)
        #expect(bilou == [0, 1, 2, 3, 0, 8, 4])   // B I L PER, U-LOC, U-PER
        #expect(TagScheme.bilou.decode(bilou) == bio)
        #expect(TagScheme.bio.encode(bio) == bio)
    }

    @Test func bilouConstraintsCloseEveryName() {
        let s = TagScheme.bilou
        #expect(s.allowed(1, after: nil) && !s.allowed(2, after: nil))   // B-PER may start, I-PER not
        #expect(s.allowed(3, after: 1) && !s.allowed(0, after: 1))       // after B-PER: L-PER, not O
        #expect(!s.allowed(7, after: 1))                                 // nor L-LOC
        #expect(!s.mayEnd(1) && s.mayEnd(4) && s.mayEnd(0))
        let L = s.count
        var e = [Float](repeating: 0, count: 2 * L)
        e[1] = 5            // B-PER strongly on the only... first token
        e[L + 0] = 1        // O on the second
        let path = Viterbi.decode(emissions: e, count: 2, labels: L, transitions: [Float](repeating: 0, count: L * L),
                                  start: [Float](repeating: 0, count: L), allowed: s.allowed, mayEnd: s.mayEnd)
        #expect(s.mayEnd(path[1]))
        #expect(!(path[0] == 1 && path[1] == 0))
    }
}
