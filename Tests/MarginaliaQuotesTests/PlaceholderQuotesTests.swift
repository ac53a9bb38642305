import Testing
@testable import MarginaliaQuotes

@Test func moduleQuotesBuilds() { #expect(Bool(true)) }
