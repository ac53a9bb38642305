import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisation and place patterns over the tagger's German mentions (invented sentences).

private let places = Lexicon(places: ["Kassel", "Bremen", "Frankfurt", "Frankfurt am Main", "Lüneburg"], countries: [], firstNames: ["Jonas"])
private let words = GermanWords(parsing: "Abend\tm\nFreitag\tm\nMontag\tm\nKanzler\tx\nVerein\tm\nGestern\t-\n")

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: places, words: words)
}

@Test func legalFormClosesAnOrganisation() {
    #expect(apply("Gestern meldete die Nordlicht Bäckerei GmbH neue Filialen.") == ["ORG Nordlicht Bäckerei GmbH"])
    #expect(apply("Den Aufruf unterschrieb auch der Heimatverein Lindenhof e. V. aus Kassel.", [("Kassel", .LOC, 0.9)])
            == ["ORG Heimatverein Lindenhof e. V.", "LOC Kassel"])
}

@Test func legalFormReplacesThePiecesTheTaggerFound() {
    #expect(apply("Die Aktie der Kranich Solar AG stieg.", [("Kranich Solar", .ORG, 0.8)]) == ["ORG Kranich Solar AG"])
}

@Test func institutionHeadFollowedByPlace() {
    #expect(apply("Das Urteil fällte das Landgericht Kassel am Montag.") == ["ORG Landgericht Kassel"])
    #expect(apply("Die Stadtwerke Bremen erhöhen die Preise.", [("Bremen", .LOC, 0.9)]) == ["ORG Stadtwerke Bremen"])
    #expect(apply("Sie lehrt an der Technischen Hochschule Lüneburg.") == ["ORG Technischen Hochschule Lüneburg"])
    // A head noun without a place is left to the tagger.
    #expect(apply("Das Landgericht hat entschieden.") == [])
}

@Test func shortInstitutionHeadIsMatchedAsAWord() {
    #expect(apply("Studierende besetzten das Rektorat der Uni Kassel.", [("Kassel", .LOC, 0.8)]) == ["ORG Uni Kassel"])
    // "Juni" ends like "Uni" but heads no name.
    #expect(apply("Im Juni Kassel zu besuchen lohnt sich.", [("Kassel", .LOC, 0.8)]) == ["LOC Kassel"])
}

@Test func bankAndFairCompanyAndCharityBeforeAPlace() {
    #expect(apply("Die Raiffeisenbank Kassel schließt zwei Filialen.", [("Kassel", .LOC, 0.9)]) == ["ORG Raiffeisenbank Kassel"])
    #expect(apply("Die Messe Frankfurt meldete einen Rekord.", [("Frankfurt", .LOC, 0.9)]) == ["ORG Messe Frankfurt"])
    #expect(apply("Die Diakonie Bremen sucht Pflegekräfte.", [("Bremen", .LOC, 0.9)]) == ["ORG Diakonie Bremen"])
    // A compound ending in "-messe" is an event, not the fair's company.
    #expect(apply("Die Buchmesse Kassel beginnt heute.", [("Kassel", .LOC, 0.9)]) == ["LOC Kassel"])
}

@Test func compoundPlaceIsOneName() {
    #expect(apply("Sie wohnt in Frankfurt am Main.", [("Frankfurt", .LOC, 0.9), ("Main", .LOC, 0.7)]) == ["LOC Frankfurt am Main"])
    // A weekday or time after "am" is not part of the name.
    #expect(apply("Er sprach in Kassel am Abend.", [("Kassel", .LOC, 0.9)]) == ["LOC Kassel"])
    // A country after "in der" says where the place is: two places, not one name.
    let withCountry = Lexicon(places: ["Kassel"], countries: ["Schweiz"], firstNames: [])
    #expect(applyNamePatterns("Die Firma aus Kassel in der Schweiz wächst.", [("Kassel", .LOC, 0.9), ("Schweiz", .LOC, 0.9)],
                              lexicon: withCountry, words: words) == ["LOC Kassel", "LOC Schweiz"])
}

@Test func unconfidentCommonNounIsNoName() {
    #expect(apply("Der Kanzler kam.", [("Kanzler", .PER, 0.55)]) == [])
    // Confident, or confidently found elsewhere in the article: kept.
    #expect(apply("Der Kanzler kam.", [("Kanzler", .PER, 0.9)]) == ["PER Kanzler"])
    #expect(apply("Jonas kam.", [("Jonas", .PER, 0.5)]) == ["PER Jonas"])
}

@Test func mediaAndPartyNamesByAdjectiveAndHead() {
    #expect(apply("Das meldete die Lindenthaler Zeitung am Montag.") == ["ORG Lindenthaler Zeitung"])
    #expect(apply("Der Westfälische Rundfunk sendet das Spiel.") == ["ORG Westfälische Rundfunk"])
    #expect(apply("Sie trat der Grünlichen Demokratischen Partei bei.") == ["ORG Grünlichen Demokratischen Partei"])
    // The genitive of a place closes the name.
    #expect(apply("Die Freie Partei Frankfurts tagt.") == ["ORG Freie Partei Frankfurts"])
    // The tagger's pieces inside give way to the whole name.
    #expect(apply("Laut Kasseler Rundschau ist das falsch.", [("Kasseler", .LOC, 0.6)]) == ["ORG Kasseler Rundschau"])
    // A determiner is no adjective, and "Nachrichten" needs a place adjective in -er.
    #expect(apply("Jede Zeitung schrieb darüber.") == [])
    #expect(apply("Die Zeitung schrieb darüber.") == [])
    #expect(apply("Es gibt Gute Nachrichten für alle.") == [])
    #expect(apply("Laut Bremer Nachrichten ist das falsch.") == ["ORG Bremer Nachrichten"])
}
