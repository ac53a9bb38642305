import Testing
import MarginaliaText
@testable import MarginaliaEntities

// The edges of organisations (issue 16, orgs5): a describing noun before a name is cut off,
// abbreviations of things and roman numerals are no bodies, currency and index codes are MISC.
// Sentences written for these tests; the firms, clubs and places in them are invented.

private let lexicon = Lexicon(places: ["Kassel", "Hamburg", "Xinhua", "Hertha"], countries: [], firstNames: ["Anna"])
private let words = GermanWords(parsing: """
    Paketanbieter\tm
    Drogenbande\tf
    Thema\tn
    Stiftung\tf
    Polizei\tf
    Landtag\tm
    Nachrichtenagentur\tf
    Hamburger\tx
    Deutschen\tx
    Abteilung\tf
    Geige\tf
    Ligarivalen\tp
    Partei\tf
    Christen\tp

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func describingNounBeforeANameStaysOutside() {
    #expect(apply("Der Paketanbieter Nordlicht meldete Gewinne.", [("Paketanbieter Nordlicht", .ORG, 0.6)]) == ["ORG Nordlicht"])
    #expect(apply("Mitglieder der Drogenbande Rojo Negro flohen.", [("Drogenbande Rojo Negro", .ORG, 0.5)]) == ["ORG Rojo Negro"])
    // A masculine noun of a trade in the genitive ("des Paketanbieters"); "-bandes" is no "-bande".
    #expect(apply("Die Zahlen des Paketanbieters Nordlicht GmbH sanken.", [("Paketanbieters Nordlicht GmbH", .ORG, 0.6)]) == ["ORG Nordlicht GmbH"])
    #expect(apply("Der Vorstand des Stadtverbandes Quellbach tagte.", [("Stadtverbandes Quellbach", .ORG, 0.6)]) == ["ORG Stadtverbandes Quellbach"])
    // Any noun before a name that is one by its shape: a club's prefix, an acronym, a known body.
    #expect(apply("Das Thema FC Quellbach ist erledigt.", [("Thema FC Quellbach", .ORG, 0.7)]) == ["ORG FC Quellbach"])
    #expect(apply("Die Abteilung QRX Solar Inc. wächst.", [("Abteilung QRX Solar Inc.", .ORG, 0.7)]) == ["ORG QRX Solar Inc."])
    #expect(apply("Das meldete die Nachrichtenagentur Xinhua am Abend.", [("Nachrichtenagentur Xinhua", .ORG, 0.7)]) == ["ORG Xinhua"])
    // A club's prefix first: no place, even where a town has the same name.
    #expect(apply("Er kommt vom Ligarivalen Hertha Kassel.", [("Ligarivalen Hertha Kassel", .ORG, 0.7)]) == ["ORG Hertha Kassel"])
}

@Test func nounsThatOpenOrHeadANameStay() {
    #expect(apply("Die Stiftung Lesewelt lobt den Preis aus.", [("Stiftung Lesewelt", .ORG, 0.7)]) == ["ORG Stiftung Lesewelt"])
    #expect(apply("Die Polizei Kassel sucht Zeugen.", [("Polizei Kassel", .ORG, 0.7)]) == ["ORG Polizei Kassel"])
    // A body's own head before an acronym, a place's adjective, a nominalised adjective.
    #expect(apply("Der Landtag QRS tagt morgen.", [("Landtag QRS", .ORG, 0.7)]) == ["ORG Landtag QRS"])
    #expect(apply("Sie spielt beim Hamburger Ruderverein.", [("Hamburger Ruderverein", .ORG, 0.7)]) == ["ORG Hamburger Ruderverein"])
    #expect(apply("Er leitet die Deutschen Werkstätten.", [("Deutschen Werkstätten", .ORG, 0.7)]) == ["ORG Deutschen Werkstätten"])
}

@Test func abbreviationsOfThingsAndNumeralsAreNoBodies() {
    #expect(apply("Der Verbrauch der PKW sank deutlich.", [("PKW", .ORG, 0.5)]) == [])
    #expect(apply("Im Kapitel XII steht mehr.", [("XII", .ORG, 0.5)]) == [])
    #expect(apply("Die Gruppe B spielt morgen.", [("B", .ORG, 0.5)]) == [])
    #expect(apply("Der DAX stieg um zwei Prozent.", [("DAX", .ORG, 0.8)]) == ["MISC DAX"])
    #expect(apply("Der Umsatz lag bei drei Milliarden USD.", [("USD", .ORG, 0.6)]) == ["MISC USD"])
    // A body's acronym stays.
    #expect(apply("Die QRS kritisierte den Plan.", [("QRS", .ORG, 0.6)]) == ["ORG QRS"])
    #expect(GermanNamePatterns.isRomanNumeral("XIV") && GermanNamePatterns.isRomanNumeral("II"))
    #expect(!GermanNamePatterns.isRomanNumeral("CDU") && !GermanNamePatterns.isRomanNumeral("X") && !GermanNamePatterns.isRomanNumeral("DM"))
}

@Test func bodiesNamedByAHeadAndOf() {
    #expect(apply("Sie forscht an der University of Quellton in Kanada.") == ["ORG University of Quellton", "LOC Kanada"])
    #expect(apply("Ein Bericht der Royal Bank of Examplia erschien.") == ["ORG Royal Bank of Examplia"])
    #expect(apply("Die Büste steht im Museum of Fine Arts und ist alt.") == ["ORG Museum of Fine Arts"])
    #expect(apply("Er studierte am Conservatoire de Quellville Geige.") == ["ORG Conservatoire de Quellville"])
    // A Romance party alliance named "Front de …" (a German "Front" takes no "de").
    #expect(apply("Seither wächst die Front de Quellton.", [("Front de Quellton", .LOC, 0.8)]) == ["ORG Front de Quellton"])
    // The tagger's place after "of" becomes part of the name.
    #expect(apply("Die Bank of Kassel senkte den Zins.", [("Kassel", .LOC, 0.9)]) == ["ORG Bank of Kassel"])
    // No head, or a lower-case word after the link: nothing.
    #expect(apply("Das Album Songs of Quellton erschien.") == [])
    #expect(apply("Die University of the future ist ein Traum.") == [])
}

@Test func institutionsOfTheArtsBeforeAPlace() {
    #expect(apply("Das Stück läuft am Schauspielhaus Kassel.", [("Kassel", .LOC, 0.8)]) == ["ORG Schauspielhaus Kassel"])
    #expect(apply("Es spielt das Kammerorchester Hamburg.", [("Hamburg", .LOC, 0.8)]) == ["ORG Kammerorchester Hamburg"])
    #expect(apply("Die Bilder zeigt die Kunsthalle Kassel.", [("Kassel", .LOC, 0.8)]) == ["ORG Kunsthalle Kassel"])
}

@Test func carmakerBeforeAModelNumberIsAProduct() {
    #expect(apply("Betroffen sind Wagen von Mazda und Kia.") == ["ORG Mazda", "ORG Kia"])
    #expect(apply("Der neue Mazda 3 kostet mehr.") == [])
}

@Test func partyNounBeforeAForeignPartyNameStaysOutside() {
    #expect(apply("In der Partei Velora Mozgalom sitzen Rechte.", [("Partei Velora Mozgalom", .ORG, 0.7)]) == ["ORG Velora Mozgalom"])
    #expect(apply("Er gründete die Partei Demokraten 77 neu.", [("Partei Demokraten 77", .ORG, 0.7)]) == ["ORG Demokraten 77"])
    // A capitalised adjective or a German noun opens a German party's own name.
    #expect(apply("Sie wählte die Partei Bibeltreuer Christen.", [("Partei Bibeltreuer Christen", .ORG, 0.7)]) == ["ORG Partei Bibeltreuer Christen"])
    #expect(apply("Sie wählte die Partei Rechtsstaatlicher Offensive.", [("Partei Rechtsstaatlicher Offensive", .ORG, 0.7)])
            == ["ORG Partei Rechtsstaatlicher Offensive"])
}
