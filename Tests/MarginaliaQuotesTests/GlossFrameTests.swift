import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A bracketed translation and a title someone sang hold no one's words.

@Test func bracketedTranslationIsNoQuote() {
    let text = "Die Bewegung heißt „Frente Verde por la Tierra“ (übersetzt etwa: „Grüne Front für die Erde, gegen den Raubbau“) und wächst."
    #expect(QuoteDetection.decisions(ArticleText(text), entities: [], language: .de)
        .contains { $0.explanation.contains("translationGloss") })
    #expect(quotedTexts(text).isEmpty)
}

@Test func germanGlossInBracketsIsNoQuote() {
    let text = "Das Festival trägt den Namen „Fiesta del Mar“ (deutsch: „Fest des Meeres, das die Stadt jedes Jahr feiert“)."
    #expect(!quotedTexts(text).contains { $0.hasPrefix("Fest des Meeres") })
}

@Test func speakerTalkingInGermanIsStillQuoted() {
    let text = "Der Gast aus Rom sagte auf Deutsch: „Ich danke Ihnen allen für diesen warmen Empfang.“"
    #expect(!firstExplanation(text).contains("translationGloss"))
    #expect(quotedTexts(text) == ["Ich danke Ihnen allen für diesen warmen Empfang."])
}

@Test func songSungAtTheEndOfAClauseIsATitle() {
    let text = "Im Finale der Show, in dem sie „Ich geh mit dir bis ans Ende der Welt“ sang, jubelte der Saal."
    #expect(firstExplanation(text).contains("performedTitle"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func chantWithSubjectAfterTheVerbStaysOpen() {
    let text = "„Wir bleiben hier, wir weichen nicht!“ sangen die Streikenden vor dem Werkstor."
    #expect(!firstExplanation(text).contains("performedTitle"))
}

@Test func doubledApostrophesMarkItalicsNotQuotation() {
    let text = "Die Behörde rechnet im Winter mit einer ''milden'' Welle von Erkältungen in den Schulen."
    #expect(firstExplanation(text).contains("doubledApostrophes"))
    #expect(quotedTexts(text).isEmpty)
}
