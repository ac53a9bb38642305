import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Lower-case fragments in marks joined by "und"/"oder" are words picked from what someone said.

@Test func twoCoordinatedLowercaseFragmentsAreQuotes() {
    let text = "Der Plan des Vorstands bestehe aus „kurzfristigen“ und „langfristigen“ Schritten. Die Belegschaft wartet ab."
    #expect(quotedTexts(text) == ["kurzfristigen", "langfristigen"])
}

@Test func aFragmentJoinedByOderToAnotherIsAQuote() {
    let text = "Viele Befragte hielten die Versorgung auf dem Land für „eher schwach“ oder „mangelhaft“. Die Umfrage lief im Mai."
    #expect(quotedTexts(text) == ["eher schwach", "mangelhaft"])
}

@Test func coordinatedCodesWithDigitsAreNoQuotes() {
    #expect(quotedTexts("Auf der Linie fahren wieder die Wagen „b7“ und „b8“.").isEmpty)
}

@Test func coordinatedTermsWithAnArticleGetNoCoordinationEvidence() {
    let text = ArticleText("Das Stück erzählt vom Kampf zwischen „dem Hellen“ und „dem Dunklen“ in einer kleinen Stadt.")
    let decisions = QuoteDetection.decisions(text, segmentation: Segmenter.segment(text, language: .de), entities: [], language: .de)
    #expect(decisions.count == 2)
    #expect(decisions.allSatisfy { !$0.explanation.contains("coordinatedFragment") })
}

@Test func coordinatedCapitalisedNamesStayNames() {
    #expect(quotedTexts("Im Hafen liegen die Fähren „Nordlicht“ und „Seestern“.").isEmpty)
}
