import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Short fragments in marks that a speaker's clause holds are that speaker's words (issue 16);
// names, titles, terms and places in marks stay no quote. Sentences written for these tests.

@Suite struct AttributedFragmentTests {
    // A verb of saying or judging with a speaker as its subject.

    @Test func predicateAfterNennen() {
        #expect(quotedTexts("Der Bürgermeister nannte den Umbau eine „Zumutung“.") == ["Zumutung"])
    }

    @Test func objectOfVorwerfen() {
        #expect(quotedTexts("Die Sprecherin warf dem Vorstand „Wortbruch“ vor.") == ["Wortbruch"])
    }

    @Test func sprechenVonWithTheSpeakerAfterTheVerb() {
        #expect(quotedTexts("Von einer „Zäsur“ sprach die Ministerin am Montag.") == ["Zäsur"])
    }

    @Test func objectOfKritisieren() {
        #expect(quotedTexts("Die Ministerin kritisierte die „Kurzsichtigkeit“ der Planer.") == ["Kurzsichtigkeit"])
    }

    @Test func bezeichnenAls() {
        #expect(quotedTexts("Die Richterin bezeichnete das Vorgehen als „Willkür“.") == ["Willkür"])
    }

    @Test func subjectBeforeAnApposition() {
        let text = "Klara Beispiel, Sprecherin des Vereins, sprach von einer „Gefahr für die Ufer“."
        let entities = [mention("Klara Beispiel", in: text, type: .PER)]
        #expect(quotedTexts(text, entities: entities) == ["Gefahr für die Ufer"])
    }

    // What a speaker is reported to have said.

    @Test func konjunktivClauseAfterASpeechVerb() {
        #expect(quotedTexts("Die Ministerin sagte, der Umbau sei eine „Zumutung“ für die Anwohner.") == ["Zumutung"])
    }

    @Test func clauseRightAfterTheSpeechClauseInAnyMood() {
        #expect(quotedTexts("Der Bürgermeister hat behauptet, die Gemeinden kämen nur durch „Tricks“ an das Geld.") == ["Tricks"])
    }

    @Test func reportedSpeechGoesOnFromTheSentenceBefore() {
        #expect(quotedTexts("Die Trainerin sagte am Sonntag einiges. Es sei ein „Rückschlag“ gewesen.") == ["Rückschlag"])
    }

    // No speaker's words: names, titles, terms, places and addressees.

    @Test func addresseeOfTheSpeechVerbIsNoQuote() {
        #expect(quotedTexts("Der Minister sagte der „Zeit“, er sehe keinen Anlass zur Sorge.").isEmpty)
    }

    @Test func whereSomethingWasSaidIsNoQuote() {
        #expect(quotedTexts("Der Minister sprach im „Spiegel“ über die Lage.").isEmpty)
    }

    @Test func attributiveParticipleNamesATerm() {
        #expect(quotedTexts("Die als „Sonnenwind“ bezeichnete Strömung erreicht die Erde.").isEmpty)
    }

    @Test func agentlessPassiveNamesATerm() {
        #expect(quotedTexts("Der Teilchenstrom wird als „Sonnenwind“ bezeichnet.").isEmpty)
    }

    @Test func titleOfABookStaysATitle() {
        #expect(quotedTexts("Die Ministerin las aus dem Roman „Der Sturm“ vor.").isEmpty)
    }

    @Test func nameAfterItsNounIsNoQuote() {
        #expect(quotedTexts("Der Präsident besuchte das Restaurant „Krone“ in der Altstadt.").isEmpty)
        #expect(quotedTexts("Der Verband veröffentlichte die Broschüre „Wohnen“ am Montag.").isEmpty)
    }

    @Test func scareQuoteWithNoSpeakerIsNoQuote() {
        #expect(quotedTexts("Das Gerät gilt als „Wunderwaffe“ der Branche.").isEmpty)
    }

    @Test func soGenannteGivesATerm() {
        #expect(quotedTexts("Die Ministerin kritisierte die so genannten „Ausnahmen“.").isEmpty)
    }

    @Test func fragmentThatIsTheSpeakerIsNoQuote() {
        // After a quote, the verb opening the clause has its subject right after it.
        let texts = quotedTexts("„Wir bleiben bei unserem Plan“, zitiert die „Wochenpost“ die Ministerin.")
        #expect(texts == ["Wir bleiben bei unserem Plan"])
    }

    @Test func brandNameInASpeakerClauseStaysAName() {
        #expect(quotedTexts("Der Hersteller nannte die Modelle „Zefiro“ und „Tramonto“ als Beispiele.").isEmpty)
    }

