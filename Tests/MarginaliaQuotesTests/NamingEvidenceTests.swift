import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Web addresses, names that open with what they name, and terms given by "nennt sich" or
// "nennt man" are not quotations.

@Test func webAddressesAreNameShaped() {
    #expect(NamingEvidence.isWebAddress("nachrichten.example.org"))
    #expect(NamingEvidence.isWebAddress("wetterdienst.de"))
    #expect(!NamingEvidence.isWebAddress("z.B."))
    #expect(!NamingEvidence.isWebAddress("u.a."))
    #expect(quotedTexts("Die Texte sind auf „stadtforum-nord.net“ wieder abrufbar, schreibt der Verein.").isEmpty)
}

@Test func aNameOpeningWithItsKindIsNotAQuote() {
    #expect(NamingEvidence.opensWithNameHead(["3.", "Internationaler", "Fahrradkongress", "der", "Stadt", "Ulm"]))
    #expect(NamingEvidence.opensWithNameHead(["Oberste", "Rat", "für", "Wasserwirtschaft"]))
    #expect(NamingEvidence.opensWithNameHead(["Gesetz", "zur", "Förderung", "kleiner", "Brauereien"]))
    // A statement's noun phrase opens with an ordinary noun.
    #expect(!NamingEvidence.opensWithNameHead(["Gefahr", "für", "Leib", "und", "Leben"]))
    #expect(!NamingEvidence.opensWithNameHead(["schwere", "Fehler", "der", "Regierung"]))
    let text = "Die Brauereien fallen unter ein „Gesetz zur Förderung kleiner Brauereien im ländlichen Raum“ des Landes."
    #expect(firstExplanation(text).contains("nameHead"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func aSentenceOpeningWithANameHeadStaysAQuote() {
    let text = "Der Minister sagte: „Gesetz ist Gesetz, und daran halten wir uns.“"
    #expect(!firstExplanation(text).contains("nameHead"))
    #expect(quotedTexts(text) == ["Gesetz ist Gesetz, und daran halten wir uns."])
}

@Test func nenntSichAndNenntManGiveANameNotAQuote() {
    let fest = "Im Sommer findet das Fest wieder statt. Dann nennt es sich „stadtklang 9“ und dauert eine Woche."
    #expect(firstExplanation(fest).contains("namingCueBefore"))
    #expect(!firstExplanation(fest).contains("cueFrame"))
    #expect(quotedTexts(fest).isEmpty)
    let term = "Die Bank teilt jede Aktie in drei. Das nennt man einen „Aktientausch“ unter Fachleuten."
    #expect(quotedTexts(term).isEmpty)
}

@Test func aVerdictWithNennenStaysAQuote() {
    let text = "Der Bürgermeister nennt die Lage „völlig unhaltbar“ und fordert Hilfe vom Land."
    #expect(!firstExplanation(text).contains("namingCueBefore"))
    #expect(quotedTexts(text) == ["völlig unhaltbar"])
}

@Test func aTitleWithASubtitleIsNotAQuote() {
    let text = "Der Sender nannte auch den Titel der Reihe: „Lübeck – Stadt am Hafen“. Sie beginnt im Mai."
    #expect(firstExplanation(text).contains("titleWithSubtitle"))
    #expect(quotedTexts(text).isEmpty)
}

@Test func aStatementWithADashStaysAQuote() {
    let text = "Die Sprecherin sagte: „Wir bleiben hier – egal, was die Stadt beschließt.“"
    #expect(!firstExplanation(text).contains("titleWithSubtitle"))
    #expect(quotedTexts(text) == ["Wir bleiben hier – egal, was die Stadt beschließt."])
}

@Test func aNamingVerbRightBeforeTheMarksAnnouncesAName() {
    #expect(quotedTexts("The beetle, which the researchers named “the little lantern” after its glow, lives in caves.", language: .en).isEmpty)
    #expect(quotedTexts("Der Käfer, den die Forscher „kleine Laterne“ nennen, lebt in Höhlen. Sein Name lautet „leuchtender Höhlenkäfer“.").isEmpty)
}

@Test func nameSomethingGivesItselfIsNoQuote() {
    let text = "Am Abend trat der „Rat für Einheit und Erneuerung des Landes“, wie sich die Offiziere selbst nennen, vor die Presse."
    #expect(quotedTexts(text).isEmpty)
}

@Test func wordSomeoneUsedWithWieEsNannteStaysAQuote() {
    let text = "Die Ministerin sprach von einer „schweren Stunde für unser ganzes Land“, wie sie es nannte."
    #expect(quotedTexts(text) == ["schweren Stunde für unser ganzes Land"])
}

@Test func lowerCaseCompanyNameWithLegalFormIsNoQuote() {
    #expect(NamingEvidence.endsWithLegalForm(["nord", "wind", "ag"]))
    #expect(!NamingEvidence.endsWithLegalForm(["ag"]))
    let text = "Ein Vertreter der „nordwind solar ag“ sagte, man sei zufrieden mit dem Jahr."
    #expect(quotedTexts(text).isEmpty)
}
