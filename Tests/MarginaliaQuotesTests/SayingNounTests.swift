import Testing
@testable import MarginaliaQuotes

// A noun for a saying, a principle or a heading right before the marks names a text of that
// kind: a proverb, a maxim or a headline, not the words of anyone in the article.

@Test func aProverbAfterWeisheitIsNotAQuote() {
    #expect(quotedTexts("Der Trainer hielt sich an die alte Weisheit, „Wer rastet, der rostet, und wer rostet, verliert“, und ließ weiter üben.").isEmpty)
}

@Test func aPrincipleAfterPrinzipIsNotAQuote() {
    #expect(quotedTexts("Die Richterin sagte, das Prinzip, „wer bestellt, bezahlt“, gelte auch hier.").isEmpty)
}

@Test func aHeadingInABracketIsNotAQuote() {
    #expect(quotedTexts("Auf der Seite des Vereins (Überschrift der Startseite: „Wir sind für Sie da“) fehlt jeder Hinweis.").isEmpty)
}

@Test func aSpeakerMentioningAPrincipleIsStillQuoted() {
    #expect(quotedTexts("Der Minister sagte: „Wir halten an diesem Prinzip fest, auch wenn es teuer wird.“") == ["Wir halten an diesem Prinzip fest, auch wenn es teuer wird."])
}
