import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Places found by frame, table and form (invented sentences; invented towns where the name does not matter).

private let lexicon = Lexicon(places: ["Wendhausen", "Kirchdorf", "Essen"], countries: ["Italien"], firstNames: ["Anna", "Peter"])
private let words = GermanWords(parsing: """
    Markt\tm\nMarktplatz\tm\nStau\tm\nStausee\tm\nKapital\tn\nLeichen\tp\nHafen\tm\nFerien\tp\nTaucher\tm\nEssen\tn
    Heimat\tf\nSport\tm\nAbend\tm\nStadt\tf\nGrenze\tf\nKreis\tm\nArbeit\tf\nArbeitskreis\tm\nin\t-\nauch\t-\n
    """)

/// The mentions after the pass, as "TYPE text".
private func places(_ s: String, _ given: [(String, EntityType)] = []) -> [String] {
    placeFramesResult(s, given, lexicon: lexicon, words: words)
}

/// The mentions after `GermanPlaceFrames.apply` with `lexicon` and `words`, as "TYPE text".
func placeFramesResult(_ s: String, _ given: [(String, EntityType)], lexicon: Lexicon, words: GermanWords) -> [String] {
    let text = ArticleText(s)
    let scalars = Array(s.unicodeScalars)
    var mentions = given.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    GermanPlaceFrames.apply(&mentions, text: text, lexicon: lexicon, words: words)
    return mentions.map { "\($0.type.rawValue) \($0.text)" }
}

@Test func placeTypeNounBeforeANameMakesItAPlace() {
    #expect(places("Der Anschlag geschah in der Provinz Zarkan im Osten.") == ["LOC Zarkan"])
    #expect(places("Die Premierministerin des Bundesstaates Ostmarra warnte.") == ["LOC Ostmarra"])
    #expect(places("Im US-Bundesstaat Nordwick wurde gewählt.") == ["LOC Nordwick"])
    // Compounds of a place head after a noun or a place; the name may have several words.
    #expect(places("Sie machten Urlaub auf der Ferieninsel Koh Parlan.") == ["LOC Koh Parlan"])
    #expect(places("Die Hafenstadt Velmora liegt im Süden.") == ["LOC Velmora"])
    // The tagger's person after the frame becomes the place.
    #expect(places("Das Wasser des Flusses Tarvo stieg.", [("Tarvo", .PER)]) == ["LOC Tarvo"])
}

@Test func frameNounWithoutAPlaceNameAddsNothing() {
    // A common noun or a person after the noun; a compound whose first part is no noun.
    #expect(places("In den Straßen der Stadt Leichen lagen Trümmer.") == [])
    #expect(places("Der Gouverneur des Bundesstaates Peter Marvell trat zurück.") == [])
    #expect(places("Der Arbeitskreis Zarkan tagte.") == [])
    #expect(places("Beim Sport Velmora gewann.") == [])
    // A longer name of the tagger stays as it is.
    #expect(places("Der Kämmerer der Stadt Velmora Peter Marvell sprach.", [("Velmora Peter Marvell", .PER)])
            == ["PER Velmora Peter Marvell"])
    // A place the list knows, although also a common noun.
    #expect(places("Die Stadt Essen plant neu.") == ["LOC Essen"])
}

@Test func geographyTableNamesNothingCovers() {
    #expect(places("Forscher fanden ein Ozonloch über der Arktis.") == ["LOC Arktis"])
    #expect(places("Die Fähre fuhr über die Ägäis nach Kreta.") == ["LOC Ägäis", "LOC Kreta"])
    #expect(places("Die Schiffe kreuzten im Roten Meer.") == ["LOC Roten Meer"])
    // A river whose name is also a word only after "am" or "an der".
    #expect(places("Das Hochwasser am Main steigt, auch an der Oder.") == ["LOC Main", "LOC Oder"])
    #expect(places("Main und Oder sind Wörter.") == [])
    // A region named like its people after an article; a name inside a longer one.
    #expect(places("Die Bayern gewannen, es folgen Hessen und Sachsen.") == ["LOC Hessen", "LOC Sachsen"])
    #expect(places("Er lebt auf Long Island.") == [])
    // Places named by an adjective and a noun, in their inflections.
    #expect(places("Ein Sprecher des Weißen Hauses widersprach, das Weiße Haus schwieg.") == ["LOC Weißen Hauses", "LOC Weiße Haus"])
    #expect(places("Die Dürre traf Farmer im Mittleren Westen.") == ["LOC Mittleren Westen"])
}

