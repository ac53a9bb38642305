import Testing
@testable import MarginaliaEntities

@Test func moduleEntitiesBuilds() { #expect(Bool(true)) }
