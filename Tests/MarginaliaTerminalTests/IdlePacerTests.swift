import Testing
@testable import MarginaliaTerminal

@Suite struct IdlePacerTests {
    @Test func firstFrameIsDueAtOnce() {
        #expect(IdlePacer().isDue(at: 0))
    }

    @Test func unchangedFramesBackOffUpToTheLongestPause() {
        var pacer = IdlePacer()
        var now = 0.0
        var pauses: [Double] = []
        for _ in 0..<6 {
            pacer.drew(at: now, changed: false)
            pauses.append(pacer.interval)
            #expect(!pacer.isDue(at: now + pacer.interval / 2))
            now += pacer.interval
            #expect(pacer.isDue(at: now))
        }
        #expect(pauses == [0.2, 0.4, 0.8, 0.8, 0.8, 0.8])
    }

    @Test func aChangedFrameRestoresTheShortestPause() {
        var pacer = IdlePacer()
        for i in 0..<5 { pacer.drew(at: Double(i), changed: false) }
        pacer.drew(at: 10, changed: true)
        #expect(pacer.interval == IdlePacer.shortest)
        #expect(pacer.isDue(at: 10 + IdlePacer.shortest))
    }
}
