import Testing
@testable import MarginaliaModel

@Test func moduleModelBuilds() { #expect(Bool(true)) }
