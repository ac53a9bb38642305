import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// The speaker still reporting: a paragraph in reported speech (Konjunktiv, hearsay "soll") with
// no speaker of its own goes on reporting the speaker of the paragraph before, until an
// indicative sentence or another speaker breaks the report; and a sentence whose subject after
// the finite verb is a named person or organisation moves the news on to them.

@Test func reportedSpeechGoesOnReportingThePreviousParagraphsSpeaker() {
    // Not the next sentence's speaker, who has a quote of her own.
    let text = "Der Verband der Gemeinden erklärte am Montag, die Kosten seien zu hoch.\n\n"
        + "Die Auflagen aus dem Entwurf seien „für kleine Gemeinden völlig unzumutbar“. Die Bürgermeisterin warnte dagegen: „Wir brauchen die Regeln.“"
    #expect(speakers(text) == ["Der Verband der Gemeinden", "Die Bürgermeisterin"])
}

@Test func hearsaySollenGoesOnReportingThePreviousParagraphsSpeaker() {
    let text = "„Die Polizei bekommt endlich die Mittel, die sie braucht“, sagte der Innenminister bei der Vorstellung.\n\n"
        + "Künftig soll die Polizei bei einem „besonders hohen Risiko für die Bürger“ filmen dürfen."
    #expect(speakers(text) == ["der Innenminister", "der Innenminister"])
}

@Test func aStudyGoesOnReportingInTheNextParagraph() {
    let text = "Laut einer Studie der Landesbank verdienen Frauen in der Region weniger als Männer.\n\n"
        + "Besonders betroffen seien Frauen in „kleinen Betrieben“ auf dem Land."
    #expect(speakers(text) == ["einer Studie der Landesbank"])
}

@Test func anIndicativeSentenceBreaksTheReport() {
    let text = "Der Verband der Gemeinden erklärte am Montag, die Kosten seien zu hoch.\n\n"
        + "Die Stadt plant nun einen neuen Haushalt. Die Auflagen aus dem Entwurf seien „für kleine Gemeinden völlig unzumutbar“."
    let found = speakers(text)
    #expect(found.count == 1 && found != ["Der Verband der Gemeinden"])
}

@Test func aSpeakerOfTheParagraphsOwnBreaksTheReport() {
    let text = "Der Verband der Gemeinden erklärte am Montag, die Kosten seien zu hoch.\n\n"
        + "Beobachter erklärten dagegen, die Lage sei ernst. Die Auflagen aus dem Entwurf seien „für kleine Gemeinden völlig unzumutbar“."
    #expect(speakers(text) == ["Beobachter"])
}

@Test func aNamedSubjectAfterTheVerbTakesOverTheReport() {
    let text = "„Wir sind bereit“, sagte der Sprecher des Verbandes. Am Rande der Sitzung nahm jetzt auch die Ministerin des Landes, "
        + "Eva Muster (SPD), zu der Frage Stellung. Jede Schule könne „das Geld auch später abrufen“."
    let entities = [mention("Eva Muster", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["der Sprecher des Verbandes", "die Ministerin des Landes, Eva Muster"])
}

@Test func aNamedOrganisationAfterTheVerbTakesOverTheReport() {
    let text = "„Das Gesetz ist gut“, sagte die Sprecherin des Ministeriums. Scharf kritisieren dagegen die Grünen den Entwurf. "
        + "Damit würde „ein bedenklicher Schritt hin zum Überwachungsstaat“ vollzogen."
    let entities = [mention("Grünen", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["die Sprecherin des Ministeriums", "die Grünen"])
}

@Test func aNounAfterTheNamedSubjectIsNoPartOfIt() {
    // "hatte X Positives zu vermelden": the subject is the name, not "X Positives".
    let text = "„Die Lage ist ernst“, sagte die Sprecherin. Am Montag hatte Karl Muster Positives zu vermelden. "
        + "Erstmals sei der Haushalt „ohne neue Schulden“ geplant."
    let entities = [mention("Karl Muster", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["die Sprecherin", "Karl Muster"])
}

@Test func theSpeakerStillTalkingIsNamedByTheNearestSubjectPronoun() {
    let text = "„Wir halten an dem Plan fest“, sagte Karl Muster am Montag. Als ein Reporter ihn auf die Kosten ansprach, "
        + "reagierte er gereizt. „Hören Sie auf, meine Worte zu verdrehen.“"
    let entities = [mention("Karl Muster", in: text, type: .PER)]
    let (_, found) = quotes(in: text, entities: entities)
    #expect(found.map { $0.speaker?.text ?? "-" } == ["Karl Muster", "er"])
    #expect(found.map { $0.speaker?.canonical ?? "-" } == ["Karl Muster", "Karl Muster"])
}

@Test func aPronounOfTheOtherGenderDoesNotNameTheSpeaker() {
    let text = "„Wir halten an dem Plan fest“, sagte Eva Muster am Montag. Als ein Reporter ihn auf die Kosten ansprach, "
        + "reagierte er gereizt. „Hören Sie auf, meine Worte zu verdrehen.“"
    let entities = [mention("Eva Muster", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Eva Muster", "Eva Muster"])
}
