import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// Clause shapes where word order alone picks the wrong phrase: a heading run on into the
// sentence before the subject, a medium named in apposition, a passive whose agent speaks while
// the quote stands inside the phrase it describes, an impersonal report past a relative clause,
// and roles in the genitive or plural that do not introduce the name after them.

@Test func aHeadingRunOnIntoTheSentenceIsNoSpeaker() {
    let text = "Neue Pläne Schon 2019 hatte Ministerin Anna Beispiel vor Studierenden erklärt: „Wir werden die Schulen stärken.“"
    #expect(speakers(text, entities: [mention("Anna Beispiel", in: text, type: .PER)]) == ["Ministerin Anna Beispiel"])
}

@Test func anUnknownNameOpeningTheClauseStaysTheSubject() {
    let text = "Kallweit kritisierte die Rede Brandts als „völlig verfehlt“."
    #expect(speakers(text, entities: [mention("Brandts", in: text, type: .PER)]) == ["Kallweit"])
}

@Test func aMediumNamedInAppositionSpeaks() {
    let text = "Das Magazin Weltblick nannte Nordwerk im vergangenen Herbst „eine Bank ohne jede Aufsicht“."
    let entities = [mention("Weltblick", in: text, type: .ORG), mention("Nordwerk", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["Das Magazin Weltblick"])
}

@Test func aPassivesGenericAgentSpeaksForAQuoteInsideThePhrase() {
    let text = "Der Entwurf wird von manchen als ein „mutiger“ Schritt der Regierung bezeichnet."
    #expect(speakers(text) == ["von manchen"])
}

@Test func anImpersonalReportPastARelativeClauseNamesTheDocumentOpeningTheSentence() {
    let text = "Im Schreiben des Amtes, das die Firma am Montag erhielt, heißt es: „Die Frist endet im Mai.“"
    #expect(speakers(text, entities: [mention("Firma", in: text, type: .ORG)]) == ["Schreiben des Amtes"])
}

@Test func aRoleInTheGenitiveDoesNotIntroduceTheNextName() {
    let text = "Über die Macht des Ministers spottete der Parteichef Karl Muster am Montag. "
        + "Am Abend sagte der Minister: „Ich bleibe im Amt.“"
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}

@Test func aRoleInThePluralDoesNotIntroduceTheNextName() {
    let text = "Nach Angaben von Ermittlern soll Karl Muster ins Ausland geflohen sein. "
        + "Der leitende Ermittler sagte am Abend: „Wir suchen weiter nach ihm.“"
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}

@Test func aRoleInThePluralNamesAGroupNotOnePerson() {
    let text = "Die Virologen der Klinik behandeln Karl Muster seit Montag. Virologen erwarten nun „eine lange Welle im Winter“."
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}

@Test func theSideAStatementCameFromSpeaks() {
    let text = "Nach dem Brand gab es seitens der Feuerwehr Kritik an „viel zu engen Zufahrten in der Altstadt“."
    #expect(speakers(text, entities: [mention("Feuerwehr", in: text, type: .ORG)]) == ["der Feuerwehr"])
}

// Honesty: the last-resort rules name a speaker only when the phrase's head can speak.

@Test func aThingOpeningTheSentenceIsNoFallbackSpeaker() {
    let text = "Gespräche fanden statt, und auch „eine unnötige Härte gegen die eigenen Bürger“ kam zur Sprache."
    #expect(speakers(text) == ["-"])
}

@Test func theNextSentencesThingIsNoSpeaker() {
    let text = "Im Umland sind 40 Prozent der Meinung, der Plan sei „nicht bezahlbar“. Dabei zeigt sich ein wachsender Unmut im Umland."
    let found = speakers(text)
    #expect(found.count == 1 && found != ["ein wachsender Unmut"])
}

// An opinion frame: the clause's subject holds the opinion the quote stands in.

@Test func aShareOfPeopleHoldsTheOpinionTheQuoteStandsIn() {
    let text = "In der Umfrage sind 30 Prozent der festen Überzeugung, dass der Vorstand „völlig versagt“ habe."
    #expect(speakers(text) == ["30 Prozent"])
}

@Test func theSubjectHoldingAnOpinionHoldsIt() {
    let text = "Die Anwohnerin vertritt die Ansicht, der Umbau sei „reine Geldverschwendung“."
    #expect(speakers(text) == ["Die Anwohnerin"])
}

@Test func aSpeechVerbAfterTheOpinionNounNamesItsOwnSpeaker() {
    let text = "Viele sind der Ansicht, das Problem sei alt, sagte der Bürgermeister über den „ewigen Streit“."
    #expect(speakers(text) != ["Viele"])
}
