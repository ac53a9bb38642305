import Testing
@testable import MarginaliaText

@Test func moduleTextBuilds() { #expect(Bool(true)) }
