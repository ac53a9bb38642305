import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// What around the marks speaks, and what only looks like it: "als" alone, an abbreviation in
// brackets, a longer fragment in a speaker's clause, a trailing ", sagte X", the generic "man".

@Test func alsWithoutAVerbOfJudgingGivesARoleNotWords() {
    let text = "Viele reisen als „stille Gäste“ auf Frachtschiffen über das Meer."
    #expect(firstExplanation(text).contains("noSpeechContext"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func alsWithAVerbOfJudgingStaysAVerdict() {
    let text = "Die Ministerin bezeichnete den Entwurf als „schweren Fehler“."
    #expect(quotedTexts(text) == ["schweren Fehler"])
}

@Test func abbreviationOfTheMarkedWordsMakesAName() {
    let lower = "Er war Mitglied der verbotenen „freien Kameradschaft“ (fk) und wurde verurteilt."
    #expect(firstExplanation(lower).contains("acronymAfter"))
    #expect(quotedTexts(lower).isEmpty)
    let capitals = "Der Sprecher der „Vereinigten Fischer des Nordens“ (VFN) sagte nichts."
    #expect(firstExplanation(capitals).contains("acronymAfter"))
}

@Test func agencyCreditAfterAQuoteIsNoAbbreviation() {
    let text = "Der Minister sagte, die Lage sei „sehr ernst“ (AFP)."
    #expect(!firstExplanation(text).contains("acronymAfter"))
    #expect(quotedTexts(text) == ["sehr ernst"])
}

@Test func fiveWordFragmentInASpeakersClause() {
    let text = "Die Bürgermeisterin beklagte eine wachsende „Kluft zwischen Stadt und Land“ in der Region."
    #expect(firstExplanation(text).contains("speakerClause"))
    #expect(quotedTexts(text) == ["Kluft zwischen Stadt und Land"])
}

@Test func namedMarksGetNoFrame() {
    let text = "Am Morgen erklärte der neue „Rat zur Rettung der Republik“, wie sich die Offiziere selbst nennen, den Notstand."
    #expect(!firstExplanation(text).contains("speakerClause"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func reportedClauseAttributedAtTheEndOfTheSentence() {
    let text = "Das Urteil sei ein „Rückschlag“ gewesen, sagte die Anwältin."
    #expect(firstExplanation(text).contains("reportedClause"))
    #expect(quotedTexts(text) == ["Rückschlag"])
}

@Test func mainVerbAfterASubordinateClauseAttributesNothing() {
    let text = "Das Urteil sei ein „Rückschlag“ gewesen, bestritt jedoch niemand."
    #expect(!firstExplanation(text).contains("reportedClause"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func genericManQuotesNoOne() {
    let saying = "Das Dorf ist, wie man sagt, „ausgestorben“."
    #expect(!firstExplanation(saying).contains("reportedClause"))
    #expect(quotedTexts(saying).isEmpty)
    let thinking = "Den Fund hielt man damals für einen „Drachenknochen“."
    #expect(!firstExplanation(thinking).contains("cueFrame"))
    #expect(quotedTexts(thinking).isEmpty)
}

@Test func aPersonHoldingTheViewStillCounts() {
    let text = "Die Ministerin hielt den Plan für einen „Fehler“."
    #expect(firstExplanation(text).contains("cueFrame"))
    #expect(quotedTexts(text) == ["Fehler"])
}

@Test func labelSomeoneGivesThemselvesIsNoQuote() {
    let text = "Der Verein versteht sich als „offene Werkstatt“."
    #expect(firstExplanation(text).contains("labelVerbAls"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func callingOneselfSomethingStaysTheirWords() {
    let text = "Er bezeichnete sich als „Opfer einer Kampagne“."
    #expect(!firstExplanation(text).contains("labelVerbAls"))
    #expect(quotedTexts(text) == ["Opfer einer Kampagne"])
}

@Test func sourceAfterSoAttributesTheClauseBefore() {
    let text = "Die Männer wurden als „Feinde des Volkes“ verurteilt, so die Polizei."
    #expect(firstExplanation(text).contains("reportedClause"))
    #expect(quotedTexts(text) == ["Feinde des Volkes"])
}

@Test func singleTermBesideALongQuotationIsNoQuote() {
    let text = "Der Verband erklärte: „Wir werden die Rückzahlung der Stunden nicht länger hinnehmen.“ Künftig soll der Betrag mit fünf Prozent „verzinst“ werden."
    let found = quotedTexts(text)
    #expect(!found.contains("verzinst"))
    #expect(found.contains("Wir werden die Rückzahlung der Stunden nicht länger hinnehmen."))
}

@Test func phraseBesideALongQuotationStaysAQuote() {
    let text = "Der Verband erklärte: „Wir werden die Rückzahlung der Stunden nicht länger hinnehmen.“ Die Pläne gehen „völlig daneben“."
    #expect(quotedTexts(text).contains("völlig daneben"))
}