@Test func anArticleOrPrepositionOpeningTheSentenceFramesATablePlaceOrTown() {
    #expect(places("Im Hindukusch wird gekämpft.") == ["LOC Hindukusch"])
    #expect(places("Auf Kreta regnet es. Die Adria ist ruhig.") == ["LOC Kreta", "LOC Adria"])
    #expect(places("Bei Wendhausen staute sich der Verkehr.") == ["LOC Wendhausen"])
    #expect(places("Im italienischen Kirchdorf brannte es.") == ["LOC Kirchdorf"])
    // Another capitalised word before the name, or the same word inside a sentence, makes a longer name.
    #expect(places("Er lebt auf Long Island.") == [])
    #expect(places("Gestern sah Auf Kreta niemand.") == [])
}

@Test func firstLevelRegionsOfOtherCountriesAreTablePlaces() {
    #expect(places("Ein Sturm traf Ohio und Kentucky.") == ["LOC Ohio", "LOC Kentucky"])
    #expect(places("Im Tessin und in Graubünden schneit es.") == ["LOC Tessin", "LOC Graubünden"])
    #expect(places("Viele Familien stammten aus Schlesien.") == ["LOC Schlesien"])
}

@Test func listedTownAfterAPrepositionOrGeographicAdjective() {
    #expect(places("Der Unfall geschah bei Wendhausen.") == ["LOC Wendhausen"])
    #expect(places("Das Werk im italienischen Kirchdorf schließt.") == ["LOC Kirchdorf"])
    // Without the frame, or when the noun list knows the word, nothing.
    #expect(places("Wendhausen gewann.") == [])
    #expect(places("Wir waren beim Essen.") == [])
}

@Test func namedSquaresLakesAndValleys() {
    #expect(places("Die Demonstranten zogen zum Velmoraplatz.") == ["LOC Velmoraplatz"])
    #expect(places("Ein Boot kenterte auf dem Tarvosee.") == ["LOC Tarvosee"])
    // A lake or sea named by a place is a water's name; a bridge named by one is the place's part.
    #expect(places("Die Fähren auf dem Wendhausensee und im Kirchdorfmeer ruhen.") == ["LOC Wendhausensee", "LOC Kirchdorfmeer"])
    #expect(places("Die Wendhausenbrücke wird gesperrt.") == [])
    // Common compounds: a listed word, a noun before the ending, a longer noun tail.
    #expect(places("Auf dem Marktplatz und am Stausee war es ruhig.") == [])
    #expect(places("Das Gesamtkapital stieg.") == [])
}

@Test func roadsWithTheirNumber() {
    #expect(places("Der Unfall geschah auf der Autobahn 7 bei Wendhausen.") == ["LOC Autobahn 7", "LOC Wendhausen"])
    #expect(places("Die B 27 und die A5 waren gesperrt.") == ["LOC B 27", "LOC A5"])
    // The tagger's road noun alone takes its number.
    #expect(places("Auf der Landesstraße 12 staute es sich.", [("Landesstraße", .LOC)]) == ["LOC Landesstraße 12"])
    // An aircraft type, or a letter and number without a feminine article, is no road.
    #expect(places("Der A340 landete, eines A 34 Modells wegen.") == [])
}

@Test func tableNamesInTheGenitiveOrWithACompassPoint() {
    #expect(places("Die Küsten des Atlantiks und Süditaliens litten.") == ["LOC Atlantiks", "LOC Süditaliens"])
    #expect(places("In Nordhessen regnete es.") == ["LOC Nordhessen"])
}

