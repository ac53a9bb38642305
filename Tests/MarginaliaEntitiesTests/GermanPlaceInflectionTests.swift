import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Declined table names, realms named by adjectives, and a function word that is no town
// (invented sentences).

private let lexicon = Lexicon(places: ["Wendhausen", "Auch"], countries: ["Italien"], firstNames: ["Anna", "Peter"])
private let words = GermanWords(parsing: """
    Markt\tm\nStadt\tf\nKreis\tm\nauch\t-\nin\t-\n
    """)

private func places(_ s: String, _ given: [(String, EntityType)] = []) -> [String] {
    placeFramesResult(s, given, lexicon: lexicon, words: words)
}

@Test func declinedFormsOfTableNamesWithAdjectives() {
    let forms = GermanPlaceFrames.declinedForms(of: ["Vereinigtes Königreich", "Vereinigte Arabische Emirate", "Innere Mongolei",
                                                     "Persischer Golf", "Thüringer Wald", "Golf von Aden", "Burkina Faso"])
    #expect(forms.contains("Vereinigten Königreich") && forms.contains("Vereinigten Königreichs"))
    #expect(forms.contains("Vereinigten Arabischen Emiraten") && forms.contains("Vereinigten Arabischen Emirate"))
    #expect(forms.contains("Inneren Mongolei") && forms.contains("Persischen Golfes"))
    #expect(forms.contains("Vereinigte Königreich") && forms.contains("Persische Golf"))
    // A place adjective in "-er" does not decline; names with a lower-case word or without an adjective stay.
    #expect(!forms.contains { $0.hasPrefix("Thüring") || $0.hasPrefix("Golf") || $0.hasPrefix("Burkina") })
}

@Test func declinedTableNameAfterAPrepositionIsAPlace() {
    #expect(places("Der Wagen ist im Vereinigten Königreich steuerfrei.") == ["LOC Vereinigten Königreich"])
    #expect(places("Sie lebt seit Jahren in den Vereinigten Arabischen Emiraten.") == ["LOC Vereinigten Arabischen Emiraten"])
    #expect(places("Er kehrte gestern ins Vereinigte Königreich zurück.") == ["LOC Vereinigte Königreich"])
}

@Test func capitalisedAdjectivesBeforeReichNameARealm() {
    #expect(places("Die Münzen stammen aus dem Byzantinischen Reich.") == ["LOC Byzantinischen Reich"])
    #expect(places("Er herrschte über das Große Persische Reich.", [("Persische Reich", .LOC)]) == ["LOC Große Persische Reich"])
    // No adjective inside the sentence before the noun: nothing.
    #expect(places("Das Reich zerfiel.") == [])
    #expect(places("Viele Reiche zerfielen.") == [])
}

@Test func aFunctionWordOpeningTheSentenceIsNoTownBeforeItsLandscape() {
    #expect(places("Es regnete. Auch im Odenwald fiel Schnee.") == ["LOC Odenwald"])
    #expect(places("Der Markt in Wendhausen im Odenwald schließt.") == ["LOC Wendhausen im Odenwald"])
}

@Test func aGulfBayOrHornOfAPlaceIsOnePlace() {
    #expect(places("Die Dürre am Golf von Italien hält an.", [("Golf", .LOC), ("Italien", .LOC)]) == ["LOC Golf von Italien"])
    // A single word no list knows after "von", though the tagger read a person.
    #expect(places("Schiffe kreuzen im Golf von Velmora.", [("Velmora", .PER)]) == ["LOC Golf von Velmora"])
    #expect(places("Die Bucht von Wendhausen ist flach.") == ["LOC Bucht von Wendhausen"])
    // A road between two towns, a body after "von", a name that goes on: no landform.
    #expect(places("Die Straße von Wendhausen nach Kirchberg ist gesperrt.") == ["LOC Wendhausen", "LOC Kirchberg"])
    #expect(places("Der Golf von Autowerk Nord fährt.", [("Autowerk Nord", .ORG)]) == ["ORG Autowerk Nord"])
    #expect(places("Der Golf von Velmora Peter fuhr weg.") == [])
}

