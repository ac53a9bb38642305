import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A name that ran on into the date after it; sentences written for these tests, names invented.

private func trimmed(_ s: String, _ name: String, _ type: EntityType) -> [String] {
    let scalars = Array(s.unicodeScalars)
    let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
    let m = EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.8)
    return TrailingDates.apply([m], text: ArticleText(s)).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aDateAfterANameIsCutOff() {
    #expect(trimmed("Die Staatsanwaltschaft Tarnitz Mitte März erhob Anklage.", "Staatsanwaltschaft Tarnitz Mitte", .ORG)
        == ["ORG Staatsanwaltschaft Tarnitz"])
    #expect(trimmed("Quelle: Tarnitzer Zeitung Freitag, 10. Juni", "Tarnitzer Zeitung Freitag", .ORG) == ["ORG Tarnitzer Zeitung"])
    #expect(trimmed("Quelle: Tarnitzer Zeitung Freitag 10. Juni", "Tarnitzer Zeitung Freitag", .ORG) == ["ORG Tarnitzer Zeitung"])
}

@Test func aWeekdayThatIsPartOfTheNameStays() {
    // A title, a surname, "Ende" before no month.
    #expect(trimmed("Das schrieb die „Tarnitz am Sonntag“ gestern.", "Tarnitz am Sonntag", .MISC) == ["MISC Tarnitz am Sonntag"])
    #expect(trimmed("Es sprach Anna Montag, die Abgeordnete.", "Anna Montag", .PER) == ["PER Anna Montag"])
    #expect(trimmed("Er wohnt in Tarnitz Ende seit Jahren.", "Tarnitz Ende", .LOC) == ["LOC Tarnitz Ende"])
}
