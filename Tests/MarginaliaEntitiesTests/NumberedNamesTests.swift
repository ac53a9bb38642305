import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A Roman numeral after a place's or a body's name belongs to it (GermEval 2014); sentences
// written for these tests, the names invented.

private func numbered(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    let scalars = Array(s.unicodeScalars)
    let given = mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.8)
    }
    return NumberedNames.apply(given, text: ArticleText(s)).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aRomanNumeralAfterAPlaceOrBodyIsPartOfIt() {
    #expect(numbered("Im Wahlkreis Tarnitz II wird später gewählt.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz II"])
    #expect(numbered("Heute hat die Staatsanwaltschaft Tarnitz I Anklage erhoben.", [("Staatsanwaltschaft Tarnitz", .ORG)])
        == ["ORG Staatsanwaltschaft Tarnitz I"])
    // At a sentence's end the full stop stays outside.
    #expect(numbered("Es siegte Tarnitz III.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz III"])
}

@Test func numeralsThatBelongElsewhereStayOutside() {
    // A compound, letters or digits after it, no numeral of the table, a person.
    #expect(numbered("Die neue Hartz IV-Regel gilt.", [("Hartz", .MISC)]) == ["MISC Hartz"])
    #expect(numbered("Er fuhr nach Tarnitz Ilmenau.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(numbered("Er fuhr nach Tarnitz IIX weiter.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(numbered("Es sprach Anna Selo I vor.", [("Anna Selo", .PER)]) == ["PER Anna Selo"])
}
