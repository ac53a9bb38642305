import Testing
@testable import MarginaliaQuotes

// One word after "als" with a verb of judging is someone's verdict, a partial quote; an agentless
// passive of the same verb names a term.

@Test func oneWordVerdictAfterAlsWithAJudgingVerbIsAQuote() {
    #expect(quotedTexts("Die Ministerin wies den Vorwurf am Rande der Sitzung als „Unsinn“ zurück.") == ["Unsinn"])
    #expect(quotedTexts("Der Verband, der die neue Regel als „Zumutung“ für Familien sieht, will klagen.") == ["Zumutung"])
}

@Test func anAgentlessPassiveNamingATermIsNotAQuote() {
    #expect(quotedTexts("Die Teilchen, die von der Sonne ausgehen und als „Teilchenregen“ bezeichnet werden, erreichen die Erde.") == [])
}

@Test func charakterisierenJudgesLikeBezeichnen() {
    let text = "Der Bürgermeister, Jan Roder, charakterisierte den Vorfall als ein „Beispiel völliger Gedankenlosigkeit“."
    #expect(quotedTexts(text) == ["Beispiel völliger Gedankenlosigkeit"])
    #expect(speakers(text) == ["Der Bürgermeister, Jan Roder"])
}
