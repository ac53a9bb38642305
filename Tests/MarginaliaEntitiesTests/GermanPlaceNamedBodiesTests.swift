import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisations named by a place adjective or an unlisted town and an institution's head.

private let lexicon = Lexicon(places: ["Tarnitz", "Kervia"], countries: ["Kervia"], firstNames: ["Anna"])
private let words = GermanWords(parsing: "Frauen\tp\nVerein\tm\nLandgericht\tn\nGericht\tn\nUrteil\tn\n")

private func shaped(_ s: String, _ names: [(String, EntityType)] = []) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return GermanOrganisationShapes.apply(given, tokens: tokens, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aPlaceAdjectiveBeforeAnAssociationsOrUtilitysHeadNamesIt() {
    #expect(shaped("Der Tarnitzer Mieterverein forderte mehr Wohnungen.") == ["ORG Tarnitzer Mieterverein"])
    #expect(shaped("Die Busse der Tarnitzer Verkehrsbetriebe standen still.") == ["ORG Tarnitzer Verkehrsbetriebe"])
    #expect(shaped("Die Tarnitzer Festspiele beginnen im Juli.") == ["ORG Tarnitzer Festspiele"])
    #expect(shaped("Die Tarnitzer Tafel nimmt keine neuen Kunden auf.") == ["ORG Tarnitzer Tafel"])
}

@Test func aPlaceAdjectiveBeforeACourtAVerbOrAGenitiveIsLeftAlone() {
    // A court, a bare "Verein", an indefinite article or a name going on are no such names.
    #expect(shaped("Das Tarnitzer Landgericht sprach ihn frei.") == [])
    #expect(shaped("Der Tarnitzer Verein gewann das Spiel.") == [])
    #expect(shaped("Ein Tarnitzer Mieterverein klagte.") == [])
    #expect(shaped("Der Tarnitzer Kreisverband der Partei tagte.") == [])
}

@Test func anInstitutionBeforeAnUnlistedTownIsOneOrganisation() {
    #expect(shaped("Das Amtsgericht Quarvelo hat den Mann verurteilt.") == ["ORG Amtsgericht Quarvelo"])
    #expect(shaped("Ein Gutachten der Hochschule Velmarsau kommt zu dem Schluss.") == ["ORG Hochschule Velmarsau"])
    #expect(shaped("Gelöscht hat die Freiwillige Feuerwehr Quarvelo den Brand.") == ["ORG Freiwillige Feuerwehr Quarvelo"])
    // A kind noun before a body's own name: an apposition, not a town's body.
    #expect(shaped("Das meldete die Nachrichtenagentur Quendora am Abend.") == [])
    // A surname of a person named in full, a listed noun or a longer name: left alone.
    #expect(shaped("Anna Quarvelo lobte das Amtsgericht Quarvelo nicht.", [("Anna Quarvelo", .PER)]) == ["PER Anna Quarvelo"])
    #expect(shaped("Das Amtsgericht Urteil kam spät.") == [])
    #expect(shaped("Die Hochschule Velmarsau Nord wächst.") == [])
}

@Test func aTownBodysHeadBeforeAPlaceIsOneOrganisation() {
    // A hospital's or an authority's head is in `institution`'s table: the name patterns read it.
    #expect(applyNamePatterns("Operiert wurde er im Kantonsspital Tarnitz.", [("Tarnitz", .LOC, 0.9)], lexicon: lexicon, words: words)
            == ["ORG Kantonsspital Tarnitz"])
    #expect(applyNamePatterns("Die Bezirkshauptmannschaft Tarnitz prüft.", [], lexicon: lexicon, words: words)
            == ["ORG Bezirkshauptmannschaft Tarnitz"])
    #expect(shaped("Die Wohnungsbaugesellschaft Tarnitz baut neu.", [("Tarnitz", .LOC)]) == ["ORG Wohnungsbaugesellschaft Tarnitz"])
    // A company's own name after its kind, a country, a described body: left alone.
    #expect(shaped("Die Wohnungsbaugesellschaft Quendora baut neu.") == [])
    #expect(shaped("Die Maschinen dieser staatlichen Fluggesellschaft Kervia landen nicht.", [("Kervia", .LOC)]) == ["LOC Kervia"])
}
