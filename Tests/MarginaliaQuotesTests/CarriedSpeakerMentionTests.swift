import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A speaker carried over from an earlier paragraph whom the quote's own paragraph names before the
// quote is shown by that nearer mention, the one a reader sees next to the quote.

@Test func aCarriedSpeakerIsShownByTheMentionInTheQuotesParagraph() {
    let text = "Finanzminister Karl Heller stellte am Montag den Haushalt vor. „Wir sparen, wo wir können“, sagte Heller.\n\nAn die Adresse der Länder hatte Heller Gutes zu berichten. Erstmals sei der Haushalt „ohne neue Schulden“ ausgeglichen."
    let entities = [mention("Karl Heller", in: text, type: .PER)]
    let (article, found) = quotes(in: text, entities: entities)
    #expect(found.count == 2)
    let paragraphTwo = Array(text.unicodeScalars).count - Array("Heller Gutes zu berichten. Erstmals sei der Haushalt „ohne neue Schulden“ ausgeglichen.".unicodeScalars).count
    #expect(found.last?.speaker?.span.start == paragraphTwo)
    #expect(found.last?.speaker.map { article[$0.span] } == "Heller")
}

@Test func aCarriedSpeakerNotNamedInTheParagraphKeepsItsMention() {
    let text = "Finanzminister Karl Heller stellte am Montag den Haushalt vor. „Wir sparen, wo wir können“, sagte Heller.\n\nDie Länder hatten Gutes zu berichten. Erstmals sei der Haushalt „ohne neue Schulden“ ausgeglichen."
    let entities = [mention("Karl Heller", in: text, type: .PER)]
    let (_, found) = quotes(in: text, entities: entities)
    #expect(found.count == 2)
    #expect((found.last?.speaker?.span.start ?? Int.max) < Array("Finanzminister Karl Heller stellte am Montag den Haushalt vor. „Wir sparen, wo wir können“, sagte Heller.".unicodeScalars).count)
}
