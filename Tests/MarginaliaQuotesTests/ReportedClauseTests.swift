import Testing
@testable import MarginaliaQuotes

// Two clause frames around a quote with no speech verb of its own:
// - a relative clause opened by in/auf whose verb says that words stand there ("…, in dem es
//   heißt:", "…, auf dem geschrieben stand:") reads the quote off its antecedent, the text;
// - in reported speech (Konjunktiv, hearsay "sollen") the clause's subject is what the report is
//   about, not who speaks.

@Test func aRelativeClauseWithHeißtEsNamesTheText() {
    let text = "Die Stiftung verwies auf ein älteres Gutachten, in dem es unter anderem heißt: „Die Kosten steigen bis 2030 um ein Drittel.“"
    #expect(speakers(text) == ["ein älteres Gutachten"])
}

@Test func aRelativeClauseMovedBehindTheVerbStillNamesItsText() {
    let text = "Am Tor musste jeder Besucher ein Schild tragen, auf dem geschrieben stand: „Ich bin Gast.“"
    #expect(speakers(text) == ["ein Schild"])
}

@Test func aRelativeClauseClosedBeforeTheQuoteIsNoSource() {
    let text = "Der Bericht, in dem es um die Kosten geht, wurde von der Ministerin als „übertrieben“ bezeichnet."
    #expect(speakers(text) == ["der Ministerin"])
}

@Test func aRelativeClauseAnnouncingTheNextParagraph() {
    let text = "Die Kammer verwies auf den Vertrag, in dem es heißt:\n\n„Beide Seiten verzichten auf jede Gewalt.“"
    #expect(speakers(text) == ["den Vertrag"])
}

@Test func theSubjectOfHearsaySollenIsNoSpeaker() {
    let text = "Der Verband stellte weitere Forderungen an den Trainer. So soll der Trainer künftig „keine Werbeverträge mehr“ abschließen."
    #expect(!speakers(text).contains("der Trainer"))
}

@Test func aThingInReportedSpeechBeforeAColonAnnouncesNoQuote() {
    // A body named in the genitive does not make "die Pflichten" speak.
    let text = "Die Ministerin äußerte sich am Montag. Die Pflichten der Regierung seien im Vertrag klar festgelegt: „Wir halten uns an das Recht.“"
    #expect(speakers(text) == ["Die Ministerin"])
}

@Test func inTheIndicativeTheSubjectBeforeAColonStillSpeaks() {
    let text = "Die Ministerin äußerte sich am Montag zu dem Plan. Die Regierung ist sich einig: „Wir halten uns an das Recht.“"
    #expect(speakers(text) == ["Die Regierung"])
}
