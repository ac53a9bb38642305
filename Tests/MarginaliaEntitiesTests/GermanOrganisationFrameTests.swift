import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisation frames of the second orgs round (issue 16): a nominalised adjective opening an
// institution's name, a federal body after an indefinite article, an inflected party form before
// another name, lower-case titles in a source frame, outlets named without marks after a media
// noun. Invented names.

private let lexicon = Lexicon(places: ["Lindau", "Kassel"], countries: ["Deutschland"], firstNames: ["Anna"])
private let words = GermanWords(parsing: """
    Freiwillige\tx
    Freiwilligen\tx
    Jugendtrainer\tx
    Woche\tf
    Feuerwehr\tf
    Jugend\tf
    Zeitung\tf
    Kurier\tm
    Stern\tm
    Sender\tm
    Bundestag\tm
    Gelegenheit\tf
    Freiwillig\t-

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func aNominalisedAdjectiveOpensAnInstitutionsName() {
    #expect(apply("Am Abend half die Freiwillige Feuerwehr Lindau aus.") == ["ORG Freiwillige Feuerwehr Lindau"])
    #expect(apply("Am Abend kamen Einheiten der Freiwilligen Feuerwehr Kassel.") == ["ORG Freiwilligen Feuerwehr Kassel"])
    // Nouns of one gender, and mixed nouns in -er, are no adjectives.
    #expect(GermanNamePatterns.isAttributive("Woche", words: words) == false)
    #expect(GermanNamePatterns.isAttributive("Jugendtrainer", words: words) == false)
    #expect(GermanNamePatterns.isAttributive("Freiwillige", words: words))
    #expect(GermanNamePatterns.isAttributive("Technische", words: words))
}

@Test func aFederalBodyAfterAnIndefiniteArticleIsAnotherBodysOrgan() {
    #expect(apply("Auf einem außerordentlichen Bundestag wählte der Verband einen Präsidenten.") == [])
    #expect(apply("Am Montag beschloss der Bundestag das Gesetz.") == ["ORG Bundestag"])
}

@Test func anInflectedPartyFormBeforeACapitalisedWordOpensAnotherName() {
    #expect(apply("Die Violetten tagten. Auch die Violette Jugend kam.", [("Violetten", .ORG, 1.0)]) == ["ORG Violetten"])
    #expect(apply("Die Violetten tagten. Auch die Violette kam.", [("Violetten", .ORG, 1.0)]) == ["ORG Violetten", "ORG Violette"])
}

@Test func aLowerCaseTitleAfterAnArticleInASourceFrame() {
    #expect(apply("Das sagte er der „morgenlampe“.") == ["ORG morgenlampe"])
    #expect(apply("Er nannte das „toll“.") == [])
    #expect(apply("Das sagte er der „morgenlampe und so“.") == [])
}

@Test func anOutletNamedWithoutMarksAfterAMediaNoun() {
    #expect(apply("Das berichtete die Zeitung Abendlampe am Montag.") == ["ORG Abendlampe"])
    #expect(apply("Wie das Nachrichtenmagazin Der Stern meldete, kam er.") == ["ORG Der Stern"])
    #expect(apply("Am Montag kam das Netzwerk Plauderfink in die Kritik.") == ["ORG Plauderfink"])
    #expect(apply("Am Montag kam das Online-Netzwerk Plauderfink in die Kritik.") == ["ORG Plauderfink"])
    // A listed noun without an article, a place alone and a person named in the article are no outlets.
    // (At a main clause's start the frame names it: "Die Zeitung Kurier lag …", GermanOrganisationKindFrameTests.)
    #expect(apply("Sie gab die Zeitung Kurier Meyer zurück.") == [])
    #expect(apply("Die Zeitung Lindau meldete nichts.") == [])
    #expect(apply("Anna Quastel lachte. Dann hätte der Sender Quastel die Gelegenheit gegeben.", [("Anna Quastel", .PER, 1.0)])
            == ["PER Anna Quastel"])
    #expect(apply("Dann hätte der Sender Anna die Gelegenheit gegeben.") == [])
}
