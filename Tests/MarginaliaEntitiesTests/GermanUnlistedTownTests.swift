import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Towns no list knows, after "in", "nach", "aus" or on a route "von X nach Y" (invented towns).

private let lexicon = Lexicon(places: ["Kirchdorf"], countries: ["Italien"], firstNames: ["Anna", "Peter"])
private let words = GermanWords(parsing: """
    Wahl\tf\nNähe\tf\nRot\tx\nKind\tn\nTheater\tn\nKonzert\tn\nFirma\tf\nDeutsch\tn\nin\t-\nauch\t-\n
    """)

private func places(_ s: String, _ given: [(String, EntityType)] = []) -> [String] {
    placeFramesResult(s, given, lexicon: lexicon, words: words)
}

@Test func unlistedWordEndingAPhraseAfterAPrepositionIsATown() {
    #expect(places("Die Schule in Quarvelo bleibt geschlossen.") == ["LOC Quarvelo"])
    #expect(places("Sie zog nach Tembari, um dort zu arbeiten.") == ["LOC Tembari"])
    #expect(places("Er wurde 1901 in Marlesk in Italien geboren.") == ["LOC Marlesk", "LOC Italien"])
    #expect(places("Die Familie stammt aus Olvera-Sur.") == ["LOC Olvera-Sur"])
    #expect(places("In Quarvelo regnete es.") == ["LOC Quarvelo"])
}

@Test func routeFromAnUnlistedTown() {
    #expect(places("Der Bus fuhr von Tembari nach Kirchdorf.") == ["LOC Tembari", "LOC Kirchdorf"])
    #expect(places("Die Fähre war auf dem Weg von Quarvelo auf Marlesk nach Kirchdorf.")
            == ["LOC Quarvelo", "LOC Kirchdorf"])
}

@Test func unlistedWordsThatAreNoTowns() {
    // "bei" and a bare "von" take bodies and persons; a noun's ending, a listed noun's plural,
    // a first name, an acronym, a word another capitalised word continues.
    #expect(places("Die Mitgliedschaft bei Quarvelo ruht.") == [])
    #expect(places("Das Angebot von Tembari wurde abgelehnt.") == [])
    #expect(places("Er kommt nach Erörterung der Lage frei.") == [])
    #expect(places("Sie sprachen in Wahlen über alles.") == [])
    #expect(places("Das Lied wurde in Anna gesungen.") == [])
    #expect(places("Es wurde in HDTV gesendet.") == [])
    #expect(places("Er lebt in Quarvelo Nord.") == [])
    #expect(places("Eintritt in Theater- und Konzertsäle.") == [])
    // A compound of listed nouns the list lacks as a whole; a hyphenated pair of words.
    #expect(places("Hotels in Seenähe wurden geräumt.") == [])
    #expect(places("Er musste nach Blau-Rot vom Platz.") == [])
    #expect(places("Es brannte in Tembari-West.") == ["LOC Tembari-West"])
    // A first name after the hyphen; a word that governs a genitive is a noun the lists lack.
    #expect(places("Sie kam aus Quarvelo-Anna zurück.") == [])
    #expect(places("Nach Auskünften des Amtes blieb es ruhig.") == [])
    #expect(places("Weil in Quarvelo der Strom ausfiel, blieb es dunkel.") == ["LOC Quarvelo"])
}

@Test func unlistedPlaceAfterANounOfItsSurroundingsAndVon() {
    #expect(places("Das Wrack lag in der Nähe von Quar Velmo, einer Stadt im Norden.") == ["LOC Quar Velmo"])
    #expect(places("Auf dem Flughafen von Tembari entstand Schaden.") == ["LOC Tembari"])
    // A person after the noun; a name a capitalised word follows.
    #expect(places("Der Anwalt der Einwohner von Anna Marlesk sprach.") == [])
    #expect(places("In der Nähe von Tembari Wahl und Kind.") == [])
}

@Test func squareOrLakeNamedByACompoundAfterAm() {
    let words = GermanWords(parsing: "Kranich\tm\nMarkt\tm\nMarktplatz\tm\nPlatz\tm\nVorplatz\tm\nRathaus\tn\nSee\tm\n")
    let found = { (s: String) in placeFramesResult(s, [], lexicon: lexicon, words: words) }
    #expect(found("Die Kundgebung endete am Kranichmarkt.") == ["LOC Kranichmarkt"])
    // A listed compound, a longer listed tail, a place before the head.
    #expect(found("Die Kundgebung endete am Marktplatz.") == [])
    #expect(found("Sie warteten am Rathausvorplatz.") == [])
    #expect(found("Sie warteten am Kirchdorfplatz.") == [])
    // But a lake named by a place is a water's name (`namedStructure`).
    #expect(found("Sie badeten am Kirchdorfsee.") == ["LOC Kirchdorfsee"])
}

@Test func openerAndAnUnlistedWordOrAPersonAfterItIsAPlace() {
    #expect(places("Das Flugzeug zerschellte am Mount Velmar in der Arktis.") == ["LOC Mount Velmar", "LOC Arktis"])
    #expect(places("Er wohnte in Sankt Tembari.", [("Tembari", .PER)]) == ["LOC Sankt Tembari"])
    // Openers of persons' names; a listed word or a first name after the opener.
    #expect(places("Er traf Santa Velmar.") == [])
    #expect(places("Sie sah Mount Anna.") == [])
}
