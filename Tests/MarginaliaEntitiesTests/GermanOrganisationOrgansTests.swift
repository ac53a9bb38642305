import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organs named by their head and their body in the genitive (round 15). Sentences and bodies
// invented for these tests.

private let lexicon = Lexicon(places: ["Kervia", "Tarnitz"], countries: ["Kervia"], firstNames: ["Anna"])

/// Runs the organs pass over `s` with the given mentions; answers "TYPE text" per resulting mention.
private func organs(_ s: String, _ names: [(String, EntityType)]) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return GermanOrganisationOrgans.apply(given, tokens: tokens, text: text, lexicon: lexicon).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func anOrganOfABodyInTheGenitiveIsOneOrganisation() {
    #expect(organs("Der Sicherheitsrat der Vereinigten Bünde tagte.", [("Vereinigten Bünde", .ORG)])
            == ["ORG Sicherheitsrat der Vereinigten Bünde"])
    #expect(organs("Auch der Finanzausschuss des Velorischen Rates berät.", [("Velorischen Rates", .ORG)])
            == ["ORG Finanzausschuss des Velorischen Rates"])
    #expect(organs("Die Generalversammlung der Weltliga stimmte zu.", [("Weltliga", .ORG)]) == ["ORG Generalversammlung der Weltliga"])
}

@Test func aMinistryOrANamedOfficeOfACountryIsOneOrganisation() {
    #expect(organs("Auch das Außenministerium der Republik Kervia widersprach.", [("Republik Kervia", .LOC)])
            == ["ORG Außenministerium der Republik Kervia"])
    // "Amt" names an office only at the end of a name already found.
    #expect(organs("Das Zentrale Amt der Republik Kervia warnte.", [("Zentrale Amt", .ORG), ("Republik Kervia", .LOC)])
            == ["ORG Zentrale Amt der Republik Kervia"])
    #expect(organs("Das Amt der Republik Kervia warnte.", [("Republik Kervia", .LOC)]) == ["LOC Republik Kervia"])
}

@Test func describedOrgansAndOtherHeadsStayAsTheyWere() {
    // A lower-case adjective or an indefinite article before the head describes one of several.
    #expect(organs("Ein weiterer Ausschuss des Velorischen Rates berät.", [("Velorischen Rates", .ORG)]) == ["ORG Velorischen Rates"])
    #expect(organs("Ein Ausschuss des Velorischen Rates berät.", [("Velorischen Rates", .ORG)]) == ["ORG Velorischen Rates"])
    // A head that names no organ, and a committee of a place.
    #expect(organs("Der Chef der Vereinigten Bünde sprach.", [("Vereinigten Bünde", .ORG)]) == ["ORG Vereinigten Bünde"])
    #expect(organs("Der Ausschuss der Republik Kervia tagte.", [("Republik Kervia", .LOC)]) == ["LOC Republik Kervia"])
    // A person after the head.
    #expect(organs("Der Ausschuss des Anna Tarnitz tagte.", [("Anna Tarnitz", .PER)]) == ["PER Anna Tarnitz"])
}

@Test func anAlliancesOrganNamedByOneHyphenatedWordIsAnOrganisation() {
    #expect(organs("Der UN-Sicherheitsrat tagte am Montag.", []) == ["ORG UN-Sicherheitsrat"])
    #expect(organs("Die Klage der EU-Kommission ist anhängig.", []) == ["ORG EU-Kommission"])
    #expect(organs("Den Häusern des US-Kongresses liegt der Entwurf vor.", [("US-Kongresses", .LOC)]) == ["ORG US-Kongresses"])
    #expect(organs("Er steht vor dem UN-Tribunal für Ex-Kervia.", []) == ["ORG UN-Tribunal für Ex-Kervia"])
    // A description, a person's office or another alliance's compound is none.
    #expect(organs("Die US-Botschaft und der EU-Außenminister warnten.", []) == [])
    #expect(organs("Der UN-Generalsekretär sprach.", []) == [])
}
