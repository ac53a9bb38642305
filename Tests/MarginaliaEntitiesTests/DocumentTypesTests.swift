import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Document-level type consistency (issue 16): one name, one type in an article.

private let places = Lexicon(places: ["Tarnitz"], countries: [], firstNames: [])

private func mention(_ text: String, _ type: EntityType, _ confidence: Double, at start: Int) -> EntityMention {
    EntityMention(span: Span(start, start + text.unicodeScalars.count), text: text, type: type, canonical: text, confidence: confidence)
}

@Test func oneWordNameTakesTheTypeTheArticleGivesItMostConfidently() {
    let unified = DocumentTypes.unify([
        mention("Kerlow", .PER, 0.9, at: 0), mention("Kerlow", .LOC, 0.6, at: 50), mention("Kerlow", .PER, 0.7, at: 90),
    ], lexicon: places)
    #expect(unified.map(\.type) == [.PER, .PER, .PER])
    // Positions, texts and confidences stay.
    #expect(unified.map(\.span.start) == [0, 50, 90])
    #expect(unified.map(\.confidence) == [0.9, 0.6, 0.7])
}

@Test func fullNameVotesForItsSurname() {
    let unified = DocumentTypes.unify([mention("Jana Kerlow", .PER, 0.9, at: 0), mention("Kerlow", .LOC, 0.8, at: 40)], lexicon: places)
    #expect(unified.map(\.type) == [.PER, .PER])
}

@Test func tiesAndLoneMentionsKeepTheTaggersType() {
    #expect(DocumentTypes.unify([mention("Wendel", .PER, 0.7, at: 0), mention("Wendel", .ORG, 0.7, at: 30)], lexicon: places).map(\.type) == [.PER, .ORG])
    #expect(DocumentTypes.unify([mention("Wendel", .LOC, 0.4, at: 0)], lexicon: places).map(\.type) == [.LOC])
}

@Test func theGazetteerHasASay() {
    // A listed place is no person on the tagger's word alone; other words follow the votes.
    #expect(DocumentTypes.unify([mention("Tarnitz", .PER, 0.9, at: 0), mention("Tarnitz", .LOC, 0.5, at: 30)], lexicon: places).map(\.type)
            == [.PER, .LOC])
    #expect(DocumentTypes.unify([mention("Wendel", .LOC, 0.9, at: 0), mention("Wendel", .PER, 0.5, at: 30)], lexicon: places).map(\.type)
            == [.LOC, .LOC])
}

@Test func aOneWordPersonOrPlaceTheNounListHoldsIsNotRepeated() {
    let words = GermanWords(parsing: "Kampagne\tf\nKläger\tm\nRat\tm\n")
    let s = "Die Kampagne lief. Jede Kampagne kostet. Die Klägerin kam. Die Klägerin ging. Der Rat tagte. Der Rat beschloss."
    let text = ArticleText(s)
    let sentences = Segmenter.segment(text, language: .de).sentences
    let tokens = sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    func at(_ name: String, _ type: EntityType) -> EntityMention {
        let start = Array(s.unicodeScalars).indices.first { String(String.UnicodeScalarView(Array(s.unicodeScalars)[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    let given = [at("Kampagne", .LOC), at("Klägerin", .PER), at("Rat", .ORG)]
    let extended = DocumentEvidence.extend(given, tokens: tokens, text: text, commonWords: [], lexicon: places, words: words)
    // The place and the person (a role, by its masculine form) stay where the tagger put them;
    // an organisation named by a noun recurs.
    #expect(extended.filter { $0.text == "Kampagne" }.count == 1)
    #expect(extended.filter { $0.text == "Klägerin" }.count == 1)
    #expect(extended.filter { $0.text == "Rat" }.count == 2)
}

@Test func aCountryOrAPlacesGenitiveTypedAPersonIsThePlace() {
    let lexicon = Lexicon(places: ["Merlow", "Merovien", "Kerlow"], countries: ["Merovien"], firstNames: ["Jana"])
    // "der Bürgermeister Merlows": a listed place's genitive; a country in a list.
    #expect(DocumentTypes.unify([mention("Merlows", .PER, 0.8, at: 0)], lexicon: lexicon).map(\.type) == [.LOC])
    #expect(DocumentTypes.unify([mention("Merovien", .PER, 0.8, at: 0)], lexicon: lexicon).map(\.type) == [.LOC])
    // A person of the article bears the name: "Jana Kerlow", later "Kerlows Rede".
    #expect(DocumentTypes.unify([mention("Jana Kerlow", .PER, 0.9, at: 0), mention("Kerlows", .PER, 0.7, at: 40)], lexicon: lexicon)
        .map(\.type) == [.PER, .PER])
}
