import Testing
import MarginaliaText
@testable import MarginaliaEntities

// The organisation and place patterns added for issue 16 (invented sentences, invented bodies).

private let places = Lexicon(places: ["Dortmund", "Bremen", "Halle", "Lörrach", "Kassel", "Mailand", "Bayern", "München", "Mainz", "Frankfurt (Oder)", "Frankfurt"],
                             countries: [], firstNames: ["Max", "Robert"])
private let words = GermanWords(parsing: "Zentrum\tn\nFlüchtlinge\tp\nStatistik\tf\nZahlen\tp\nInsel\tf\nKunst\tf\nAmt\tn\nLandes\tn\nStein\tm\nGestern\t-\n")

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: places, words: words)
}

@Test func purposeInstitutionTakesItsWholeName() {
    #expect(apply("Das Bundesamt für Brandschutz und Katastrophenhilfe warnte.") == ["ORG Bundesamt für Brandschutz und Katastrophenhilfe"])
    #expect(apply("Er arbeitet im Bayerischen Staatsministerium für Unterricht und Kultus.")
            == ["ORG Bayerischen Staatsministerium für Unterricht und Kultus"])
    #expect(apply("Sie leitet die Landesstiftung zur Förderung der Mundart.") == ["ORG Landesstiftung zur Förderung der Mundart"])
    // A capitalised adjective takes its noun; a noun after a noun ends the name.
    #expect(apply("Der Rat für Nachhaltige Entwicklung tagt.") == ["ORG Rat für Nachhaltige Entwicklung"])
    // Also one the noun list holds as a nominalised adjective ("der Industrielle").
    let nominalised = GermanWords(parsing: "Industrielle\tx\n")
    #expect(applyNamePatterns("Die Organisation für Industrielle Entwicklung tagt.", [], lexicon: places, words: nominalised)
            == ["ORG Organisation für Industrielle Entwicklung"])
    // Courts, funds and committees are bodies before "für" too.
    #expect(apply("Der Gerichtshof für Seerecht entschied.") == ["ORG Gerichtshof für Seerecht"])
    #expect(apply("Das Komitee für Baukunst tagte, der Fonds für Bergbau zahlte.") == ["ORG Komitee für Baukunst", "ORG Fonds für Bergbau"])
    #expect(apply("Gestern hat das Amt für Statistik Zahlen vorgelegt.") == ["ORG Amt für Statistik"])
    // An indefinite article names no particular body; a genitive place is not part of the name.
    #expect(apply("Die Stadt plant ein Zentrum für Flüchtlinge.") == [])
    #expect(apply("Das Institut für Geologie des Landes Bremen forscht.") == ["ORG Institut für Geologie des Landes"])
}

@Test func institutionHeadsOfPoliceAndConsumerBodies() {
    #expect(apply("Die Polizei Dortmund sucht Zeugen.", [("Dortmund", .LOC, 0.9)]) == ["ORG Polizei Dortmund"])
    #expect(apply("Die Verbraucherzentrale Bremen rät ab.") == ["ORG Verbraucherzentrale Bremen"])
    // A town's district after the head.
    #expect(apply("Das Finanzamt Bremen-Mitte prüft.") == ["ORG Finanzamt Bremen-Mitte"])
    // A place in the genitive is where the thing is, not the body's name.
    #expect(apply("Das Zentrum Kassels ist gesperrt.", [("Kassels", .LOC, 0.9)]) == ["LOC Kassels"])
}

@Test func clubPrefixAndTownAreOneClub() {
    #expect(apply("Aber Borussia Dortmund gewann.", [("Dortmund", .LOC, 0.9)]) == ["ORG Borussia Dortmund"])
    #expect(apply("Das Spiel gegen Inter Mailand endete 1:1.", [("Mailand", .LOC, 0.9)]) == ["ORG Inter Mailand"])
    #expect(apply("Er spielte für den FC Bayern München.") == ["ORG FC Bayern München"])
    // The town alone stays a place.
    #expect(apply("Er zog nach Dortmund.", [("Dortmund", .LOC, 0.9)]) == ["LOC Dortmund"])
}

