import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Fragment shapes and frames the quote judge used to misread (issue 16): a name in the genitive
// inside a speaker's phrase, a passive's agent, an apposition before the verb, MISC over common
// nouns, "hieß es", slogans and lists of titles. Sentences written for these tests.

@Suite struct FragmentShapeTests {
    @Test func genitiveNameAfterANounIsTheSpeakersPhrase() {
        #expect(quotedTexts("Die Ministerin nannte das Urteil eine „Verhöhnung Europas“.") == ["Verhöhnung Europas"])
        // After a noun for a work, the same shape is a title.
        #expect(quotedTexts("Sie las im Buch „Zukunft Europas“.").isEmpty)
    }

    @Test func passiveWithAnAgentWhoCanSpeak() {
        #expect(quotedTexts("Das Turnier wird von vielen als das „spannendste“ der letzten Jahre bezeichnet.") == ["spannendste"])
        // No one doing the judging: a term.
        #expect(quotedTexts("Das Turnier wird als das „schnellste“ bezeichnet.").isEmpty)
    }

    @Test func miscOverCommonNounsYieldsToTheSpeakersClause() {
        let text = "Klara Beispiel, Sprecherin des Vereins, sprach von einer „Gefahr für Leib und Leben“."
        let entities = [mention("Klara Beispiel", in: text, type: .PER), mention("Gefahr für Leib und Leben", in: text, type: .MISC)]
        #expect(quotedTexts(text, entities: entities) == ["Gefahr für Leib und Leben"])
    }

    @Test func miscWithoutAnIndefiniteArticleStaysAName() {
        let text = "Nach Angaben des Leiters von „Ärzte ohne Grenzen“ dauert die Krise an."
        #expect(quotedTexts(text, entities: [mention("Ärzte ohne Grenzen", in: text, type: .MISC)]).isEmpty)
    }

    @Test func copulaClauseGivingSomeonesView() {
        #expect(quotedTexts("Für die Bürgermeisterin ist die Lage am Fluss „bedrohlich“.") == ["bedrohlich"])
        #expect(quotedTexts("Was für den Trainer ein „Betriebsunfall“ war, nannten die Fans eine Blamage.") == ["Betriebsunfall"])
        // "für" with no one who could hold a view: no quote.
        #expect(quotedTexts("Für das Gebäude ist die Lage „ideal“.").isEmpty)
    }

    @Test func editorialBracketsMarkSomeonesAdaptedWords() {
        #expect(quotedTexts("Die Anlage fiel wegen „Störung[en] im Netz der Stadt“ aus.") == ["Störung[en] im Netz der Stadt"])
        #expect(quotedTexts("Der Bericht nennt einen „teuren und […] überflüssigen“ Umbau.") == ["teuren und […] überflüssigen"])
    }

    @Test func fragmentsJoinedByNichtNurSondernAuch() {
        #expect(quotedTexts("Dem Sänger wurden nicht nur ein „schiefer Ton“ sondern auch „falsche Texte“ vorgeworfen.")
            == ["schiefer Ton", "falsche Texte"])
    }

    @Test func aPaperOrAReportCanSpeak() {
        #expect(quotedTexts("Die Zeitungen hatten am Montag von der Notwendigkeit eines „Volksaufstandes“ gesprochen.") == ["Volksaufstandes"])
    }

    @Test func worksAndCollectionsAnnounceATitle() {
        #expect(quotedTexts("Das Ergebnis ist ihr Erstwerk: „Wir warten auf den Regen“.").isEmpty)
    }

    @Test func lowerCaseOutletBeforeWieBerichtetIsASource() {
        #expect(quotedTexts("Wie „netz aktuell“ berichtet, fiel der Dienst am Abend aus.").isEmpty)
    }

    @Test func impersonalHiessEsReportsASource() {
        #expect(quotedTexts("Wie es aus Kreisen der Regierung dazu ergänzend hieß, gebe es noch „Spielraum für Gespräche“.")
            == ["Spielraum für Gespräche"])
    }

    @Test func phraseOpenedByAPrepositionIsNoTitle() {
        #expect(quotedTexts("Die Zukunft des Vereins stehe „auf Messers Schneide“.") == ["auf Messers Schneide"])
        // An article opening the marks still reads as a nickname.
        #expect(quotedTexts("Der Boxer, von allen stets „der Große“ genannt, gewann.").isEmpty)
    }

    @Test func nounsEndingInNahmeAreCommonWords() {
        #expect(quotedTexts("Die Bauern berichteten über erste „Gebietsnahmen“ im Norden.") == ["Gebietsnahmen"])
    }

    @Test func titlesListedAfterANounForWorks() {
        let text = "Auf dem Programm standen Lieder wie „Wir lagen vor Madagaskar“, „Ich hab noch einen Koffer in Berlin“ und „Das ist die Liebe der Matrosen“."
        #expect(quotedTexts(text).isEmpty)
    }

    @Test func slogansAfterExamplesAndDemands() {
        #expect(quotedTexts("Vor dem Rathaus riefen sie Parolen wie zum Beispiel „Wir bleiben hier!“.") == ["Wir bleiben hier!"])
        #expect(quotedTexts("Die Demonstranten trugen Schilder mit Forderungen wie „Schluss mit dem Sparen“ und „Wir wollen mehr Lehrer“.")
            .contains("Wir wollen mehr Lehrer"))
    }

    @Test func sloganHoldingANameIsStillASlogan() {
        let text = "Vor dem Werkstor skandierte die Menge Parolen wie „Huber raus!“."
        #expect(quotedTexts(text, entities: [mention("Huber raus", in: text, type: .MISC)]) == ["Huber raus!"])
    }
}