@Test func townAndItsRiverAreOnePlace() {
    #expect(places("Sie zog nach Wendhausen an der Oder.", [("Wendhausen", .LOC)]) == ["LOC Wendhausen an der Oder"])
    #expect(places("Sie zog nach Wendhausen an der Oder.", [("Wendhausen", .LOC), ("Oder", .LOC)]) == ["LOC Wendhausen an der Oder"])
    #expect(places("Das Fest in Kirchdorf ob der Tauber war voll.") == ["LOC Kirchdorf ob der Tauber"])
    // A person before the river is not its town.
    #expect(places("Das Haus von Peter am Main brannte.", [("Peter", .PER)]) == ["PER Peter", "LOC Main"])
}

@Test func townWithItsRiverInBracketsOrItsLandscapeIsOnePlace() {
    // A river of the table in brackets, written without spaces inside; an agency in brackets is no river.
    #expect(places("Die Fähre legte in Wendhausen (Saale) an.", [("Wendhausen", .LOC)]) == ["LOC Wendhausen (Saale)"])
    #expect(places("Wendhausen (AFP) – Der Rat tagte.", [("Wendhausen", .LOC)]) == ["LOC Wendhausen"])
    // A landscape the noun list does not know, after "im" or "in der"; the town the tagger found in two words.
    #expect(places("Sie lebt in Kirchdorf im Velmgau.") == ["LOC Kirchdorf im Velmgau"])
    #expect(places("Der Markt von Bad Wendhausen in der Velmpfalz schloss.", [("Bad Wendhausen", .LOC)])
            == ["LOC Bad Wendhausen in der Velmpfalz"])
    // The town of the list the tagger typed as a person.
    #expect(places("Er zog nach Wendhausen an der Lippe.", [("Wendhausen", .PER)]) == ["LOC Wendhausen an der Lippe"])
    // A common noun or a country after the link is no part of the name; a town inside another name has no river.
    #expect(places("Er sprach in Kirchdorf am Abend.", [("Kirchdorf", .LOC)]) == ["LOC Kirchdorf"])
    #expect(places("Die Firma aus Kirchdorf in der Italien wächst.", [("Kirchdorf", .LOC)]) == ["LOC Kirchdorf", "LOC Italien"])
    #expect(places("Der Verein Eintracht Wendhausen am Main spielt.", [("Eintracht Wendhausen", .ORG)])
            == ["ORG Eintracht Wendhausen", "LOC Main"])
}

@Test func hyphenatedStreetsAndSquares() {
    #expect(places("Die Kundgebung auf dem Anna-Velmora-Platz blieb friedlich.") == ["LOC Anna-Velmora-Platz"])
    #expect(places("Der Fundort ist die Tarvo-Insel im Norden.") == ["LOC Tarvo-Insel"])
    // An abbreviation or a common noun before the head; a station after a name.
    #expect(places("Die S-Bahn-Brücke und der Markt-Platz und der Tarvo-Bahnhof.") == [])
}

@Test func landscapeOfTheTableTypedAsABodyIsAPlace() {
    let text = ArticleText("Die Fähre fuhr an die Adria.")
    var mentions = [EntityMention(span: Span(22, 27), text: "Adria", type: .ORG, canonical: "Adria", confidence: 0.1)]
    GermanNamePatterns.typeRegionsAsPlaces(&mentions, text: text)
    #expect(mentions.map { "\($0.type.rawValue) \($0.text)" } == ["LOC Adria"])
    #expect(mentions[0].confidence >= GermanNamePatterns.patternConfidence)
}

@Test func placeAdjectiveBeforeALandscapeOrStreetIsOnePlace() {
    #expect(places("Im Sommer brannte die Wendhausener Heide.") == ["LOC Wendhausener Heide"])
    #expect(places("Der Zug ging vom Kirchdorfer Platz aus.", [("Kirchdorfer", .LOC)]) == ["LOC Kirchdorfer Platz"])
    #expect(places("Die Segler kreuzten in der Wendhausener Bucht.", [("Bucht", .PER)]) == ["LOC Wendhausener Bucht"])
    // No place before the ending, or the adjective the end of a person's name.
    #expect(places("Der Großer Platz war leer.") == [])
    #expect(places("Dort wohnt Peter Wendhausener Platz zwei.", [("Peter Wendhausener", .PER)]) == ["PER Peter Wendhausener"])
}

