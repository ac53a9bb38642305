import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// Clause shapes where word order alone picks the wrong phrase: a heading run on into the
// sentence before the subject, and roles in the genitive or plural that do not introduce the
// name after them.

@Test func aHeadingRunOnIntoTheSentenceIsNoSpeaker() {
    let text = "Neue Pläne Schon 2019 hatte Ministerin Anna Beispiel vor Studierenden erklärt: „Wir werden die Schulen stärken.“"
    #expect(speakers(text, entities: [mention("Anna Beispiel", in: text, type: .PER)]) == ["Ministerin Anna Beispiel"])
}

@Test func anUnknownNameOpeningTheClauseStaysTheSubject() {
    let text = "Kallweit kritisierte die Rede Brandts als „völlig verfehlt“."
    #expect(speakers(text, entities: [mention("Brandts", in: text, type: .PER)]) == ["Kallweit"])
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
