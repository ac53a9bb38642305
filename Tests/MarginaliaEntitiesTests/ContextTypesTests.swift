import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Types told by context (issue 16), on sentences written for these tests.

private let places = Lexicon(places: ["Tarnitz", "Wendelstadt"], countries: [], firstNames: ["Jana"])

/// Runs ContextTypes, then WorkTitles (as the recognizer does), over `s` with the given mentions at their first occurrence; "TYPE text" per result.
private func retype(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    let text = ArticleText(s)
    let scalars = Array(s.unicodeScalars)
    let given = mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    return WorkTitles.apply(ContextTypes.apply(given, text: text, lexicon: places), text: text).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aTitleByAnAuthorIsOneWorkWithTheNamesInside() {
    let s = "Vorträge wie „Wie Tarnitz den Hafen verlor“ von Jana Kerlow, „Die Brücke“ von Ole Wendt waren gut besucht."
    #expect(retype(s, [("Tarnitz", .LOC), ("Jana Kerlow", .PER), ("Ole Wendt", .PER)])
            == ["MISC Wie Tarnitz den Hafen verlor", "PER Jana Kerlow", "MISC Die Brücke", "PER Ole Wendt"])
    // A quoted statement holds a sentence's end; a lower-case quote is no title; a role before the name is no author.
    #expect(retype("Sie nannte „Das ist falsch. Wir klagen“ von Jana Kerlow einen Fehler.", [("Jana Kerlow", .PER)]) == ["PER Jana Kerlow"])
    #expect(retype("Die „maroden Systeme“ von Jana Kerlow.", [("Jana Kerlow", .PER)]) == ["PER Jana Kerlow"])
    #expect(retype("Die regierende „Wendel Front“ von Präsident Ole Wendt.", [("Wendel Front", .MISC), ("Ole Wendt", .PER)])
            == ["ORG Wendel Front", "PER Ole Wendt"])
}

@Test func anOrganisationHeadMakesANameAnOrganisation() {
    #expect(retype("Verletzte liegen im „Green Hill Hospital“ in Tarnitz.", [("Green Hill Hospital", .MISC), ("Tarnitz", .LOC)])
            == ["ORG Green Hill Hospital", "LOC Tarnitz"])
    // A body's head opening the name, German or foreign; an article before it stays outside.
    #expect(retype("Am Streik hielt die Gewerkschaft Tarnitzer Drucker fest.", [("die Gewerkschaft Tarnitzer Drucker", .MISC)])
            == ["ORG Gewerkschaft Tarnitzer Drucker"])
    #expect(retype("Gewählt hat die „Partij voor de Toekomst“ in Tarnitz.", [("Partij voor de Toekomst", .MISC), ("Tarnitz", .LOC)])
            == ["ORG Partij voor de Toekomst", "LOC Tarnitz"])
    // A head alone, or with only small words after it, is no body's name.
    #expect(retype("Die Partei der Mitte.", [("Partei", .MISC)]) == ["MISC Partei"])
    // One word is not enough, and a listed place keeps its type.
    #expect(retype("Die Front verlief bei Tarnitz.", [("Front", .MISC)]) == ["MISC Front"])
}

@Test func aBracketedNameAfterAPersonIsTheTeam() {
    #expect(retype("Zweiter wurde Ole Wendt (Velomax) vor Jana Kerlow (Team Rapido).",
                   [("Ole Wendt", .PER), ("Velomax", .LOC), ("Jana Kerlow", .PER), ("Rapido", .ORG)])
            == ["PER Ole Wendt", "ORG Velomax", "PER Jana Kerlow", "ORG Rapido"])
    // ("Team" + sponsor is joined by the name patterns: GermanForeignNamePatternTests.)
    // A listed place in brackets stays a place (a home town, a nation in results).
    #expect(retype("Sieger Ole Wendt (Tarnitz) jubelte.", [("Ole Wendt", .PER), ("Tarnitz", .LOC)]) == ["PER Ole Wendt", "LOC Tarnitz"])
}

@Test func aPlaceWithANumberIsAProject() {
    #expect(retype("Der Protest gegen Tarnitz 21 wächst in Tarnitz.", [("Tarnitz 21", .LOC), ("Tarnitz", .LOC)])
            == ["MISC Tarnitz 21", "LOC Tarnitz"])
}

@Test func capitalsAfterUhrAreATimeZone() {
    #expect(retype("Das Angebot endet um 19:30 Uhr MESZ bei der NWA.", [("MESZ", .ORG), ("NWA", .ORG)]) == ["ORG NWA"])
    #expect(retype("Der Start war um 6 Uhr (UTC) in Tarnitz.", [("UTC", .ORG), ("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aLetterAfterGruppeIsATournamentsGroup() {
    #expect(retype("Sie spielen in der Gruppe B gegen Tarnitz.", [("B", .ORG), ("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    // Not a one-letter name elsewhere, nor a longer name after "Gruppe".
    #expect(retype("Die Gruppe Wendelstadt tagt.", [("Wendelstadt", .ORG)]) == ["ORG Wendelstadt"])
}

@Test func anEnglishBodysHeadMakesAPlaceAnOrganisation() {
    #expect(retype("Das schrieb die Kerlow Institution gestern.", [("Kerlow Institution", .LOC)]) == ["ORG Kerlow Institution"])
    #expect(retype("Er leitete die Wendel River Authority.", [("Wendel River Authority", .LOC)]) == ["ORG Wendel River Authority"])
}

@Test func aRoleOpeningABodyOrPlaceIsLeftOutOfThePerson() {
    // A listed first name, or a word of a person the article names.
    #expect(retype("Das Amt erbte sein Sohn Jana Kerlow.", [("Sohn Jana Kerlow", .ORG)]) == ["PER Jana Kerlow"])
    #expect(retype("Ole Wendt sprach. Präsident Wendts Rede war kurz.", [("Ole Wendt", .PER), ("Präsident Wendts", .ORG)])
            == ["PER Ole Wendt", "PER Wendts"])
    // An organisation's head or legal form, or no person's evidence: kept.
    #expect(retype("Die Konzerntochter Jana Technik GmbH wächst.", [("Konzerntochter Jana Technik GmbH", .ORG)])
            == ["ORG Konzerntochter Jana Technik GmbH"])
    #expect(retype("Präsident Wendelbau lud ein.", [("Präsident Wendelbau", .ORG)]) == ["ORG Präsident Wendelbau"])
    #expect(retype("Er kaufte bei General Motors.", [("General Motors", .ORG)]) == ["ORG General Motors"])
}
