import Testing
import MarginaliaText
@testable import MarginaliaQuotes

@Test func groupsQuotationsBySpeakerInOrderOfFirstQuote() {
    let text = """
    „Wir sind bereit“, sagte Gewerkschaftschef Otto Rau. „Der Streik beginnt am Montag“, sagte Ministerin Eva Lind.

    Später sagte Rau: „Wir bleiben hart.“ Ein Zettel an der Tür: „Heute geschlossen.“
    """
    // "Rau" resolves to the full name given before; the note on the door is its own speaker.
    let (_, found) = quotes(in: text)
    let groups = SpeakerGroups.group(found)
    #expect(groups.map(\.speaker) == ["Otto Rau", "Eva Lind", "Zettel"])
    #expect(groups.map(\.quotations) == [[0, 2], [1], [3]])
}

@Test func quotationsWithoutSpeakerComeLast() {
    let speaker = SpeakerMention(span: Span(0, 3), text: "Rau", canonical: "Otto Rau")
    let quotes = [Quotation(spans: [Span(10, 20)]), Quotation(spans: [Span(30, 40)], speaker: speaker)]
    #expect(SpeakerGroups.group(quotes) == [SpeakerGroup(speaker: "Otto Rau", quotations: [1]), SpeakerGroup(speaker: nil, quotations: [0])])
}
