import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Person names with particles, member bodies, site-named schools and region typing (issue 16).
// Invented people, bodies and streets.

private let lexicon = Lexicon(places: ["Kassel", "Lindau"], countries: ["Deutschland", "Österreich", "Schweiz"],
                              firstNames: ["Greta", "Karl", "Theodor", "Peter", "Anna", "Jonas", "Tage", "Lena"])
private let words = GermanWords(parsing: """
    Polizei\tf
    Hause\tn
    Welt\tf
    Montag\tm
    Ende\tn
    Ingenieure\tp
    Deutscher\tm
    Kritik\tf
    Wellenhagen\t-
    Rede\tf
    Marktplatz\tm

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func particleNameAfterAFirstName() {
    #expect(apply("Gestern sprach Greta von der Wellenhagen im Landtag.") == ["PER Greta von der Wellenhagen"])
    // The tagger's pieces give way to the whole name; hyphenated first names count.
    #expect(apply("Karl-Theodor zu Kesselbrunn trat zurück.", [("Karl-Theodor", .PER, 0.9), ("Kesselbrunn", .LOC, 0.8)])
            == ["PER Karl-Theodor zu Kesselbrunn"])
    #expect(apply("Auch Lena van den Oosterbrink kam.") == ["PER Lena van den Oosterbrink"])
    #expect(apply("Sie traf Anna Lena de la Fontanelle.") == ["PER Anna Lena de la Fontanelle"])
}

@Test func particleAndSurnameAloneAfterTheFullName() {
    #expect(apply("Karl-Theodor zu Kesselbrunn trat zurück. Später sagte zu Kesselbrunn, er bleibe. Zu Kesselbrunn schwieg dann.",
                  [("Kesselbrunn", .LOC, 0.8)])
            == ["PER Karl-Theodor zu Kesselbrunn", "PER zu Kesselbrunn", "PER Zu Kesselbrunn"])
    // Without the full name in the article the particle is left alone.
    #expect(apply("Später sagte zu Kesselbrunn niemand etwas.") == [])
}

@Test func particleNameNeedsASurname() {
    // A common noun, a first name, an acronym or a found organisation after the particle is no surname.
    #expect(apply("Gestern kam Peter von der Polizei.") == [])
    #expect(apply("Heute blieb Anna zu Hause.") == [])
    #expect(apply("Dann sagte Peter zu Jonas etwas.") == [])
    // (The party's short name is itself found as an organisation.)
    #expect(apply("Hier sprach Peter von der SPD.") == ["ORG SPD"])
    #expect(apply("Hier sprach Peter von Grünfrieden.", [("Grünfrieden", .ORG, 0.9)]) == ["ORG Grünfrieden"])
    // Without a first name right before the particle, or with another name word after it: ambiguous.
    #expect(apply("Der Architekt Peter Brandt von Kesselbrunn plant.") == [])
    #expect(apply("Der Architekt Jonas von Chapel Torrance plant.") == [])
    // After an article the word is a noun ("am Tage von …"), not a first name.
    #expect(apply("Er kam am Tage von Wellenhagens Rede.") == [])
    // "vom" is followed by nouns, not surnames.
    #expect(apply("So erfährt Anna vom Bankdirektor alles.") == [])
}

@Test func memberBodyNamedByItsMembers() {
    #expect(apply("Kritik kam vom Bund der Steuerzahler.") == ["ORG Bund der Steuerzahler"])
    #expect(apply("Der Landesverband der kommunalen Arbeitgeber warnte.") == ["ORG Landesverband der kommunalen Arbeitgeber"])
    #expect(apply("Die Gewerkschaft Deutscher Lokführer streikt.") == ["ORG Gewerkschaft Deutscher Lokführer"])
    #expect(apply("Der Verein Deutscher Ingenieure warnt.", [("Deutscher Ingenieure", .ORG, 0.7)]) == ["ORG Verein Deutscher Ingenieure"])
    // A country closes the name.
    #expect(apply("Der Bund der Imker in Deutschland tagt.") == ["ORG Bund der Imker in Deutschland"])
    #expect(apply("Im Auftrag des Bundes der Imker in der Schweiz.") == ["ORG Bundes der Imker in der Schweiz"])
    // A central council of a community.
    #expect(apply("Der Zentralrat der Imker in Deutschland tagt.") == ["ORG Zentralrat der Imker in Deutschland"])
}

@Test func memberBodyNotADescription() {
    #expect(apply("Das ist der größte Verein der Welt.") == [])
    #expect(apply("Er gründete einen Verein der Freunde.") == [])
    #expect(apply("Der europäische Dachverband der Bäcker kritisierte das.") == [])
    // The name goes on beyond what a rule can tell: left alone.
    #expect(apply("Der Bundesverband der Hersteller von Nudeln klagt.") == [])
    #expect(apply("Die Rhetorik des Verbandes der Veteranen des Krieges.") == [])
    // A place after the article is no member group.
    #expect(apply("Der Verband der Lindau tagt.") == [])
}

@Test func schoolNamedAfterItsSite() {
    #expect(apply("Dritter wurde die Grundschule am Lindenplatz.") == ["ORG Grundschule am Lindenplatz"])
    #expect(apply("Das Gymnasium an der Gartenstraße schließt.") == ["ORG Gymnasium an der Gartenstraße"])
    // The tagger's place inside gives way.
    #expect(apply("Die Schule am Rosenhügel feiert.", [("Rosenhügel", .LOC, 0.6)]) == ["ORG Schule am Rosenhügel"])
    // Times, common nouns and indefinite articles: no name.
    #expect(apply("Die Schule am Montag fiel aus.") == [])
    #expect(apply("Das Gymnasium am Ende der Straße.") == [])
    #expect(apply("Es gibt eine Schule am Marktplatz.") == [])
    // Only schools and hospitals: a bank branch or a venue is not named by its site.
    #expect(apply("Die Sparkasse am Marktplatz schließt.") == [])
}

@Test func aLoneCountryOrRegionIsAPlace() {
    #expect(apply("Im Landtag von Sachsen-Anhalt streiten sie.", [("Sachsen-Anhalt", .ORG, 0.8)]) == ["LOC Sachsen-Anhalt"])
    // The country the tagger left out is found by the place table (GermanPlaceFrames).
    #expect(apply("Frankreich schlug Österreich.", [("Österreich", .ORG, 0.6)]) == ["LOC Frankreich", "LOC Österreich"])
    // After an article: the people or the club ("mit den Bayern").
    #expect(apply("Er spielte mit den Bayern.", [("Bayern", .ORG, 0.8)]) == ["ORG Bayern"])
}
