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
    // A place adjective in "-er" does not decline; names with a lower-case word or without an adjective stay.
    #expect(!forms.contains { $0.hasPrefix("Thüring") || $0.hasPrefix("Golf") || $0.hasPrefix("Burkina") })
}

@Test func declinedTableNameAfterAPrepositionIsAPlace() {
    #expect(places("Der Wagen ist im Vereinigten Königreich steuerfrei.") == ["LOC Vereinigten Königreich"])
    #expect(places("Sie lebt seit Jahren in den Vereinigten Arabischen Emiraten.") == ["LOC Vereinigten Arabischen Emiraten"])
}

@Test func capitalisedAdjectivesBeforeReichNameARealm() {
    #expect(places("Die Fahrzeuge stammen aus dem Dritten Reich.") == ["LOC Dritten Reich"])
    #expect(places("Er war Kaiser des Heiligen Römischen Reiches.", [("Römischen Reiches", .LOC)]) == ["LOC Heiligen Römischen Reiches"])
    // No adjective inside the sentence before the noun: nothing.
    #expect(places("Das Reich zerfiel.") == [])
    #expect(places("Viele Reiche zerfielen.") == [])
}

@Test func aFunctionWordOpeningTheSentenceIsNoTownBeforeItsLandscape() {
    #expect(places("Es regnete. Auch im Odenwald fiel Schnee.") == [])
    #expect(places("Der Markt in Wendhausen im Odenwald schließt.") == ["LOC Wendhausen im Odenwald"])
}