@Test func riverNamedByACommonNounOnlyWhereARiverIsSpokenOf() {
    #expect(places("Der Pegel der Mulde stieg, am Ufer der Leine halfen alle.") == ["LOC Mulde", "LOC Leine"])
    #expect(places("Die Schiffe lagen auf der Oder fest.") == ["LOC Oder"])
    #expect(places("Der Hund lief an der Leine, die Mulde war leer.") == [])
}

@Test func frenchRegionAfterRégion() {
    #expect(places("Sie kommt aus der Région Haute-Velmoise.") == ["LOC Haute-Velmoise"])
}

@Test func taggerPlacesThatAreNoNamesAreDropped() {
    let lex = Lexicon(places: ["Wendhausen"], countries: [], firstNames: [])
    let nouns = GermanWords(parsing: "Vize\tm\nWeltmeister\tm\nLogo\tn\nHakenkreuz\tn\nMitte\tf\n")
    func run(_ s: String, _ name: String) -> [String] {
        let text = ArticleText(s)
        let start = Array(s.unicodeScalars).indices.first { String(String.UnicodeScalarView(Array(s.unicodeScalars)[$0...])).hasPrefix(name) }!
        var mentions = [EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: .LOC, canonical: name, confidence: 0.6)]
        GermanPlaceFrames.apply(&mentions, text: text, lexicon: lex, words: nouns)
        return mentions.map(\.text)
    }
    #expect(run("Das Wendhausener Rathaus wurde geräumt.", "Wendhausener Rathaus") == [])
    #expect(run("Die Produktionsstraße stand still.", "Produktionsstraße") == [])
    #expect(run("Er wurde Vize-Weltmeister.", "Vize-Weltmeister") == [])
    // A place's part and a street stay.
    #expect(run("Sie wohnt in Wendhausen-Mitte.", "Wendhausen-Mitte") == ["Wendhausen-Mitte"])
    #expect(run("Sie wohnt in der Lindenstraße.", "Lindenstraße") == ["Lindenstraße"])
}

@Test func twoPlacesJoinedByUndAreTwoPlaces() {
    #expect(places("Die Stadt an Rhein und Neckar feierte.", [("Rhein und Neckar", .ORG)]) == ["LOC Rhein", "LOC Neckar"])
    #expect(places("Die Stadt an Rhein und Neckar Stadt feierte.", [("Rhein und Neckar Stadt", .ORG)]) == ["LOC Rhein", "LOC Neckar"])
    // A name of that form that is no pair of places stays.
    #expect(places("Die Kanzlei Peter und Neckar klagte.", [("Peter und Neckar", .ORG)]) == ["ORG Peter und Neckar"])
}

@Test func aGeographicOpenerJoinsThePlaceAfterIt() {
    // The opener cut off by the tagger joins the place; a person opened by one is a place.
    #expect(places("Die Fähre legte in Cape Marrow an.", [("Marrow", .LOC)]) == ["LOC Cape Marrow"])
    #expect(places("Die Inselrepublik Kap Varena wächst.", [("Kap Varena", .PER)]) == ["LOC Kap Varena"])
    #expect(places("Das Rennen in Lake Tolvin fiel aus.", [("Lake Tolvin", .PER)]) == ["LOC Lake Tolvin"])
    // An opener that also opens persons' names makes no place of a person; a longer word is no opener.
    #expect(places("Er hörte Bad Tolvin gern.", [("Bad Tolvin", .PER)]) == ["PER Bad Tolvin"])
    #expect(places("Der Sänger Capeton Marrow kam.", [("Marrow", .LOC)]) == ["LOC Marrow"])
}
