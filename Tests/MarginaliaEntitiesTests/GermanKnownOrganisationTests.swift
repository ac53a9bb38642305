import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisations of the third orgs round (issue 16): names after a noun of their kind and their
// recurrences, the noun of a kind before a legal form, well-known bodies named by a bare word,
// and parties named by an adjective. Sentences written for these tests; the names after a kind
// noun are invented.

private let lexicon = Lexicon(places: ["Lindau", "Kassel", "Bonn", "Kenia"], countries: ["Kenia"], firstNames: ["Anna", "Jonas"])
private let words = GermanWords(parsing: """
    Konzern\tm
    Unternehmen\tn
    Firma\tf
    Gruppe\tf
    Partei\tf
    Team\tn
    Weltmeister\tm
    Gewinne\tm
    Ende\tn
    Forscher\tm
    Armee\tf
    Rockband\tf
    Terrororganisation\tf
    Gelegenheit\tf
    Bewegung\tf
    Wagen\tm
    Tisch\tm
    Heute\t-

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func anOrganisationNamedAfterANounOfItsKind() {
    #expect(apply("Am Montag meldete der Konzern Beispielwerk höhere Umsätze.") == ["ORG Beispielwerk"])
    #expect(apply("Die Maschine gehört der Fluggesellschaft Nordwind Air aus Lindau.") == ["ORG Nordwind Air", "LOC Lindau"])
    #expect(apply("Dazu bekannte sich die Terrororganisation Schwarzer Mondbund.") == ["ORG Schwarzer Mondbund"])
    #expect(apply("Am Abend spielte die US-Rockband Kieselstein in Kassel.") == ["ORG Kieselstein", "LOC Kassel"])
    #expect(apply("Dazu gründete er ein Unternehmen namens Tintaro.") == ["ORG Tintaro"])
    #expect(apply("Das Terrornetzwerk al-Sahrab bekannte sich dazu.") == ["ORG al-Sahrab"])
    // The tagger's person or place for the same words gives way to the organisation.
    #expect(apply("Die Fluggesellschaft Tunoair strich Flüge.", [("Tunoair", .PER, 0.9)]) == ["ORG Tunoair"])
}

@Test func aNounOfAKindBeforeWordsThatNameNoOrganisation() {
    // Common nouns, a place, its genitive and its adjective, first names, people named in the
    // article, a tournament's group, an indefinite article.
    #expect(apply("Im Jahr machte der Konzern Gewinne.") == [])
    #expect(apply("Bis Ende Mai will das Unternehmen Ende Juni zahlen.") == [])
    #expect(apply("Seit dem Sommer kämpft die Armee Kenias gegen die Miliz.") == ["LOC Kenias"])
    #expect(apply("Die Firma Kassel war gemeint.") == [])
    #expect(apply("Dort arbeitet das Team Bonner Forscher daran.") == [])
    #expect(apply("Die Bewegung Jonas Quirls wuchs.") == [])
    #expect(apply("Anna Quastel lachte. Dann gab die Partei Quastel Recht.", [("Anna Quastel", .PER, 1.0)]) == ["PER Anna Quastel"])
    #expect(apply("Das Spiel der Gruppe B endete torlos.") == [])
    #expect(apply("Er leitet ein Unternehmen Schweizer Herkunft.") == [])
    #expect(apply("Das deutsche Team Formel-Weltmeister wurde Zweiter.") == [])
    // A plural: a neuter noun after "der", a plural noun the list lacks.
    #expect(apply("Nur zehn Prozent der Unternehmen Quastelbach planen das.") == [])
    #expect(apply("Im Jahr meldete das Unternehmen Neubewertungen.") == [])
    #expect(apply("Am Montag meldete der Konzern Quastelbach einen Gewinn.") == ["ORG Quastelbach"])
}

@Test func anApposedNameRecursAloneInTheArticle() {
    #expect(apply("Der Konzern Beispielwerk baut ab. Beispielwerk will sparen.") == ["ORG Beispielwerk", "ORG Beispielwerk"])
    #expect(apply("Die Firma Tinterra wächst. Tinterra nannte Zahlen.", [("Tinterra", .LOC, 0.9)]) == ["ORG Tinterra", "ORG Tinterra"])
    // Not where the words open a longer name.
    #expect(apply("Der Konzern Beispielwerk baut ab. Beispielwerk Logistik will sparen.") == ["ORG Beispielwerk"])
}

@Test func theNounOfAKindStaysOutsideANameWithALegalForm() {
    #expect(apply("Der Verkäufer war die Firma Beispiel Logistik GmbH aus Lindau.") == ["ORG Beispiel Logistik GmbH", "LOC Lindau"])
    #expect(apply("Auf dem Gelände des Caravan-Händlers Quirl Wohnwagen GmbH brannte es.") == ["ORG Quirl Wohnwagen GmbH"])
    #expect(apply("Die Beispiel Logistik GmbH wuchs.") == ["ORG Beispiel Logistik GmbH"])
}

@Test func wellKnownOrganisationsNamedByABareWord() {
    #expect(apply("Das teilte der Bürgermeister über Twitter mit.") == ["ORG Twitter"])
    #expect(apply("Die Weltgesundheitsorganisation warnte am Montag.") == ["ORG Weltgesundheitsorganisation"])
    #expect(apply("Die Nachricht meldete dpa am Abend.") == ["ORG dpa"])
    #expect(apply("Im Tal kämpfen die Taliban.", [("Taliban", .MISC, 0.9)]) == ["ORG Taliban"])
    #expect(apply("Ein Sprecher der Vereinten Nationen sprach.") == ["ORG Vereinten Nationen"])
    #expect(apply("Der Beitrag erschien auf Twitters Startseite.") == ["ORG Twitters"])
    // A campaign group the tagger reads as a person.
    #expect(apply("Am Montag protestierte Foodwatch erneut.", [("Foodwatch", .PER, 0.9)]) == ["ORG Foodwatch"])
    #expect(apply("Am Montag warnte Terre des Hommes erneut.") == ["ORG Terre des Hommes"])
    // A compound and a product are no organisation.
    #expect(apply("Der NATO-Gipfel beginnt.") == [])
    #expect(apply("Er fährt einen Porsche.") == [])
    // A person's surname named in the article in full.
    #expect(apply("Anna Porsche lachte. Dann kam Porsche.", [("Anna Porsche", .PER, 1.0)]) == ["PER Anna Porsche"])
    // The tagger's own name of the same span stays.
    #expect(apply("Die NATO tagte.", [("NATO", .ORG, 0.99)]).count == 1)
}

@Test func aUnionAnOutletAndAFirmOfTheRoundFifteenTables() {
    // The services union as it writes itself; "Verdi" alone is also the composer.
    #expect(apply("Die Gewerkschaft ver.di rief zum Streik auf.") == ["ORG ver.di"])
    #expect(apply("Am Montag streikte verdi erneut.") == ["ORG verdi"])
    #expect(apply("Verdi schrieb die Oper.") == [])
    #expect(apply("Das meldete Haaretz am Abend.") == ["ORG Haaretz"])
    #expect(apply("Er sagte es der Voice of America am Telefon.") == ["ORG Voice of America"])
    #expect(apply("Die Kette Fressnapf wächst.") == ["ORG Fressnapf"])
}

@Test func companiesPollstersPapersAndPastArmiesOfTheRoundSeventeenTables() {
    // A firm the tagger reads as a person, a pollster, a paper, a past army.
    #expect(apply("Am Montag war Haribo nicht zu erreichen.", [("Haribo", .PER, 0.9)]) == ["ORG Haribo"])
    #expect(apply("Laut Forsa liegt die Partei vorn.") == ["ORG Forsa"])
    #expect(apply("Das berichtete die Westfalenpost am Abend.") == ["ORG Westfalenpost"])
    #expect(apply("Die Wehrmacht zog sich zurück.") == ["ORG Wehrmacht"])
    // A name of two words, and the longest of two known names sharing their first words.
    #expect(apply("Die Kunden von Northern Rock bangten.") == ["ORG Northern Rock"])
    #expect(apply("Die Rote Armee Fraktion bekannte sich.") == ["ORG Rote Armee Fraktion"])
    #expect(apply("Die Rote Armee rückte vor.") == ["ORG Rote Armee"])
    #expect(apply("Die Zahlen von Infratest dimap kamen spät.") == ["ORG Infratest dimap"])
    // A maker's name before a model's is a product.
    #expect(apply("Er fährt einen Suzuki Vitara.") == [])
    // A foreign paper named by an article and a word, and a club by one word (not before its number).
    #expect(apply("Das berichtete El País am Montag.", [("El País", .PER, 0.9)]) == ["ORG El País"])
    #expect(apply("Am Samstag verlor Schalke knapp.", [("Schalke", .LOC, 0.9)]) == ["ORG Schalke"])
    #expect(apply("Am Samstag verlor Schalke 04 knapp.") == [])
}

@Test func aPartyNamedByAnAdjective() {
    #expect(apply("Am Montag kritisierten die Grünen den Plan.") == ["ORG Grünen"])
    #expect(apply("Auch die badischen Grünen kritisierten ihn.") == ["ORG Grünen"])
    #expect(apply("Er sprach mit der Linken über den Plan.") == ["ORG Linken"])
    #expect(apply("Der Antrag kam von SPD und Die Linke.") == ["ORG SPD", "ORG Linke"])
    #expect(apply("Am Sonntag picknickten sie im Grünen.") == [])
    #expect(apply("Das ist ein Ziel der radikalen Linken.") == [])
    #expect(apply("Dann kam die Grüne Jugend.") == [])
    #expect(apply("Die Linke hob die Hand.") == [])
    // Beside another party, without an article (orgs6).
    #expect(apply("Das lehnten CDU und Grünen ab.") == ["ORG CDU", "ORG Grünen"])
    #expect(apply("Im Rat stimmten Linke und SPD dagegen.") == ["ORG Linke", "ORG SPD"])
    #expect(apply("Er wählte rechts und Linke Ideen.") == [])
    // Two parties by adjectives beside each other; the plural "Grüne" only beside a party (orgs19b).
    #expect(apply("Dagegen stimmten Linke und Grüne im Rat.") == ["ORG Linke", "ORG Grüne"])
    #expect(apply("Er mag die Grüne am Fenster.") == [])
    #expect(apply("Das forderten die Freien Wähler im Rat.") == ["ORG Freien Wähler"])
}

@Test func theNameAnAcronymInBracketsSpellsOut() {
    let mentions: [(String, EntityType, Double)] = [("WGO", .ORG, 0.9)]
    #expect(apply("Die Weltgeldorganisation (WGO) warnte.", mentions) == ["ORG Weltgeldorganisation", "ORG WGO"])
    #expect(apply("Die Schutzgemeinschaft der Kleinanleger (SdK) klagte.", [("SdK", .ORG, 0.9)])
            == ["ORG Schutzgemeinschaft der Kleinanleger", "ORG SdK"])
    #expect(apply("Der Rhein-Main-Beispielverbund (RMB) fuhr.", [("RMB", .ORG, 0.9)]) == ["ORG Rhein-Main-Beispielverbund", "ORG RMB"])
    // Letters that spell nothing before it, an indefinite article, a site's name after the acronym.
    #expect(apply("Die Weltgeldorganisation (XYZ) warnte.", [("XYZ", .ORG, 0.9)]) == ["ORG XYZ"])
    #expect(apply("Er half einer kleinen Weltgeldorganisation (WGO) dabei.", mentions) == ["ORG WGO"])
    #expect(apply("Er kam zur Weltgeldorganisation (WGO) Lindau.", mentions) == ["ORG WGO"])
    // An acronym with small letters between its capitals after the tagger's organisation; one
    // capital is no acronym.
    #expect(apply("Die Gewerkschaft der Lotsen (GdL) klagte.", [("Gewerkschaft der Lotsen", .ORG, 0.9)])
            == ["ORG Gewerkschaft der Lotsen", "ORG GdL"])
    #expect(apply("Die Grenzwache (GPol) half.", [("Grenzwache", .ORG, 0.9), ("GPol", .PER, 0.6)]) == ["ORG Grenzwache", "ORG GPol"])
    #expect(apply("Die Grenzwache (Gruppe) half.", [("Grenzwache", .ORG, 0.9)]) == ["ORG Grenzwache"])
    #expect(GermanNamePatterns.spells(["Verfassungsgerichtshof"], Array("vfgh".unicodeScalars)))
    #expect(!GermanNamePatterns.spells(["Verfassungsgerichtshof"], Array("vgx".unicodeScalars)))
}

@Test func aWordBeforeAnOrganisationsCompoundHeadIsThatOrganisationAlone() {
    #expect(apply("Der Quirlitz-Konzern baut ab. Am Montag kündigte Quirlitz an.") == ["ORG Quirlitz"])
    // A team's fans, a body's spokesman.
    #expect(apply("Die Quendler-Fans jubelten. Am Ende gewannen die Quendler.") == ["ORG Quendler"])
    #expect(apply("Eine Quirlitz-Sprecherin schwieg. Später bestätigte Quirlitz den Kauf.") == ["ORG Quirlitz"])
    // A common noun, a place, a person named in full.
    #expect(apply("Der Team-Chef kam. Das Team siegte.") == [])
    #expect(apply("Die Kassel-Filiale schloss. Kassel trauert.") == [])
}

@Test func partiesJoinedByASlashAndTheSecondChamber() {
    #expect(apply("Die Fraktion der CDU/CSU stimmte zu.") == ["ORG CDU/CSU"])
    #expect(apply("Die CDU/CSU-Fraktion stimmte zu.") == [])
    #expect(apply("Am Freitag stimmte der Bundesrat zu.") == ["ORG Bundesrat"])
    #expect(apply("Dann sprach Bundesrat Beispielmann.") == [])
}
