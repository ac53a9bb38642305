import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// Names, titles and scare quotes in marks are not quotations.

@Test func newspaperAfterMediaNounIsNotAQuote() {
    #expect(quotedTexts("Das berichtet nun die italienische Tageszeitung „La Repubblica“ und nennt zwei Gründe.").isEmpty)
}

@Test func newspaperAfterLautIsNotAQuote() {
    #expect(quotedTexts("Laut „La Repubblica“ würde eine Niederlage schlimme Folgen haben.").isEmpty)
}

@Test func spacecraftWithNumberIsNotAQuote() {
    #expect(quotedTexts("Die Raumkapsel „Shenzhou 6“ ist am Montag sicher in der Inneren Mongolei gelandet.").isEmpty)
}

@Test func sundayPaperIsNotAQuote() {
    #expect(quotedTexts("Wie die Zeitung „Welt am Sonntag“ berichtet, soll der Vertrag verlängert werden.").isEmpty)
}

@Test func englishTitlesAreNotQuotes() {
    let text = "The vote was first reported by “The Evening Courier”. The film “Star Wars” was shown again."
    #expect(quotedTexts(text, language: .en).isEmpty)
}

@Test func entityRecognizerVetoesANameInMarks() {
    let text = "Die Entscheidung fiel in der „Kommission Nord“ am späten Abend."
    let org = mention("Kommission Nord", in: text, type: .ORG)
    #expect(quotedTexts(text, entities: [org]).isEmpty)
}

@Test func partialQuoteWithEvaluativeCueIsAQuote() {
    #expect(quotedTexts("Der Minister bezeichnete den Plan als „völlig unrealistisch“.") == ["völlig unrealistisch"])
}

@Test func realQuoteNextToANewspaperName() {
    let text = "Der Trainer sagte der Zeitung „Kurier“: „Wir haben die Meisterschaft noch nicht aufgegeben.“"
    #expect(quotedTexts(text) == ["Wir haben die Meisterschaft noch nicht aufgegeben."])
}

@Test func decisionsExplainWhyANameIsRejected() {
    let text = ArticleText("Das berichtet die Tageszeitung „La Repubblica“.")
    let decisions = QuoteDetection.decisions(text, entities: [], language: .de)
    #expect(decisions.count == 1)
    #expect(decisions.first?.isQuote == false)
    #expect(decisions.first?.explanation.contains("mediaNounBefore") == true)
}

@Test func aShortSentenceOfItsOwnIsAQuote() {
    let text = "The minister defended the law.\n\n“It protects consumers,” she said. “Nobody needs to worry.”"
    #expect(quotedTexts(text, language: .en) == ["It protects consumers,", "Nobody needs to worry."])
    #expect(quotedTexts("Die Ministerin verteidigte das Gesetz. „Wir schützen die Verbraucher“, sagte sie. „Niemand muss sich sorgen.“")
        == ["Wir schützen die Verbraucher", "Niemand muss sich sorgen."])
}
