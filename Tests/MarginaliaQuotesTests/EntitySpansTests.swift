import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

/// The look-ups the speaker resolver makes among the recognizer's mentions.
struct EntitySpansTests {
    func mention(_ start: Int, _ end: Int, _ type: EntityType, _ name: String) -> EntityMention {
        EntityMention(span: Span(start, end), text: name, type: type, canonical: name, confidence: 1)
    }

    @Test func peopleBeforeAnOffsetComeLatestFirstPastPlacesAndOrganisations() {
        let spans = EntitySpans([
            mention(40, 45, .LOC, "Bonn"), mention(0, 5, .PER, "Rau"), mention(10, 15, .ORG, "Post"),
            mention(20, 25, .PER, "Lind"), mention(30, 35, .LOC, "Köln"), mention(50, 55, .PER, "Berg"),
        ])
        #expect(spans.people(before: 47).map(\.text) == ["Lind", "Rau"])
        #expect(spans.people(before: 47, limit: 1).map(\.text) == ["Lind"])
        // A person ending after the offset is not before it.
        #expect(spans.people(before: 23).map(\.text) == ["Rau"])
        #expect(spans.people(before: 55).map(\.text) == ["Berg", "Lind", "Rau"])
        #expect(spans.people(before: 3).isEmpty)
    }
}
