import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Clubs with a number, outlets named in quotation marks, federal bodies, camel-case brands,
// republics, inflected party names and unsure tagger spans (issue 16). Invented names.

private let lexicon = Lexicon(places: ["Lindau", "Kassel", "Xanadu"], countries: ["Deutschland"], firstNames: ["Anna", "Christoph"])
private let words = GermanWords(parsing: """
    Platz\tm
    Trainer\tm
    Zeitung\tf
    Prozent\tn
    Sender\tm
    Stern\tm
    Abend\tm
    Kurier\tm
    Werkzeug\tn

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func aTownAndTwoDigitsAreAClubInAnArticleAboutSport() {
    #expect(apply("Der Trainer von Lindau 07 ist zufrieden.", [("Lindau", .LOC, 1.0)]) == ["ORG Lindau 07"])
    #expect(apply("Kassel 96 gewann 2:1 gegen Lindau.") == ["ORG Kassel 96"])
    // A zero before the number: a club even when the name is listed as a noun.
    #expect(apply("Der Trainer lobte Werkzeug 04.") == ["ORG Werkzeug 04"])
}

@Test func aTownAndANumberOutsideSportAreNoClub() {
    #expect(apply("Das Projekt Lindau 21 kostet viel.") == [])
    // No club; the town after "in" is a place (GermanPlaceFrames).
    #expect(apply("Der Trainer sagte, in Kassel 40 Prozent der Karten.") == ["LOC Kassel"])
    #expect(apply("Der Trainer stand auf Platz 19.") == [])
    #expect(apply("Der Trainer flog mit Christoph 27.") == [])
}

@Test func anOutletNamedInMarksAfterAMediaNoun() {
    #expect(apply("Das sagte er der Zeitung „Abendkurier“.") == ["ORG Abendkurier"])
    #expect(apply("Die Tageszeitung „The Evening Lamp“ berichtete darüber.", [("The Evening Lamp", .MISC, 1.0)])
            == ["ORG The Evening Lamp"])
    #expect(apply("Der Sender »Radio Lindau« meldete es.", [("Lindau", .LOC, 1.0)]) == ["ORG Radio Lindau"])
}

@Test func anOutletNamedInMarksInASourceFrame() {
    // Outlets named by common nouns are told by the frame alone.
    #expect(apply("Er sagte gegenüber dem „Stern“, er wisse nichts.") == ["ORG Stern"])
    #expect(apply("Laut „Abendkurier“ ist er zurückgetreten.") == ["ORG Abendkurier"])
    #expect(apply("Wie die „Morgenlampe“ berichtete, ist er zurückgetreten.") == ["ORG Morgenlampe"])
    // A verb of saying with a dative names the addressee, a verb of reporting its subject.
    #expect(apply("Das erklärte er dem „Abendkurier“.") == ["ORG Abendkurier"])
    #expect(apply("Darüber berichtete die „Morgenlampe“ am Montag.") == ["ORG Morgenlampe"])
}

@Test func theObjectOfAVerbOfSayingInMarksIsNoOutlet() {
    // "kritisierte die „…“", "bestätigte den „…“": the marks hold the object, the speaker's word.
    #expect(apply("Der Verband kritisierte die „Verschwendung“ scharf.") == [])
    #expect(apply("Die Polizei bestätigte den „Vorfall“ am Abend.") == [])
    #expect(apply("Sie warnte die „Abendkurier“-Leser nicht.") == [])
}

@Test func markedWordsOutsideAMediaFrameStayAsTheyWere() {
    #expect(apply("Er nannte das einen „Stern“ am Himmel.") == [])
    #expect(apply("Die Zeitung „Wir sind. Da“ kam.") == [])
    #expect(apply("Er sagte der Zeitung: „Das ist falsch.“") == [])
}

@Test func federalBodiesNamedByOneNoun() {
    #expect(apply("Das Bundesverfassungsgericht wies die Klage ab.") == ["ORG Bundesverfassungsgericht"])
    #expect(apply("Ein Sprecher des Bundeskartellamtes sagte das.") == ["ORG Bundeskartellamtes"])
    // A compound that holds the body is no name of it.
    #expect(apply("Ein Bundeswehr-Hubschrauber landete.") == [])
}

@Test func camelCaseBrandsAfterALowerCaseE() {
    #expect(apply("Das Rad stand bei eMarkto zum Verkauf.") == ["ORG eMarkto"])
    #expect(apply("Auch eMarkto Inc. prüfte das.") == ["ORG eMarkto Inc."])
    // A product's "i" and a compound name no firm.
    #expect(apply("Er kaufte ein iGerät und las die eMarkto-Seite.") == [])
}

@Test func republicsTypedAsBodiesArePlaces() {
    #expect(apply("Er reiste in die Demokratische Republik Xanadu.", [("Demokratische Republik Xanadu", .ORG, 0.9)])
            == ["LOC Demokratische Republik Xanadu"])
    #expect(apply("Die Partei der Republik tagte.", [("Partei der Republik", .ORG, 0.9)]) == ["ORG Partei der Republik"])
}

@Test func otherFormsOfAnAdjectivePartyInTheSameArticle() {
    #expect(apply("Die VIOLETTEN gewannen. VIOLETTE und Blaue sind in der Opposition.", [("VIOLETTEN", .ORG, 1.0)])
            == ["ORG VIOLETTEN", "ORG VIOLETTE"])
    // An unsure finding is no evidence.
    #expect(apply("Die VIOLETTEN gewannen. VIOLETTE und Blaue sind in der Opposition.", [("VIOLETTEN", .ORG, 0.3)])
            == ["ORG VIOLETTEN"])
}

@Test func anUnsureTaggerSpanGivesWayToAPattern() {
    #expect(apply("Der Preis an der Old Harbor Cotton Exchange pro Ballen stieg.", [("Cotton Exchange pro Ballen", .ORG, 0.01)])
            == ["ORG Old Harbor Cotton Exchange"])
    #expect(apply("Der Preis an der Old Harbor Cotton Exchange pro Ballen stieg.", [("Cotton Exchange pro Ballen", .ORG, 0.9)])
            == ["ORG Cotton Exchange pro Ballen"])
}

@Test func clubsClosedByAnAbbreviation() {
    #expect(apply("Am Samstag verlor Wendelin BSC in Lindau.") == ["ORG Wendelin BSC", "LOC Lindau"])
    #expect(apply("Am Samstag verlor der Kasseler SC knapp.") == ["ORG Kasseler SC"])
    // A role noun before the abbreviation is no club's name.
    #expect(apply("Am Samstag sprach der Trainer SV nicht an.") == [])
}

@Test func fireBrigadesAndCentresFollowedByAPlace() {
    #expect(apply("Die Feuerwehr Kassel rückte aus.") == ["ORG Feuerwehr Kassel"])
    #expect(apply("Das Jobcenter Lindau zahlte nicht.") == ["ORG Jobcenter Lindau"])
}

@Test func aNameEndingInAHyphenatedInstitutionIsThatInstitution() {
    #expect(apply("Laut Anna Weber-Institut gab es mehr Fälle.", [("Anna Weber-Institut", .PER, 1.0)]) == ["ORG Anna Weber-Institut"])
    #expect(apply("Laut Anna Weber-Schmidt gab es mehr Fälle.", [("Anna Weber-Schmidt", .PER, 1.0)]) == ["PER Anna Weber-Schmidt"])
}

@Test func moreMediaFrames() {
    // A title in lower case after a media noun; an addressee after "sagte er".
    #expect(apply("Das berichtete die Zeitung „abendblick“ am Montag.") == ["ORG abendblick"])
    #expect(apply("Das sagte er der „Morgenlampe“.") == ["ORG Morgenlampe"])
    #expect(apply("Laut „zuverlässigen“ Quellen ist er tot.") == [])
}

@Test func theLastMemberOfAListOfOrganisations() {
    #expect(apply("Gewählt wurden XPD, YVU und Blauhemden.", [("XPD", .ORG, 1.0), ("YVU", .ORG, 1.0)])
            == ["ORG XPD", "ORG YVU", "ORG Blauhemden"])
    // A name of several words: where it ends is not told.
    #expect(apply("Gewählt wurden XPD, YVU und Freie Blauhemden.", [("XPD", .ORG, 1.0), ("YVU", .ORG, 1.0)])
            == ["ORG XPD", "ORG YVU"])
    #expect(apply("Gewählt wurden XPD und Blauhemden.", [("XPD", .ORG, 1.0)]) == ["ORG XPD"])
}

@Test func aMergedPartyWritesBothNamesWithASlash() {
    #expect(apply("Sie sprach für Bürgerbund 97/Die Violetten im Landtag.", [("Violetten", .ORG, 1.0)])
            == ["ORG Bürgerbund 97/Die Violetten"])
    // No number, or no slash: the names stay apart.
    #expect(apply("Sie sprach für Bürgerbund und Die Violetten.", [("Violetten", .ORG, 1.0)]) == ["ORG Violetten"])
}

@Test func anOutletNamedAfterACompoundOfAMediaNoun() {
    // "…magazin", "…zeitschrift", "…sender", "…agentur" without a hyphen: the kind of an outlet.
    #expect(apply("Das stand im Gartenmagazin „Grüner Daumen“.") == ["ORG Grüner Daumen"])
    #expect(apply("Die Werbeagentur „Blauer Hase“ gewann den Auftrag.") == ["ORG Blauer Hase"])
    #expect(apply("Er schrieb für die Kinderzeitschrift Plappermaul über Tiere.") == ["ORG Plappermaul"])
    // A magazine on television or radio is a programme, a work; a short first part is no kind.
    #expect(apply("Das zeigte das Fernsehmagazin „Grüner Daumen“.") == [])
    #expect(apply("Der Absender „Blauer Hase“ ist unbekannt.") == [])
}

@Test func mediaCompoundsAreToldByTheirLastPart() {
    #expect(GermanNamePatterns.isMediaCompound("Gartenmagazin"))
    #expect(GermanNamePatterns.isMediaCompound("Musiksenders"))
    #expect(!GermanNamePatterns.isMediaCompound("Absender"))
    #expect(!GermanNamePatterns.isMediaCompound("Fernsehmagazin"))
    #expect(!GermanNamePatterns.isMediaCompound("ARD-Magazin"))
    #expect(!GermanNamePatterns.isMediaCompound("Zeitung"))
}
