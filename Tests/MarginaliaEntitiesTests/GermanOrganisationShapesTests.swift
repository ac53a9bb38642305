import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisation names of a few shapes the tagger cuts to their place or misses.

private let lexicon = Lexicon(places: ["Tarnitz", "Kervia"], countries: ["Kervia"], firstNames: ["Anna"])
private let words = GermanWords(parsing: "Frauen\tp\nGewinne\tp\nWeltruf\tm\n")

/// The text, its sentences' tokens and the given mentions (text, type), each found at its first
/// occurrence after the previous one. Shared with the tests of `GermanLateOrganisations`.
func tokensAndMentions(_ s: String, _ names: [(String, EntityType)]) -> (ArticleText, [[Token]], [EntityMention]) {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let scalars = Array(s.unicodeScalars)
    var from = 0
    let given = names.map { name, type -> EntityMention in
        let n = Array(name.unicodeScalars)
        let start = (from...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n }!
        from = start + n.count
        return EntityMention(span: Span(start, start + n.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    return (text, tokens, given)
}

/// Runs the shapes pass over `s` with the given mentions; answers "TYPE text" per resulting mention.
private func shaped(_ s: String, _ names: [(String, EntityType)] = []) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return GermanOrganisationShapes.apply(given, tokens: tokens, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aUniversityNamedByItsPlaceAfterVonIsOneOrganisation() {
    #expect(shaped("Sie studierte an der Universität von Tarnitz Physik.", [("Tarnitz", .LOC)]) == ["ORG Universität von Tarnitz"])
    // A state's university and its campus town.
    #expect(shaped("Sie forscht an der Universität von Kalifornien in Tarnitz.", [("Kalifornien", .LOC), ("Tarnitz", .LOC)])
            == ["ORG Universität von Kalifornien in Tarnitz"])
    #expect(shaped("Sie forscht an der Universität von Kervia in Tarnitz.", [("Kervia", .LOC), ("Tarnitz", .LOC)])
            == ["ORG Universität von Kervia", "LOC Tarnitz"])
    // A described university, or no place after "von", stays as it was.
    #expect(shaped("Er lehrte an der ältesten Universität von Tarnitz.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(shaped("Es ist eine Universität von Weltruf.") == [])
}

@Test func aRomanceHeadAndCapitalisedWordsAreOneOrganisation() {
    #expect(shaped("Die Banca Quendel meldete Verluste.", [("Quendel", .PER)]) == ["ORG Banca Quendel"])
    #expect(shaped("Der Banco Morva Tarnitz kaufte zu.") == ["ORG Banco Morva Tarnitz"])
    #expect(shaped("Sie verließ den Parti Quendel im Streit.") == ["ORG Parti Quendel"])
    // A German noun after the name belongs to the clause; no capitalised word, no name.
    #expect(shaped("Die Banca Quendel Gewinne stiegen.") == ["ORG Banca Quendel"])
    #expect(shaped("Das Teatro ist alt.") == [])
}

@Test func aHyphenatedAirlineOrArmedGroupIsAnOrganisation() {
    #expect(shaped("Die Maschine der Morva-Airlines landete.") == ["ORG Morva-Airlines"])
    #expect(shaped("Die Al-Kadir-Märtyrerbrigaden bekannten sich dazu.") == ["ORG Al-Kadir-Märtyrerbrigaden"])
    // A common noun before the head names no group.
    #expect(shaped("Die Frauen-Brigaden zogen los.") == [])
}

@Test func aHyphenatedNewspaperPartyOrSavingsBankIsAnOrganisation() {
    #expect(shaped("Das schrieb der Tarnitz-Kurier am Montag.", [("Tarnitz", .LOC)]) == ["ORG Tarnitz-Kurier"])
    #expect(shaped("Die nationalistische Morva-Partei legte zu.") == ["ORG Morva-Partei"])
    #expect(shaped("Sie arbeitet bei der Quendel-Sparkasse.") == ["ORG Quendel-Sparkasse"])
    // An acronym before the head makes the word a body's part; a common noun names no body.
    #expect(shaped("Die ABC-Partei legte zu.") == [])
    #expect(shaped("Die Frauen-Liga beginnt.") == [])
}

@Test func aWebOutletNamedByATitleAndOnlineIsAnOrganisation() {
    // The title may be a common noun: a newspaper's site by its title.
    #expect(shaped("Das zitierte Frauen-Online am Abend.") == ["ORG Frauen-Online"])
    #expect(shaped("Das meldete Quendel-Online.") == ["ORG Quendel-Online"])
    // An acronym or a single capital before it stays as it was.
    #expect(shaped("Das meldete ABC-Online.") == [])
}

@Test func aClubOrFederationCompoundAndItsPlaceAreOneOrganisation() {
    #expect(shaped("Der Autoclub Kervia warnte.", [("Kervia", .LOC)]) == ["ORG Autoclub Kervia"])
    #expect(shaped("Ein Sprecher des Bauernbundes Tarnitz sagte das.") == ["ORG Bauernbundes Tarnitz"])
    #expect(shaped("Er gründete einen Sportclub Tarnitz.") == [])
}

@Test func aGroupsHeadClosedByItsCountryIsOneOrganisation() {
    #expect(shaped("Der Sprecher des Quendel Forum Kervia widersprach.", [("Kervia", .LOC)]) == ["ORG Quendel Forum Kervia"])
    // An article before the head, a genitive after it: no such name.
    #expect(shaped("Die Initiative Kervia scheiterte.", [("Kervia", .LOC)]) == ["LOC Kervia"])
    #expect(shaped("Er kam auf Initiative Kervias.") == [])
}

@Test func theChambersOfTheUnitedStatesAreOrganisations() {
    #expect(shaped("Das Gesetz liegt dem Senat der Vereinigten Staaten vor.", [("Vereinigten Staaten", .LOC)])
            == ["ORG Senat der Vereinigten Staaten"])
    #expect(shaped("Der Senat der Stadt tagte.") == [])
}

@Test func theCentralBanksShortNameIsAnOrganisationBeforeNoCapital() {
    #expect(shaped("Die Fed senkte den Leitzins.") == ["ORG Fed"])
    #expect(shaped("Sie gewannen den Fed Cup.") == [])
}

@Test func anAllianceNamedByWhatItOpposesIsOneOrganisation() {
    #expect(shaped("Das Bündnis gegen Lärm rief zur Demo auf.") == ["ORG Bündnis gegen Lärm"])
    #expect(shaped("Aktionen des Aktionsbündnisses gegen Hunger und Armut folgen.") == ["ORG Aktionsbündnisses gegen Hunger und Armut"])
    // An indefinite article, a lower-case word or a place after "gegen": a description.
    #expect(shaped("Sie gründeten ein Bündnis gegen Lärm.") == [])
    #expect(shaped("Das Bündnis gegen die Reform wächst.") == [])
    #expect(shaped("Das Bündnis gegen Tarnitz wächst.") == [])
}

@Test func twoNamesAfterAPluralNounOfTheirKindAreTwoOrganisations() {
    #expect(shaped("Die Konzerne Quendel und Morva Werke fusionieren.", [("Quendel", .PER)]) == ["ORG Quendel", "ORG Morva Werke"])
    #expect(shaped("Sie verhandelt mit den Gewerkschaften Quendel und ABC.", [("ABC", .ORG)]) == ["ORG Quendel", "ORG ABC"])
    // A singular noun opens one name, the apposition's; places or their genitives are no bodies.
    #expect(shaped("Das Unternehmen Quendel und Morva sagte ab.") == [])
    #expect(shaped("Die Banken Tarnitz und Kervia zahlen.", [("Tarnitz", .LOC), ("Kervia", .LOC)]) == ["LOC Tarnitz", "LOC Kervia"])
    // A capitalised word after the pair: the second name goes on further.
    #expect(shaped("Die Konzerne Quendel und Morva Werke Nord fusionieren.") == [])
}

@Test func aCourtNamedByATownTheTaggerTookForAPersonIsOneOrganisation() {
    #expect(shaped("Das Verbot bestätigte das Oberverwaltungsgericht Mirlau am Montag.", [("Mirlau", .PER)])
            == ["ORG Oberverwaltungsgericht Mirlau"])
    // Someone of that surname is named in full in the article: the court sentenced him.
    #expect(shaped("Jonas Mirlau stand vor Gericht. Am Montag verurteilte das Landgericht Mirlau zu zwei Jahren.",
                   [("Jonas Mirlau", .PER), ("Mirlau", .PER)])
            == ["PER Jonas Mirlau", "PER Mirlau"])
    // A first name after the head is a person.
    #expect(shaped("Dann lobte das Landgericht Anna für ihre Aussage.", [("Anna", .PER)]) == ["PER Anna"])
}
