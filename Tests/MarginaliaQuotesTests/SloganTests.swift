import Testing
@testable import MarginaliaQuotes

// Chanted and written slogans ("Parolen wie „…“") are quoted utterances; a motto is a name.

@Test func slogansAfterParolenWieAreQuotes() {
    let text = "Am Abend zogen Hunderte Studenten vor das Rathaus und skandierten Parolen wie „Weg mit dem Gesetz!“."
    #expect(quotedTexts(text) == ["Weg mit dem Gesetz!"])
    // The coordinated verb shares the subject of the clause's first verb.
    #expect(speakers(text) == ["Hunderte Studenten"])
}

@Test func aMottoIsNotAQuote() {
    #expect(quotedTexts("Die Kundgebung stand unter dem Motto „Freiheit für alle“.").isEmpty)
}