@Test func aPlaceDoesNotEndInAPluralNoun() {
    let words = GermanWords(parsing: "Fälle\tp\nStaaten\tp\n")
    let lexicon = Lexicon(places: ["Wendhausen", "Vereinigte Staaten"], countries: [], firstNames: [])
    #expect(placeFramesResult("Dort wurden in Wendhausen Fälle bekannt.", [("Wendhausen Fälle", .LOC)], lexicon: lexicon, words: words)
            == ["LOC Wendhausen"])
    #expect(placeFramesResult("Sie reisten in die Vereinigte Staaten.", [("Vereinigte Staaten", .LOC)], lexicon: lexicon, words: words)
            == ["LOC Vereinigte Staaten"])
}

@Test func aDistrictNamedByAPlaceAndARiverThatIsAlsoACommonNoun() {
    let words = GermanWords(parsing: "Murg\tf\nKinder\tp\nJugend\tf\n")
    let lexicon = Lexicon(places: ["Wendhausen"], countries: [], firstNames: ["Anna"])
    #expect(placeFramesResult("Im Wendhausen-Murg-Kreis brannte es.", [], lexicon: lexicon, words: words) == ["LOC Wendhausen-Murg-Kreis"])
    #expect(placeFramesResult("Im Kinder-Jugend-Kreis sangen sie.", [], lexicon: lexicon, words: words) == [])
    #expect(placeFramesResult("Im Wendhausen-Anna-Kreis sangen sie.", [], lexicon: lexicon, words: words) == [])
}

@Test func aPluralFrameNounFramesTheFirstPlaceOfAList() {
    #expect(places("Getroffen wurden die Städte Velmora und Tarvo.") == ["LOC Velmora"])
    // A frame noun the tagger took into the place stays outside.
    #expect(places("Die Einnahmen der Dörfer Velmora und Tarvo sinken.", [("Dörfer Velmora", .LOC), ("Tarvo", .LOC)])
            == ["LOC Velmora", "LOC Tarvo"])
    #expect(places("Im Stadtteil Velmora brannte es.", [("Stadtteil Velmora", .LOC)]) == ["LOC Velmora"])
}

@Test func aTableNamesGenitiveAfterACommonNounIsAPlace() {
    let words = GermanWords(parsing: "Teilen\tp\nLong\t-\n")
    #expect(placeFramesResult("In anderen Teilen Portugals blieb es ruhig.", [], lexicon: lexicon, words: words) == ["LOC Portugals"])
    #expect(placeFramesResult("Er wohnt im Landesteil Velmora.", [], lexicon: lexicon, words: words) == ["LOC Velmora"])
}

@Test func anEnglishCompassPointJoinsThePlaceAfterIt() {
    #expect(places("Die Firma aus West Tarvo baut Autos.", [("Tarvo", .LOC)]) == ["LOC West Tarvo"])
    // A person stays a person.
    #expect(places("Der Sänger North Velmora trat auf.", [("North Velmora", .PER)]) == ["PER North Velmora"])
}

@Test func twoStreetsOfACrossingAreTwoPlaces() {
    #expect(places("Der Bus hielt an der Kreuzung Lindenstraße/Birken-Allee.", [("Lindenstraße/Birken-Allee", .LOC)])
            == ["LOC Lindenstraße", "LOC Birken-Allee"])
    // A town with its river, or two towns of one airport, stay one place.
    #expect(places("Er wohnt in Wendhausen/Teck.", [("Wendhausen/Teck", .LOC)]) == ["LOC Wendhausen/Teck"])
}

@Test func aPlaceAdjectiveBeforeAMotorwayJunctionOrTunnelIsOnePlace() {
    #expect(places("Der Stau reichte bis zum Wendhausener Kreuz.") == ["LOC Wendhausener Kreuz"])
    #expect(places("Der Zug hielt im Wendhausener Tunnel.") == ["LOC Wendhausener Tunnel"])
}

@Test func aFirstNameOrASingularNounBeforeReichOpensAPerson() {
    let words = GermanWords(parsing: "Schneider\tm\n")
    let lexicon = Lexicon(places: [], countries: [], firstNames: ["Walter"])
    #expect(placeFramesResult("Dann sprach Walter Reich.", [("Walter Reich", .PER)], lexicon: lexicon, words: words) == ["PER Walter Reich"])
    #expect(placeFramesResult("Dann sprach der Schneider Reich.", [], lexicon: lexicon, words: words) == [])
}
