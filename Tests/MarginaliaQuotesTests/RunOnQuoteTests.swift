import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A quotation that opens a paragraph and runs on over paragraphs without reopening marks, to a
// later paragraph ending with its closing mark, is one quotation with one span.

@Test func quoteRunsOnWithoutReopeningMarks() {
    let text = "Die Richterin wandte sich an das Publikum.\n\n„Wir haben lange beraten und sind uns sicher.\nBedenken Sie, dass niemand hier gewonnen hat.\n\nGehen Sie nun nach Hause.“\n\nDann schloss sie die Sitzung."
    let (article, found) = quotes(in: text)
    #expect(found.count == 1)
    #expect(found.first?.spans.map { article[$0] } == ["Wir haben lange beraten und sind uns sicher.\nBedenken Sie, dass niemand hier gewonnen hat.\n\nGehen Sie nun nach Hause."])
}

@Test func runOnQuoteMayHoldACutAndANestedQuote() {
    let text = "In der Satzung heißt es:\n\n„Der Verein darf folgende Mittel einsetzen:\n[…]\n4. Beiträge, die der Vorstand „angemessen“ nennt.“\n\nDer Vorstand widersprach."
    let (article, found) = quotes(in: text)
    #expect(found.map { $0.spans.map { article[$0] }.joined() }.contains { $0.hasPrefix("Der Verein darf") && $0.hasSuffix("nennt.") })
}

@Test func unclosedMarkBeforeAParagraphWithItsOwnPairRunsNowhere() {
    let text = "„Wir prüfen das noch.\n\nSpäter sagte die Ministerin „Nein“\n\nDritter Absatz ohne Zitat."
    let (article, found) = quotes(in: text)
    for quote in found { for span in quote.spans { #expect(!article[span].contains("\n")) } }
}

@Test func markInsideAParagraphDoesNotRunOn() {
    let text = "Der Sprecher sagte: „Wir prüfen das noch.\n\nDer zweite Absatz endet mit einem Zeichen.“"
    let (article, found) = quotes(in: text)
    for quote in found { for span in quote.spans { #expect(!article[span].contains("\n")) } }
}
