import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Hyphenated places and the landscape after "im" / "in der" (invented sentences and towns).

private let lexicon = Lexicon(places: ["Wendhausen", "Kirchdorf"], countries: ["Italien"], firstNames: ["Anna", "Peter"])
private let words = GermanWords(parsing: """
    Kinder\tp\nJugend\tf\nKreis\tm\nGebiet\tn\nKrise\tf\nFerien\tp\nPlan\tm\nArena\tf\nin\t-\nder\t-\n
    """)

private func places(_ s: String, _ given: [(String, EntityType)] = []) -> [String] {
    placeFramesResult(s, given, lexicon: lexicon, words: words)
}

@Test func districtNamedByItsRiversIsOnePlace() {
    #expect(places("Der Unfall geschah im Rhein-Velmo-Kreis am Abend.") == ["LOC Rhein-Velmo-Kreis"])
    #expect(places("Der Landrat des Wendhausen-Tarvo-Kreises sprach.") == ["LOC Wendhausen-Tarvo-Kreises"])
    #expect(places("Die Mieten im Rhein-Donau-Gebiet steigen.") == ["LOC Rhein-Donau-Gebiet"])
    // Common nouns or unknown words are no district or region.
    #expect(places("Der Kinder-Jugend-Kreis tagte.") == [])
    #expect(places("Sie flohen aus dem Velmo-Tarvo-Gebiet.") == [])
    #expect(places("Der Tarvo-Velmo-Kreis tagte.") == [])
}

@Test func townAndItsQuarterAfterAPreposition() {
    #expect(places("Sie wohnt seit Jahren in Wendhausen-Velmdorf.") == ["LOC Wendhausen-Velmdorf"])
    #expect(places("Bei Kirchdorf-Tarvo stürzte ein Baum um.") == ["LOC Kirchdorf-Tarvo"])
    // No preposition, a common noun or a first name after the hyphen.
    #expect(places("Der Wendhausen-Velmdorf Plan scheiterte.") == [])
    #expect(places("Sie kehrte aus Wendhausen-Ferien zurück.") == [])
    #expect(places("Sie kam aus Wendhausen-Anna zurück.") == [])
    // Two unlisted names after "in" that end the phrase: a town no list knows (`GermanUnlistedTowns`).
    #expect(places("Sie wohnt in Velmo-Tarvo.") == ["LOC Velmo-Tarvo"])
}

@Test func townAndALandscapeAfterImOrInDer() {
    #expect(places("Sie lebt in Kirchdorf im Velmgau.") == ["LOC Kirchdorf im Velmgau"])
    // A state of the tables after "in der" is a second place.
    #expect(places("Sie lebt in Kirchdorf in der Steiermark.") == ["LOC Kirchdorf", "LOC Steiermark"])
    // A hall or a league after "in der" is no part of the town.
    #expect(places("Die Spiele finden in Kirchdorf in der Velmo-Arena statt.") == ["LOC Kirchdorf"])
    #expect(places("Er spielt in Wendhausen in der VLM.", [("Wendhausen", .LOC)]) == ["LOC Wendhausen"])
    #expect(places("Sie kam in Wendhausen im Tarvo an.", [("Wendhausen", .LOC)]) == ["LOC Wendhausen"])
}

@Test func hyphenatedLandsAndBuildingsByTheirHead() {
    #expect(places("Das Hochwasser des Velmo-Flusses stieg im Tarvo-Distrikt weiter.") == ["LOC Velmo-Flusses", "LOC Tarvo-Distrikt"])
    #expect(places("Das Spiel im Anna-Velmora-Stadion sahen viele.") == ["LOC Anna-Velmora-Stadion"])
    #expect(places("Ein Feuer brach in der Al-Tarvo-Moschee aus.") == ["LOC Al-Tarvo-Moschee"])
    // A compass point, an abbreviation, a common noun or a lone first name before the head.
    #expect(places("Die Ost-Region und die ABC-Region und die Plan-Region planen.") == [])
    #expect(places("Er bestieg das Anna-Massiv nicht, wohl aber das Tarvo-Massiv.") == ["LOC Tarvo-Massiv"])
    // The tagger's body of that shape is the place.
    #expect(places("Die Not im Velmo-Delta wächst.", [("Velmo-Delta", .ORG)]) == ["LOC Velmo-Delta"])
}
