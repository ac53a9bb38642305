import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Quotes written with a space inside the marks, and short fragments of someone's words.

@Test func spaceInsideGermanMarksStillQuotes() {
    #expect(quotedTexts("Die Sprecherin sagte: „ Wir prüfen den Antrag sorgfältig. “") == ["Wir prüfen den Antrag sorgfältig."])
}

@Test func spacedSingleWordFragmentIsTrimmed() {
    // The quoted word, without the spaces inside the marks.
    #expect(quotedTexts("Der Stadtrat sprach von einem „ Desaster “ und verlangte eine neue Vorlage.") == ["Desaster"])
}

@Test func lowMarkBetweenWordsWithSpaceOpensNothingOnItsOwn() {
    // A stray „ with no closing mark in its paragraph is no quote.
    #expect(quotedTexts("Die Zahl stieg „ deutlich an, hieß es.").isEmpty)
}
