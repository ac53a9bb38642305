import Testing
@testable import MarginaliaQuotes

// German word order: finding the finite verb (not an adjective) and the subject after it.

@Test func anAdjectiveAfterAPrepositionIsNotTheFiniteVerb() {
    let text = "Zur aktuellen Lage des Vereins wird Präsident Ole Brandt auf der Website zitiert: „Wir sind auf einem guten Weg.“"
    #expect(speakers(text) == ["Präsident Ole Brandt"])
}

@Test func dessenBeforeTheSubjectAfterTheVerb() {
    let text = "Nach Berichten über eine mögliche Verschiebung teilte dessen Sprecher mit: „Der Termin steht fest.“"
    #expect(speakers(text) == ["dessen Sprecher"])
}

@Test func aLongSubjectInAWieClause() {
    let text = "Wie der Finanzminister Jan Kohl am Dienstag in Berlin erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für den Handel mit Europa“."
    #expect(speakers(text) == ["der Finanzminister Jan Kohl"])
}

@Test func theSubjectOfARelativeClauseClosedByTheSpeechVerb() {
    let text = "Die Regierung verfehlte die Marke, die der Kanzler Otto Lenz zum Ziel erklärt hatte: „Wir werden die Arbeitslosigkeit halbieren.“"
    #expect(speakers(text) == ["der Kanzler Otto Lenz"])
}

@Test func theSubjectOfASubordinateClauseClosedByTheSpeechVerb() {
    let text = "Im Saal wurde es still, als die Ministerin im Bundestag sagte: „Wir ziehen das Gesetz zurück.“"
    #expect(speakers(text) == ["die Ministerin"])
}

@Test func theAgentOfAPassiveSpeechVerbAfterTheQuote() {
    #expect(speakers("Die Pläne werden von Umweltschützern als „völlig unzureichend und viel zu spät“ bezeichnet.") == ["Umweltschützern"])
    #expect(speakers("Die Waldbrandgefahr wird vom Wetterdienst als „sehr hoch und weiter steigend“ eingestuft.") == ["Wetterdienst"])
}

@Test func anAdverbGradingTheAdjectiveStaysInTheNounPhrase() {
    let text = "Ein nicht genannter Sprecher des Vereins bezeichnet den Umbau als „längst überfällig“ und verweist auf die Kosten."
    #expect(speakers(text) == ["Ein nicht genannter Sprecher des Vereins"])
}

@Test func aSpeechVerbRightAfterAClauseAndACommaHasItsSubjectAfterIt() {
    let text = "Die Ministerin verteidigte die Reform. Es gebe keine Alternative, sagte sie am Mittwoch. „Wer jetzt nicht handelt, gefährdet alles.“"
    #expect(speakers(text) == ["sie"])
    // A subject with a name in apposition keeps the verb in second place.
    let apposed = "Der frühere Bürgermeister, Hans Ebert (SPD), warnte die Partei vor einem „populistischen Wahlkampf“."
    #expect(speakers(apposed, entities: [mention("Hans Ebert", in: apposed, type: .PER)]) != ["die Partei"])
}

@Test func anAdverbBetweenTheCueAndTheSubject() {
    #expect(speakers("„Das ist absurd“, meinte dagegen der Chef der Gewerkschaft.") == ["der Chef der Gewerkschaft"])
}

@Test func aNewspaperNamedInMarksIsTheSourceOfAWieClause() {
    #expect(speakers("Wie der „Spiegel“ berichtet, soll der Spieler „schon seit Wochen“ mit dem Verein verhandeln.") == ["der „Spiegel“"])
    #expect(speakers("Wie die „Bild“-Zeitung berichtet, soll der Spieler „schon seit Wochen“ verhandeln.") == ["die „Bild“-Zeitung"])
}

@Test func theNewspaperCitingTheMinisterAfterTheQuote() {
    // "zitieren" after the quote: its subject cites, its object is the one quoted.
    let text = "Der Plan wurde am Montag vorgestellt. „Wir werden das Gesetz rasch umsetzen“, zitiert die Zeitung den Minister."
    #expect(speakers(text) == ["den Minister"])
}

@Test func anObjectPronounInFrontIsTheOneCited() {
    let text = "Minister Paul Lorenz besuchte die Schule. „Bildung geht alle an“, zitierte ihn die Zeitung am Freitag."
    // The pronoun stands for the minister; the paper is only the one citing.
    #expect(speakers(text) == ["Minister Paul Lorenz"])
}

@Test func anAgencyCitingSomeoneBeforeAColon() {
    // "zitieren" before the quote: the agency cites, its object speaks.
    let text = "Die Regierung lehnte ab. Die Nachrichtenagentur Nordpress zitiert dazu den Präsidenten Jan Berg mit folgenden Worten: „Diese Banken haben versagt.“"
    #expect(speakers(text) == ["den Präsidenten Jan Berg"])
}
