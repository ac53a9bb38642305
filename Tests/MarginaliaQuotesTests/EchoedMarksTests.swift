import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Short marks whose words stand inside a longer pair of marks elsewhere in the article repeat
// quoted words or name something the quotation mentions: not a new quotation.

@Test func wordsTakenUpFromAnEarlierQuoteAreNoNewQuote() {
    let text = "Die Trainerin sagte: „Wir bringen mit dem Umbau frischen Wind in die Halle.“ Was „frischen Wind“ heißen soll, blieb offen."
    #expect(quotedTexts(text) == ["Wir bringen mit dem Umbau frischen Wind in die Halle."])
}

@Test func aNameThatTheFollowingStatementMentionsIsNoQuote() {
    let text = "Auf der Seite von „blau energie“ heißt es wörtlich: „Die Partnerschaft mit blau energie sichert unsere Zukunft.“"
    #expect(quotedTexts(text) == ["Die Partnerschaft mit blau energie sichert unsere Zukunft."])
}

@Test func aFragmentOfItsOwnStaysAQuote() {
    let text = "Der Minister nannte den Plan „völlig unrealistisch“. Er sagte: „Wir brauchen bis zum Sommer einen neuen Plan.“"
    #expect(quotedTexts(text) == ["völlig unrealistisch", "Wir brauchen bis zum Sommer einen neuen Plan."])
}

@Test func echoNeedsWholeWordsAndAnotherPairOfMarks() {
    // „Bahn“ stands in „Bahnhof“ only as part of a word; the inner ‚Beine‘ lies inside its own container.
    let text = ArticleText("Er sprach von der „Bahn“ und sagte: „Am Bahnhof steht man sich die ‚Beine‘ in den Bauch.“ Dann „Beine“.")
    var lineBreaks: [Int] = []
    let candidates = QuoteScanner.scan(text, lineBreaks: &lineBreaks)
    let flags = EchoedMarks.flags(text, candidates: candidates)
    let echoed = zip(candidates, flags).filter { $0.1 }.map { text[$0.0.inner] }
    #expect(echoed == ["Beine"])
}
