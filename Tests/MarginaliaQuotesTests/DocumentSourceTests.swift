import Testing
@testable import MarginaliaQuotes

// "heißt es in X": an impersonal report is attributed to the document, site or place it names.

@Test func heisstEsInAfterTheQuote() {
    #expect(speakers("„Wir lehnen den Plan in dieser Form ab“, heißt es in der Erklärung des Vereins.") == ["der Erklärung des Vereins"])
}

@Test func heisstEsWithAnAdverbAndAParticipleBeforeTheNoun() {
    let text = "„Die Entscheidung fiel uns nicht leicht“, heißt es dazu in einer gestern verbreiteten Mitteilung."
    #expect(speakers(text) == ["einer gestern verbreiteten Mitteilung"])
}

@Test func sourceOpeningTheClauseBeforeHeisstEs() {
    #expect(speakers("Auf der Website des Museums heißt es: „Die Ausstellung bleibt bis zum Sommer geöffnet.“") == ["der Website des Museums"])
}

@Test func hiessEsFromAPlace() {
    let text = "Aus dem Ministerium hieß es, die Lage sei „unter Kontrolle, aber weiterhin sehr ernst“."
    #expect(speakers(text) == ["dem Ministerium"])
}

@Test func hatteEsGeheissen() {
    let text = "In einem Brief der Anwohner hatte es geheißen: „Wir wollen keine neue Straße durch unser Viertel.“"
    #expect(speakers(text) == ["einem Brief der Anwohner"])
}

@Test func soHeisstEsAfterAClauseWithAPartialQuote() {
    let text = "Die Kosten sollen „durch bessere Planung und weniger Bürokratie“ sinken, so heißt es in einem Papier der Stadt."
    #expect(speakers(text) == ["einem Papier der Stadt"])
}

@Test func aLowerCaseNameJoinedToANounByAHyphenIsADocumentSource() {
    let text = "Auf der documenta-Homepage heißt es zur Begründung, warum man sich für dieses Bild entschieden hat: „Die Striche wurden wegen ihrer einfachen und klaren Form gewählt.“"
    #expect(speakers(text) == ["der documenta-Homepage"])
}

@Test func soAtTheVeryEndOfTheTextAttributesNothing() {
    // Found by fuzzing: "so" after a quote as the text's last word asked for the unit after it.
    #expect(speakers("„Wir werden nicht weichen“, so ") == ["-"])
}