    @Test func fragmentInAQuestionIsNoReport() {
        #expect(quotedTexts("Hat der Minister den Plan wirklich eine „Zumutung“ genannt?").isEmpty)
    }
}

// Spaces inside the marks, in every style the scanner knows.
@Suite struct SpacedMarkStyleTests {
    @Test(arguments: [
        "„ Wir prüfen den Antrag. ”", "„ Wir prüfen den Antrag. \"", "» Wir prüfen den Antrag. «",
        "« Wir prüfen den Antrag. »", "\" Wir prüfen den Antrag. \"", "“ Wir prüfen den Antrag. ”",
        "‚ Wir prüfen den Antrag. ‘", "\"Wir prüfen den Antrag. \"", "\" Wir prüfen den Antrag.\"",
    ])
    func spacedQuoteIsFoundAndTrimmed(_ quoted: String) {
        #expect(quotedTexts("Die Sprecherin sagte: \(quoted) Danach ging sie.") == ["Wir prüfen den Antrag."])
    }

    @Test func spacedFragmentInTypewriterMarks() {
        #expect(quotedTexts("Der Minister nannte den Plan \" unsinnig \" und ging.") == ["unsinnig"])
    }

    @Test func strayTypewriterMarkWithSpacesQuotesNothing() {
        #expect(quotedTexts("Die Sprecherin sagte \" nichts dazu.").isEmpty)
    }
}

// Titles, mottos and labels whatever their shape.
@Suite struct TitleAndLabelTests {
    @Test func aSentenceAfterMottoIsATitle() {
        #expect(quotedTexts("Die Schüler zogen unter dem Motto „Wir bleiben hier, wir geben nicht auf!“ durch die Stadt.").isEmpty)
    }

    @Test func aCompoundTitleNounNamesToo() {
        #expect(quotedTexts("Das Programm lief unter dem Codenamen „Blauer Reiher“ an.").isEmpty)
    }

    @Test func giltAlsGivesALabel() {
        #expect(quotedTexts("Der Fischer galt im Dorf als „letzter Leuchtturmwärter“.").isEmpty)
    }

    @Test func aVerdictAfterAlsWithAJudgingVerbStaysAQuote() {
        #expect(quotedTexts("Die Ärztin wertete den Befund als „ernstes Warnzeichen“.") == ["ernstes Warnzeichen"])
    }

    @Test func worksGivenAsExamplesAreTitles() {
        #expect(MediaNounFrame.isMediaNoun("stücke"))
        #expect(quotedTexts("Der Chor sang Stücke wie „Der Mond ist aufgegangen“ am Abend.").isEmpty)
    }
}

@Test func theTopicSpokenAboutIsNoQuote() {
    #expect(quotedTexts("„Das war ein guter Tag“, sagte die Trainerin zum „Abschied“ ihrer Kapitänin.") == ["Das war ein guter Tag"])
}

@Test func anInterlocutorIsNoQuote() {
    #expect(quotedTexts("Der Minister sagte im Interview mit der „Zeit“, der Plan sei gut.").isEmpty)
}

@Test func aNameAfterANounInAPlaceIsNoQuote() {
    #expect(quotedTexts("Der Minister sprach in der Gaststätte „Krone“ über die Lage.").isEmpty)
}

@Test func aFragmentAfterADativeObjectIsAQuote() {
    #expect(quotedTexts("Der Kanzler warf der Opposition „Schwarzmalerei“ vor.") == ["Schwarzmalerei"])
}

@Test func aCompoundEndingInACommonNounIsCommonWords() {
    #expect(FragmentFrame.endsInListedNoun("Hinhaltetaktik"))
    #expect(!FragmentFrame.endsInListedNoun("Zefiro"))
    #expect(quotedTexts("Der Bürgermeister warnte vor einer „Hinhaltetaktik“ der Verwaltung.") == ["Hinhaltetaktik"])
}

// A source in the fragment's clause ("laut X", "X zufolge", "nach Angaben von X").
@Suite struct SourcedFragmentTests {
    @Test func lautWithAPerson() {
        #expect(quotedTexts("Laut dem Minister ist die Lage „ernst“.") == ["ernst"])
    }

    @Test func zufolgeWithARole() {
        #expect(quotedTexts("Der Ministerin zufolge ist der Plan eine „Zumutung“.") == ["Zumutung"])
    }

    @Test func nachAngabenDerPolizei() {
        #expect(quotedTexts("Nach Angaben der Polizei war die Stimmung „aufgeheizt“.") == ["aufgeheizt"])
    }

    @Test func aSourceOfAnotherClauseDoesNotReachTheFragment() {
        #expect(quotedTexts("Laut Polizei wurde ein Mann gefasst, der sich als „Ordner“ ausgab.").isEmpty)
    }
}
