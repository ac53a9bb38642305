import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Weather systems, virus variants, spelt-out standards, maker and model, coordinated treaty
// compounds and more currencies (issue 16), on sentences written for these tests; the names in
// them are invented or general knowledge.

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstadt"], countries: ["Irak"], firstNames: ["Jana", "Ole", "Dirk"])
private let nouns = GermanWords(parsing: "Haus\tn\nChef\tm\nGolf\tm\nSturm\tm\nRegen\tm\nüber\t-\n")

/// MiscKinds over `s` with the given mentions; "TYPE text" per result.
private func run(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let scalars = Array(s.unicodeScalars)
    var from = 0
    let given = mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { $0 >= from && String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        from = start + 1
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    return MiscKinds.apply(given, tokens: tokens, text: text, lexicon: lexicon, commonWords: ["der", "die", "mit"], words: nouns)
        .map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aWeatherSystemAfterAWeatherNounIsMisc() {
    #expect(run("Das Tiefdruckgebiet Jana brachte Regen.", [("Jana", .PER)]) == ["MISC Jana"])
    #expect(run("Der Hurrikan „Ole“ zog weiter. Später schwächte sich Ole ab.", [("Ole", .PER), ("Ole", .PER)])
            == ["MISC Ole", "MISC Ole"])
    #expect(run("Orkan Berbelin fegte über die Küste.") == ["MISC Berbelin"])
    // A surname after a first name, a common word, a place, a name going on: no storm.
    #expect(run("Dann sprach Dirk Sturm Jana an.", [("Dirk Sturm", .PER), ("Jana", .PER)]) == ["PER Dirk Sturm", "PER Jana"])
    #expect(run("Der Sturm über Tarnitz.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(run("Der Sturm Tarnitz tobte.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aWeatherNounTheTaggerTookIntoTheNameGivesWay() {
    // The tagger's person "Zyklon Berbelin" becomes the storm's name alone, and so does its echo.
    #expect(run("Zyklon Berbelin traf die Küste. Danach zog Berbelin ab.", [("Zyklon Berbelin", .PER), ("Berbelin", .PER)])
            == ["MISC Berbelin", "MISC Berbelin"])
}

@Test func aVirusVariantNamedByAGreekLetterIsMisc() {
    #expect(run("Die Virusvariante Kappa breitet sich aus. Kappa gilt als ansteckend.", [("Kappa", .LOC)])
            == ["MISC Kappa", "MISC Kappa"])
    #expect(run("Die Kappa-Variante breitet sich aus. Kappa gilt als ansteckend.") == ["MISC Kappa"])
    // A Greek letter without a variant is left alone.
    #expect(run("Kappa gilt als ansteckend.", [("Kappa", .LOC)]) == ["LOC Kappa"])
}

@Test func aStandardSpeltOutWithItsAcronymAfterATechnicalNoun() {
    #expect(run("Das Format Compact Frame Coding (CFC) spart Platz.", [("Compact Frame Coding", .ORG), ("CFC", .ORG)])
            == ["MISC Compact Frame Coding", "MISC CFC"])
    // One word, or no acronym: nothing.
    #expect(run("Das System Tarnitz (TS) hilft.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(run("Das Format Compact Frame Coding spart Platz.") == [])
}

@Test func aMakerAndAModelAreOneProduct() {
    #expect(run("Sie fuhr einen Toyota Verolla nach Hause.", [("Toyota", .ORG)]) == ["MISC Toyota Verolla"])
    // A listed word only where the tagger read both as one name; then the model alone too.
    #expect(run("Sie verkauften 50.000 VW Golf. Der Golf blieb beliebt.", [("VW Golf", .MISC)]) == ["MISC VW Golf", "MISC Golf"])
    #expect(run("Der VW Chef trat ab.", [("VW", .ORG)]) == ["ORG VW"])
    #expect(run("Die Toyota Group wuchs.", [("Toyota Group", .ORG)]) == ["ORG Toyota Group"])
    // With a type number.
    #expect(run("Er kaufte einen Tesla Modell 3 im Mai.") == ["MISC Tesla Modell 3"])
}

@Test func coordinatedTreatyCompoundsAfterADefiniteArticle() {
    #expect(run("Sie verstießen gegen den Haushalts- und Wachstumspakt.") == ["MISC Haushalts- und Wachstumspakt"])
    #expect(run("Sie schlossen ein Handels- und Kooperationsabkommen.") == [])
}

@Test func currenciesOfOtherCountriesAfterAnAmount() {
    #expect(run("Polen gab zwei Milliarden Złoty aus.") == ["MISC Złoty"])
    #expect(run("Es kostete 300 Millionen Rubeln.") == ["MISC Rubeln"])
}

@Test func aStandardEndingInAnEnglishHeadWithItsAcronym() {
    #expect(run("Das Verfahren nutzt Compact Frame Coding (CFC) für Filme.", [("Compact Frame Coding", .ORG), ("CFC", .ORG)])
            == ["MISC Compact Frame Coding", "MISC CFC"])
    // Not past an article or the technical noun before it.
    #expect(run("Das Format Compact Frame Coding (CFC) spart Platz.") == ["MISC Compact Frame Coding", "MISC CFC"])
}

@Test func aTabledMakerAndATypeNumberAreAProductWithoutTheTagger() {
    #expect(run("Eine Boeing 747 landete in Tarnitz.", [("Tarnitz", .LOC)]) == ["MISC Boeing 747", "LOC Tarnitz"])
    // A year or a share after the maker is no type number.
    #expect(run("Der Gewinn von Nokia 2006 stieg.") == [])
    #expect(run("Dann hielt Opel 20 Prozent.") == [])
}
