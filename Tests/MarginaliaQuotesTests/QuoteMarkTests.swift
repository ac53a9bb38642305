import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Detection of the quotation marks themselves: every style, nesting, apostrophes, bounds.

@Test func germanLowHighQuotes() {
    #expect(quotedTexts("Der Minister sagte: „Wir werden die Steuern nicht erhöhen.“") == ["Wir werden die Steuern nicht erhöhen."])
}

@Test func germanGuillemetsPointingInward() {
    #expect(quotedTexts("Die Ärztin sagte: »Wir haben alles versucht, was möglich war.«") == ["Wir haben alles versucht, was möglich war."])
}

@Test func swissGuillemetsPointingOutward() {
    #expect(quotedTexts("Der Sprecher sagte: «Wir haben die Lage unter Kontrolle.»") == ["Wir haben die Lage unter Kontrolle."])
}

@Test func germanSingleQuotesAlone() {
    #expect(quotedTexts("Die Trainerin sagte: ‚Wir spielen auf Sieg und nichts anderes.‘") == ["Wir spielen auf Sieg und nichts anderes."])
}

@Test func englishCurlyDoubleQuotes() {
    #expect(quotedTexts("“We will rebuild the bridge by spring,” the mayor said.", language: .en) == ["We will rebuild the bridge by spring,"])
}

@Test func englishCurlySingleQuotes() {
    #expect(quotedTexts("The coach said: ‘We played our best game of the season.’", language: .en) == ["We played our best game of the season."])
}

@Test func typewriterDoubleQuotes() {
    #expect(quotedTexts("\"We are not going anywhere,\" the protesters said.", language: .en) == ["We are not going anywhere,"])
}

@Test func typewriterSingleQuotes() {
    #expect(quotedTexts("The captain said: 'We will sail at dawn, whatever the weather.'", language: .en) == ["We will sail at dawn, whatever the weather."])
}

@Test func nestedQuoteStaysInsideItsOuterQuote() {
    let found = quotedTexts("Sie sagte: „Der Slogan ‚Mehr Licht‘ hat uns viele Stimmen gebracht.“")
    #expect(found == ["Der Slogan ‚Mehr Licht‘ hat uns viele Stimmen gebracht."])
}

@Test func englishNestedSingleQuotes() {
    let found = quotedTexts("“They kept chanting ‘no more cuts’ for an hour,” the officer said.", language: .en)
    #expect(found == ["They kept chanting ‘no more cuts’ for an hour,"])
}

@Test func apostrophesAreNotQuotes() {
    let found = quotedTexts("“It's the third time we've lost power this year,” she said. The Joneses’ house was dark, and O’Neill’s shop closed.", language: .en)
    #expect(found == ["It's the third time we've lost power this year,"])
}

@Test func inchAndFootMarksAreNotQuotes() {
    let found = quotedTexts("The player is 6'2\" tall and uses a 12\" tablet. \"He is the best defender we have,\" the coach said.", language: .en)
    #expect(found == ["He is the best defender we have,"])
}

@Test func loneOpeningMarkDoesNotSwallowTheRest() {
    let text = "Der Sprecher sagte: „Wir prüfen das noch\n\nIm zweiten Absatz sagte die Ministerin: „Das Gesetz kommt im Mai.“\n\nDritter Absatz ohne Zitat."
    let (article, found) = quotes(in: text)
    #expect(found.map { $0.spans.map { article[$0] }.joined() } == ["Das Gesetz kommt im Mai."])
    // No quote crosses a paragraph boundary.
    for quote in found { for span in quote.spans { #expect(!article[span].contains("\n")) } }
}

@Test func loneOpeningMarkBeforeAPairInTheSameParagraph() {
    let found = quotedTexts("Die Partei schrieb „vorläufig und dann erklärte der Vorsitzende: „Wir treten an.“ Mehr sagte er nicht.")
    #expect(found == ["Wir treten an."])
}

@Test func quoteRunningOverParagraphs() {
    let text = "The minister said: “We will cut taxes for families.\n\n“We will also invest in schools and hospitals.”\n"
    let (article, found) = quotes(in: text, language: .en)
    #expect(found.count == 1)
    #expect(found.first?.spans.map { article[$0] } == ["We will cut taxes for families.", "We will also invest in schools and hospitals."])
}

@Test func quoteSpanExcludesTheMarks() {
    let (article, found) = quotes(in: "Er sagte: „Wir kommen morgen wieder.“")
    let span = found[0].spans[0]
    #expect(article[Span(span.start - 1, span.start)] == "„")
    #expect(article[Span(span.end, span.end + 1)] == "“")
}
