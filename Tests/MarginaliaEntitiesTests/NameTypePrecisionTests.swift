import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Precision of person, place and organisation types in news: a team named by a place, a
// broadcaster typed as a place, an unsure organisation that is a common noun, a surname typed by
// its sentence after the article named the person in full. Sentences and names written for these
// tests.

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstadt", "Port Selm"], countries: [], firstNames: ["Jana", "Ole"])

private func mention(_ name: String, in s: String, _ type: EntityType, _ confidence: Double = 0.9) -> EntityMention {
    let scalars = Array(s.unicodeScalars)
    let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
    return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: confidence)
}

private func types(_ s: String, _ given: [(String, EntityType)]) -> [String] {
    ContextTypes.apply(given.map { mention($0.0, in: s, $0.1) }, text: ArticleText(s), lexicon: lexicon).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aPlaceAndAnEnglishPluralNameATeam() {
    #expect(types("Die Tarnitz Falcons schlugen die Port Selm 76ers.", [("Tarnitz Falcons", .LOC), ("Port Selm 76ers", .LOC)])
            == ["ORG Tarnitz Falcons", "ORG Port Selm 76ers"])
    // Not a place's genitive, nor a word in the plural after a word that is no listed place.
    #expect(types("Die Zukunft Port Selms ist offen.", [("Port Selms", .LOC)]) == ["LOC Port Selms"])
    #expect(types("Sie wohnt in Glen Falls.", [("Glen Falls", .LOC)]) == ["LOC Glen Falls"])
}

@Test func aRadioIsABroadcaster() {
    #expect(types("Das meldete Radio Tarnitz am Abend.", [("Radio Tarnitz", .LOC)]) == ["ORG Radio Tarnitz"])
    #expect(types("Sie hörte Radio Wendel Eins.", [("Radio Wendel Eins", .MISC)]) == ["ORG Radio Wendel Eins"])
}

// "Junta" unlisted: the table of nouns the list lacks makes "Militärjunta" a noun.
private let words = GermanWords(parsing: "Verlag\tm\nDeal\tm\nMilitär\tn\nUnion\tf\nBorussia\tf\n")

@Test func anUnsureOrganisationThatIsACommonNounIsDropped() {
    let s = "Der Verlag lehnte ab. Den Deal gab es nicht. Die Militärjunta regiert. Die Union und die Borussia verloren."
    let given = [mention("Verlag", in: s, .ORG, 0.4), mention("Deal", in: s, .ORG, 0.5), mention("Militärjunta", in: s, .ORG, 0.45),
                 mention("Union", in: s, .ORG, 0.5), mention("Borussia", in: s, .ORG, 0.5)]
    #expect(CommonNounUse.unsureOrganisations(given, words: words).map(\.text) == ["Union", "Borussia"])
    // Confident, or confidently named elsewhere in the article: kept.
    #expect(CommonNounUse.unsureOrganisations([mention("Verlag", in: s, .ORG, 0.8)], words: words).count == 1)
    let twice = "Der Verlag lehnte ab. Der Verlag schwieg."
    let elsewhere = [mention("Verlag", in: twice, .ORG, 0.4), EntityMention(span: Span(26, 32), text: "Verlag", type: .ORG, canonical: "Verlag", confidence: 0.9)]
    #expect(CommonNounUse.unsureOrganisations(elsewhere, words: words).count == 2)
}

@Test func aSurnameOfAFullNameIsAPersonWhateverItsSentenceSaid() {
    let s = "Jana Kerlow reiste ab. Man schoss auf den Wagen von Kerlow. Die Firma Kerlow schwieg."
    let given = [mention("Jana Kerlow", in: s, .PER, 0.9), mention("Kerlow", in: s, .ORG, 0.5)]
    let text = ArticleText(s)
    #expect(DocumentTypes.surnamesAsPersons(given, text: text, lexicon: lexicon).map(\.type) == [.PER, .PER])
    // After a firm's kind the name is the firm's.
    let firmStart = Array(s.unicodeScalars).count - "Kerlow schwieg.".unicodeScalars.count
    let afterFirm = EntityMention(span: Span(firmStart, firmStart + 6), text: "Kerlow", type: .ORG, canonical: "Kerlow", confidence: 0.5)
    #expect(DocumentTypes.surnamesAsPersons([given[0], afterFirm], text: text, lexicon: lexicon).map(\.type) == [.PER, .ORG])
    // A confident place, a listed place and a more confident mention keep their types.
    let t = "Ole Tarnitz kam aus Tarnitz. Ole Wendel fuhr nach Wendel."
    let placed = [mention("Ole Tarnitz", in: t, .PER, 0.9), EntityMention(span: Span(20, 27), text: "Tarnitz", type: .LOC, canonical: "Tarnitz", confidence: 0.4),
                  mention("Ole Wendel", in: t, .PER, 0.7), EntityMention(span: Span(50, 56), text: "Wendel", type: .LOC, canonical: "Wendel", confidence: 0.6)]
    #expect(DocumentTypes.surnamesAsPersons(placed, text: ArticleText(t), lexicon: lexicon).map(\.type) == [.PER, .LOC, .PER, .LOC])
}
