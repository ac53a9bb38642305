import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Names headed by a coordination with a truncated compound (orgs19b): "Industrie- und …kammer",
// "Städte- und Gemeindetag"; and acronyms in small letters after the name they spell. Sentences
// written for these tests; the bodies and places in them are invented.

private let lexicon = Lexicon(places: ["Quellstadt", "Nordmark"], countries: [], firstNames: ["Anna"])
private let words = GermanWords(parsing: "Handelskammer\tf\nGemeindetag\tm\n")

private func coordinated(_ s: String, _ names: [(String, EntityType)]) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return GermanCoordinatedNames.apply(given, tokens: tokens, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aTruncatedPartBeforeAnOrganisationOpensIt() {
    #expect(coordinated("Die Industrie- und Handelskammer Quellstadt warnt.", [("Handelskammer Quellstadt", .ORG)])
            == ["ORG Industrie- und Handelskammer Quellstadt"])
    // The adjective before the truncated part too; a name inside the widened one gives way.
    #expect(coordinated("Die Nordmärkische Wasser- und Bodenkammer Quellstadt tagt.", [("Nordmärkische", .MISC), ("Bodenkammer Quellstadt", .ORG)])
            == ["ORG Nordmärkische Wasser- und Bodenkammer Quellstadt"])
}

@Test func anOrganisationEndingAtAHyphenGoesOnAfterUnd() {
    #expect(coordinated("Der Deutsche Hecken- und Zaunverband klagt.", [("Deutsche Hecken-", .ORG)])
            == ["ORG Deutsche Hecken- und Zaunverband"])
    #expect(coordinated("Die Gesellschaft für grüne Dach- und städtische Gartenrechte zahlt.", [("Gesellschaft für grüne Dach-", .ORG)])
            == ["ORG Gesellschaft für grüne Dach- und städtische Gartenrechte"])
    // A name of one word ending at the hyphen is a part of a phrase the tagger misread.
    #expect(coordinated("Truppen der QRK- und anderen Einheiten rückten vor.", [("QRK-", .ORG)]) == ["ORG QRK-"])
}

@Test func anAdjectiveTruncatedPartAndBodyHeadNameABody() {
    #expect(coordinated("Der Nordmärkische Städte- und Gemeindetag legte Zahlen vor.", [])
            == ["ORG Nordmärkische Städte- und Gemeindetag"])
    // No adjective before, or no body's head after "und": nothing.
    #expect(coordinated("Die Städte- und Gemeindetag tagen.", []) == [])
    #expect(coordinated("Die Deutsche Luft- und Raumfahrt wächst.", []) == [])
}

@Test func aSmallAcronymAfterTheNameItSpellsIsThatBody() {
    let text = ArticleText("Der Deutsche Beispielbund (dbb) und die Quellstadt-Werke (noch) klagen.")
    let m1 = EntityMention(span: Span(4, 25), text: text[Span(4, 25)], type: .ORG, canonical: text[Span(4, 25)], confidence: 0.8)
    let start = "Der Deutsche Beispielbund (dbb) und die ".unicodeScalars.count
    let span2 = Span(start, start + "Quellstadt-Werke".unicodeScalars.count)
    let m2 = EntityMention(span: span2, text: text[span2], type: .ORG, canonical: text[span2], confidence: 0.8)
    let result = GermanNamePatterns.bracketAcronyms([m1, m2], text: text).map { "\($0.type.rawValue) \($0.text)" }
    #expect(result == ["ORG Deutsche Beispielbund", "ORG dbb", "ORG Quellstadt-Werke"])
}

@Test func aListOfPurposesAfterFuerBelongsToTheBody() {
    #expect(coordinated("Das Nordmärkische Landesamt für Wald, Moor und Heide prüft.", [("Nordmärkische Landesamt", .ORG)])
            == ["ORG Nordmärkische Landesamt für Wald, Moor und Heide"])
    #expect(coordinated("Das Ministerium für Kultur, Sport und Küsten- und Hafenbau zahlt.", [("Ministerium für Kultur", .ORG)])
            == ["ORG Ministerium für Kultur, Sport und Küsten- und Hafenbau"])
    // No comma list, or a list that goes on into a noun phrase: the name stays.
    #expect(coordinated("Das Landesamt für Wald und Heide prüft.", [("Landesamt für Wald", .ORG)]) == ["ORG Landesamt für Wald"])
    #expect(coordinated("Das Amt für Wald, Moor und Heide Quellstadt prüft.", [("Amt für Wald", .ORG)]) == ["ORG Amt für Wald"])
    #expect(coordinated("Das Amt für Quellstadt, Nordmark und Heide prüft.", [("Amt", .ORG), ("Quellstadt", .LOC), ("Nordmark", .LOC)])
            == ["ORG Amt", "LOC Quellstadt", "LOC Nordmark"])
}