@Test func legalFormNameMayHoldAYear() {
    #expect(apply("Der Ruderverein Lörrach 1921 e. V. feiert.") == ["ORG Ruderverein Lörrach 1921 e. V."])
}

@Test func bracketedRiverQualifiesATown() {
    #expect(apply("Sie kommt aus Halle (Saale) und lebt in Frankfurt (Oder).", [("Halle", .LOC, 0.9), ("Frankfurt", .LOC, 0.9)])
            == ["LOC Halle (Saale)", "LOC Frankfurt (Oder)"])
    // A dateline's agency in brackets is no part of the town.
    #expect(apply("Kassel (AFP) Die Stadt spart.", [("Kassel", .LOC, 0.9), ("AFP", .ORG, 0.9)]) == ["LOC Kassel", "ORG AFP"])
}

@Test func mediaHeadInTheGenitiveAndWebOutlets() {
    #expect(apply("Die Intendantin des Westfälischen Rundfunks sprach.") == ["ORG Westfälischen Rundfunks"])
    #expect(apply("Das berichtete Spiegel Online am Abend.") == ["ORG Spiegel Online"])
    #expect(apply("Die Online-Ausgabe wuchs.") == [])
}

@Test func hyphenatedInstitutionNamedAfterSomeone() {
    #expect(apply("Das Goethe-Gymnasium gewann.") == ["ORG Goethe-Gymnasium"])
    #expect(apply("Am Max-Planck-Institut wird geforscht.") == ["ORG Max-Planck-Institut"])
    // Common nouns before the head: no name.
    #expect(apply("Das Kunst-Museum ist neu.") == [])
    #expect(apply("Sie lobt den Insel-Verlag.") == [])
}

@Test func clubOrdinalAndTheTaggersLongerNameKept() {
    #expect(apply("Er spielt beim 1. FC Kassel.") == ["ORG 1. FC Kassel"])
    // A pattern inside a longer name the tagger found does not cut it.
    #expect(apply("Er spielt beim ESV Dynamo Dortmund.", [("ESV Dynamo Dortmund", .ORG, 0.9)]) == ["ORG ESV Dynamo Dortmund"])
    // The river in brackets after the name is a place of its own (GermEval's outer level).
    #expect(apply("Es erschien im Mitteldeutschen Verlag Halle (Saale).", [("Mitteldeutschen Verlag Halle", .ORG, 0.9)])
            == ["ORG Mitteldeutschen Verlag Halle", "LOC Saale"])
}

@Test func purposePhrasesThatNameNoBody() {
    #expect(apply("Er gründete eine kleine Gesellschaft für Filmproduktionen.") == [])
    #expect(apply("Das Geld stellte das Ministerium zur Verfügung.") == [])
    #expect(apply("Er wurde wegen Anstiftung zur Besetzung verurteilt.") == [])
    #expect(apply("Die Kommission zur Untersuchung des Unglücks tagt.") == ["ORG Kommission zur Untersuchung des Unglücks"])
    // A lower-case adjective after "für".
    #expect(apply("Sie forscht am Carnegie-Institut für internationalen Frieden.") == ["ORG Carnegie-Institut für internationalen Frieden"])
}

@Test func clubNamesWithTheTaggersPlaceAndAYear() {
    #expect(apply("Er kam vom FC St. Pauli.", [("St. Pauli", .LOC, 0.9)]) == ["ORG FC St. Pauli"])
    #expect(apply("Der 1. FSV Mainz 05 verlor.", [("FSV Mainz 05", .ORG, 0.9)]) == ["ORG 1. FSV Mainz 05"])
    // A pattern ending inside the tagger's name does not cut it.
    #expect(apply("Er spielte beim Fußballverein Mailand Nord.", [("Mailand Nord", .ORG, 0.9)]) == ["ORG Mailand Nord"])
    // A hyphenated head after an abbreviation is a country's institute, not a name.
    #expect(apply("Das US-Institut warnte.") == [])
}

@Test func purposePhraseAfterAPronounIsNoName() {
    #expect(apply("Er kritisierte die Kommission für deren Vorgehen.") == [])
    #expect(apply("Er dankte der Kommission für die Hilfe.") == [])
}
