import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisation names from other languages, "Team" + sponsor, genitive body heads before "für"
// and a place closing a für-phrase (issue 16). Invented bodies and places.

private let lexicon = Lexicon(places: ["Kassel", "Lindau", "Niederhessen"], countries: ["Deutschland"], firstNames: ["Anna"])
private let words = GermanWords(parsing: """
    Front\tf
    Fluggesellschaft\tf
    Sender\tm
    Eigner\tm
    Hospital\tn
    Statistik\tf
    Geologie\tf
    Bergbau\tm
    Park\tm
    Händler\tm

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func englishNamesClosedByAnEnglishHead() {
    #expect(apply("Der Fahrer von Brightwater Channel gewann.") == ["ORG Brightwater Channel"])
    #expect(apply("Im Silver Oak Hospital liegen Verletzte.") == ["ORG Silver Oak Hospital"])
    // The tagger's pieces give way to the whole name.
    #expect(apply("Sie kam von der Lindau Harbour Company zurück.", [("Lindau", .LOC, 1.0), ("Harbour Company", .ORG, 1.0)])
            == ["ORG Lindau Harbour Company"])
}

@Test func englishHeadsAfterGermanWordsNameNothing() {
    // An article or a German noun before the head: no English name.
    #expect(apply("Die Soldaten kämpften an der Front.") == [])
    #expect(apply("Er liegt im Hospital.") == [])
    #expect(apply("Eine Maschine der US-Fluggesellschaft Skyhawk Airlines landete.", [("Skyhawk Airlines", .ORG, 1.0)])
            == ["ORG Skyhawk Airlines"])
    #expect(apply("Der Direktor des Eigners Brookfield Shipping Company sprach.") == ["ORG Brookfield Shipping Company"])
}

@Test func englishPlaceNamesClosedByAPlaceHead() {
    // The tagger's first word alone, or the head alone, gives way to the whole place's name.
    #expect(apply("Die Händler am Dorrington Market protestierten.", [("Dorrington", .LOC, 0.8)]) == ["LOC Dorrington Market"])
    #expect(apply("Die Fähre legte vom Pelican Creek Harbour ab.", [("Harbour", .LOC, 0.7)]) == ["LOC Pelican Creek Harbour"])
    #expect(apply("Er wohnt in der Ashgrove Street, nahe dem Zentrum.", [("Ashgrove Street", .ORG, 0.6)]) == ["LOC Ashgrove Street"])
    // A preposition left capitalised inside the sentence opens no name.
    #expect(apply("Nachts ist es ruhig. In Dorrington Market gibt es Stände.") == ["LOC Dorrington Market"])
}

@Test func placeHeadsAfterGermanWordsOrBeforeMoreNameNothing() {
    #expect(apply("Die Kinder spielen im Park.") == [])
    #expect(apply("Der Händler Park verkauft Obst.") == [])
    // The name goes on after the head: a product or a body, not this place.
    #expect(apply("Der Dienst Quill Street Viewer zeigt Fotos.") == [])
    // A German place adjective before the name stays outside it.
    #expect(apply("Er wartete in der Kasseler Ashgrove Station.") == ["LOC Ashgrove Station"])
}

@Test func teamBeforeASponsor() {
    #expect(apply("Er fährt für Team XYZ.") == ["ORG Team XYZ"])
    #expect(apply("Er fährt für Team Blaufeder.", [("Blaufeder", .ORG, 0.9)]) == ["ORG Team Blaufeder"])
    #expect(apply("Das Team spielte gut.") == [])
}

@Test func genitiveBodyHeadsBeforeFuer() {
    #expect(apply("Nach Angaben des Landesamtes für Statistik gab es mehr Geburten.") == ["ORG Landesamtes für Statistik"])
    #expect(apply("Studenten des Instituts für Geologie kamen.") == ["ORG Instituts für Geologie"])
}

@Test func aPlaceClosesAFuerPhrase() {
    #expect(apply("Das Landesamt für Geologie und Bergbau Niederhessen meldete ein Beben.")
            == ["ORG Landesamt für Geologie und Bergbau Niederhessen"])
}

@Test func institutionsEndingInWarte() {
    #expect(apply("Ein Forscher der Wetterwarte Kassel sagte das.") == ["ORG Wetterwarte Kassel"])
}

@Test func anAcronymInBracketsAfterAnOrganisationIsIt() {
    #expect(apply("Der Sprecher der Anstalt für Wetterkunde (AWK) schwieg.", [("Anstalt für Wetterkunde", .ORG, 0.9)])
            == ["ORG Anstalt für Wetterkunde", "ORG AWK"])
    // Typed as a place by the tagger: retyped.
    #expect(apply("Die „Liga für Lindau“ (LFL) tagte.", [("Liga für Lindau", .ORG, 0.9), ("LFL", .LOC, 0.6)])
            == ["ORG Liga für Lindau", "ORG LFL"])
    // Not after a place or a person, nor a word in brackets.
    #expect(apply("Er lebt in Kassel (KS) und bei der Anstalt (Lindau).", [("Kassel", .LOC, 0.9), ("Anstalt", .ORG, 0.9), ("Lindau", .LOC, 0.9)])
            == ["LOC Kassel", "ORG Anstalt", "LOC Lindau"])
}
