import Testing
@testable import MarginaliaStore

@Test func moduleStoreBuilds() { #expect(Bool(true)) }
