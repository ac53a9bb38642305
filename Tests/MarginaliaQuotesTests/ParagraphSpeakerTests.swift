import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// A paragraph that is only a quotation takes its speaker from the paragraph before.

@Test func aColonEndingTheParagraphAnnouncesTheQuotedParagraph() {
    let text = "Die Bürgermeisterin äußerte sich am Abend. Sie sagte:\n\n„Wir öffnen die Brücke im Herbst. Die Kosten trägt das Land.“"
    #expect(speakers(text) == ["Sie"])
}

@Test func aColonWithoutSpeechVerbAnnouncesTheQuotedParagraph() {
    let text = "Der Innenminister Paul Berger nahm am Dienstag Stellung:\n\n„Die Lage ist ernst, aber beherrschbar.“"
    #expect(speakers(text) == ["Der Innenminister Paul Berger"])
}

@Test func englishColonEndingTheParagraphAnnouncesTheQuote() {
    let text = "The mayor spoke to reporters on Monday. She said:\n\n“We will reopen the bridge in the autumn.”"
    #expect(speakers(text, language: .en) == ["She"])
}

@Test func theQuotingGoesOnInTheNextParagraph() {
    let text = "„Wir haben alles versucht“, sagte der Trainer nach dem Spiel.\n\n„Am Ende hat das Glück gefehlt.“"
    #expect(speakers(text) == ["der Trainer", "der Trainer"])
}

@Test func englishQuotingGoesOnInTheNextParagraph() {
    let text = "“We did everything we could,” the coach said after the match.\n\n“In the end we were unlucky.”"
    #expect(speakers(text, language: .en) == ["the coach", "the coach"])
}

@Test func theSpeakerReportedInThePreviousParagraphSaysTheQuote() {
    let text = "Der Gewerkschaftschef Jan Vogt kritisierte die Pläne scharf. Die Regierung habe die Beschäftigten getäuscht.\n\n„Das ist ein Schlag ins Gesicht aller Pflegekräfte.“"
    #expect(speakers(text) == ["Der Gewerkschaftschef Jan Vogt"])
}

@Test func aParagraphOfReportedSpeechGoesOnWithTheSpeakerBefore() {
    let text = "„Wir brauchen eine stabile Mehrheit“, sagte die Präsidentin.\n\n"
        + "Nach vielen Gesprächen sei sie zu dem Schluss gekommen, dass es keine Alternative gebe. „Ich habe mich entschieden.“"
    #expect(speakers(text) == ["die Präsidentin", "die Präsidentin"])
}

@Test func aParagraphOpeningWithNarrationDoesNotTakeTheSpeakerBefore() {
    let text = "„Wir haben alles versucht“, sagte der Trainer.\n\nDer Verein steht auf dem vorletzten Platz. Die Fans nennen das „eine Katastrophe“."
    #expect(speakers(text).first == "der Trainer")
    #expect(speakers(text).dropFirst().allSatisfy { $0 != "der Trainer" })
}

@Test func aColonAfterAListHeadingAnnouncesNoSpeaker() {
    let text = "Die Forderungen der Streikenden im Überblick:\n\n„Mehr Lohn für alle Beschäftigten und kürzere Arbeitszeiten.“"
    #expect(speakers(text) == ["-"])
}
