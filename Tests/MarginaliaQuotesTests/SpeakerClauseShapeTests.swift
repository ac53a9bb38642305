import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// Clause shapes where word order alone picks the wrong phrase: a heading run on into the
// sentence before the subject, a medium named in apposition, a passive whose agent speaks while
// the quote stands inside the phrase it describes, and a role in the genitive before a name.

@Test func aHeadingRunOnIntoTheSentenceIsNoSpeaker() {
    let text = "Neue Pläne Schon im Januar 2019 hatte Ministerin Anna Beispiel in einer Ansprache erklärt: „Wir werden die Schulen stärken.“"
    #expect(speakers(text, entities: [mention("Anna Beispiel", in: text, type: .PER)]) == ["Ministerin Anna Beispiel"])
}

@Test func anUnknownNameOpeningTheClauseStaysTheSubject() {
    let text = "Kallweit nannte die Absage Brandts einen „Vertrauensbruch“."
    #expect(speakers(text, entities: [mention("Brandts", in: text, type: .PER)]) == ["Kallweit"])
}

@Test func aMediumNamedInAppositionSpeaks() {
    let text = "Das Magazin Weltblick bezeichnete Nordwerk im vergangenen Jahr als „Schattenbank“."
    let entities = [mention("Weltblick", in: text, type: .ORG), mention("Nordwerk", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["Das Magazin Weltblick"])
}

@Test func aPassivesGenericAgentSpeaksForAQuoteInsideThePhrase() {
    let text = "Die neue Brücke wird von vielen als die „schönste“ Brücke des Landes bezeichnet."
    #expect(speakers(text) == ["von vielen"])
}

@Test func aRoleInTheGenitiveDoesNotIntroduceTheNextName() {
    let text = "Die Macht des Ministers stellte der Parteichef Karl Muster in Frage. "
        + "Am Abend sagte der Minister: „Ich bleibe im Amt.“"
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}

@Test func anImpersonalReportPastARelativeClauseNamesTheDocumentOpeningTheSentence() {
    let text = "Im Schreiben des Amtes, das die Firma am Montag erhielt, heißt es: „Die Frist endet im Mai.“"
    #expect(speakers(text, entities: [mention("Firma", in: text, type: .ORG)]) == ["Schreiben des Amtes"])
}

// Honesty: the last-resort rules name a speaker only when the phrase's head can speak.

@Test func aThingOpeningTheSentenceIsNoFallbackSpeaker() {
    let text = "Gespräche wurden geführt, mit dem Vorstand und über „eine unnötige Härte gegen die eigenen Bürger“ der Verwaltung."
    #expect(speakers(text) == ["-"])
}

@Test func theNextSentencesThingIsNoSpeaker() {
    let text = "Im Umland sind 40 Prozent der Meinung, der Plan sei „nicht bezahlbar“. Dabei zeigt sich eine deutliche Skepsis gegenüber der Stadt."
    let found = speakers(text)
    #expect(found.count == 1 && found != ["eine deutliche Skepsis"])
}

// An opinion frame: the clause's subject holds the opinion the quote stands in.

@Test func aShareOfPeopleHoldsTheOpinionTheQuoteStandsIn() {
    let text = "Zwar sind 55 Prozent der Mitglieder zufrieden, 30 Prozent sind aber der festen Überzeugung, dass der Vorstand „völlig versagt“ habe."
    #expect(speakers(text) == ["30 Prozent"])
}

@Test func theSubjectSharingAnOpinionHoldsIt() {
    let text = "Die Anwohnerin teilt die Meinung, der Umbau sei „reine Geldverschwendung“."
    #expect(speakers(text) == ["Die Anwohnerin"])
}

@Test func aSpeechVerbAfterTheOpinionNounNamesItsOwnSpeaker() {
    let text = "Viele sind der Ansicht, das Problem sei alt, sagte der Bürgermeister über den „ewigen Streit“."
    #expect(speakers(text) != ["Viele"])
}

@Test func theSideAStatementCameFromSpeaks() {
    let text = "Zunächst war seitens der Feuerwehr vom Einsatz wegen „mindestens zwei leicht verletzten Anwohnern in der Altstadt“ die Rede."
    #expect(speakers(text, entities: [mention("Feuerwehr", in: text, type: .ORG)]) == ["der Feuerwehr"])
}

@Test func aRoleInThePluralDoesNotIntroduceTheNextName() {
    let text = "Ein Brief, der von den Ermittlern Karl Muster zugeschrieben wurde, gilt als Beweis. "
        + "Der Ermittler, der als wichtiger Zeuge gilt, sagte: „Der Brief ist echt.“"
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}

@Test func aRoleInThePluralNamesAGroupNotOnePerson() {
    let text = "Die Meteorologen warnten davor, Karl Muster könnte sich überschätzen. Meteorologen rechnen jedoch mit „sehr langen Regenfällen an der Küste“."
    let found = canonicalSpeakers(text, entities: [mention("Karl Muster", in: text, type: .PER)])
    #expect(found.count == 1 && found != ["Karl Muster"])
}
