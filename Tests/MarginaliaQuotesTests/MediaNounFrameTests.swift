import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A media or work noun next to the marks names a title; with a verb between, the marks quote.

/// The evidence names of the first pair of marks in `string`.
@Test func inflectedAndHyphenatedMediaNounsAreRecognised() {
    #expect(MediaNounFrame.isMediaNoun("wochenmagazines"))
    #expect(MediaNounFrame.isMediaNoun("zeitungen"))
    #expect(MediaNounFrame.isMediaNoun("klima-dokumentation"))
    #expect(MediaNounFrame.isMediaNoun("ard-vorabendserie"))
    // Endings come off nouns only: "planen" is a verb, not the plural of "Plan".
    #expect(!MediaNounFrame.isMediaNoun("planen", capitalised: false))
    #expect(!MediaNounFrame.isMediaNoun("sagte"))
}

@Test func workNounNextToTheMarksNamesATitle() {
    let text = "Am Abend lief ihre preisgekrönte Klima-Dokumentation „Ein Sommer ohne Regen“ im Kino am Markt."
    #expect(firstExplanation(text).contains("mediaNounBefore"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func articleBetweenNounAndMarksStillNamesATitle() {
    #expect(firstExplanation("Das steht im Magazin der „Rheinischen Rundschau“ vom Montag.").contains("mediaNounBefore"))
}

@Test func colonAfterMottoNamesATitle() {
    #expect(firstExplanation("Der Verein (Motto: „Gemeinsam sind wir stark“) lud zum Fest.").contains("mediaNounBefore"))
}

@Test func verbBetweenMediaNounAndMarksIsAQuote() {
    let text = "Die neue Version des Programms verspricht „schnellere Suche ohne lästige Werbung“ für alle Nutzer."
    #expect(!firstExplanation(text).contains("mediaNounBefore"))
}

@Test func verdictAfterAReportNounIsAQuote() {
    let text = "Der Sprecher nannte den Bericht eine „Zeitungsente“ und wies ihn zurück."
    #expect(!firstExplanation(text).contains("mediaNounBefore"))
    #expect(quotedTexts(text) == ["Zeitungsente"])
}

@Test func aWorkNamedWithoutASpeechCueIsATitle() {
    #expect(quotedTexts("Die Band spielte ihren Hit „Ich will nicht nach Hause“ als Zugabe.").isEmpty)
    #expect(quotedTexts("The band closed with their hit “I Will Not Go Home” on Friday.", language: .en).isEmpty)
    // With a speech cue the same frame quotes: "mit den Worten".
    #expect(quotedTexts("Er verabschiedete sich mit den Worten: „Ich komme wieder, versprochen.“") == ["Ich komme wieder, versprochen."])
}

@Test func workNounRightAgainstTheMarksNamesALowerCaseTitle() {
    let text = "Nach einem Bericht des Wochenmagazins „kunst, technik und alltag“ sind die Preise gestiegen, sagte er."
    #expect(firstExplanation(text).contains("worksNounAgainst"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func campaignNounBeforeALowerCaseFragmentIsNoWorkNoun() {
    // A campaign or project noun is no work: what it says may well be quoted.
    #expect(!firstExplanation("Der Minister sprach von einer Kampagne „gegen die eigenen Leute“.").contains("worksNounAgainst"))
}
