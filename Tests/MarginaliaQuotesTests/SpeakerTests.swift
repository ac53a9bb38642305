import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// Attribution: where the speaker stands, and whom the mention resolves to.

@Test func germanSpeakerBeforeWithColon() {
    #expect(speakers("Der Staatsanwalt sagte: „Die Beweise sind erdrückend.“") == ["Der Staatsanwalt"])
}

@Test func germanSpeakerAfterQuote() {
    let text = "„Wir haben die Lage im Griff“, sagte Innenminister Hans Brandt am Dienstag."
    #expect(speakers(text) == ["Innenminister Hans Brandt"])
    #expect(canonicalSpeakers(text) == ["Hans Brandt"])
}

@Test func germanInvertedSubjectAfterAdverbial() {
    #expect(speakers("Am Dienstag erklärte die Ministerin: „Das Gesetz kommt.“") == ["die Ministerin"])
}

@Test func germanInterruptedQuoteIsOneQuotation() {
    let text = "„Wir sind bereit“, sagte er, „und wir werden die Wahl gewinnen.“"
    #expect(quotedTexts(text) == ["Wir sind bereit | und wir werden die Wahl gewinnen."])
    #expect(speakers(text) == ["er"])
}

@Test func englishInterruptedQuoteIsOneQuotation() {
    let text = "“We found more corrosion than we expected,” the engineer said, “but the new deck will last.”"
    #expect(quotedTexts(text, language: .en) == ["We found more corrosion than we expected, | but the new deck will last."])
    #expect(speakers(text, language: .en) == ["the engineer"])
}

@Test func soDerMinisterResolvesToTheMinisterNamedBefore() {
    let text = "„Die Renten sind sicher“, sagte Arbeitsminister Peter Lang. „Niemand muss sich Sorgen machen“, so der Minister."
    #expect(speakers(text) == ["Arbeitsminister Peter Lang", "der Minister"])
    #expect(canonicalSpeakers(text) == ["Peter Lang", "Peter Lang"])
}

@Test func lautX() {
    #expect(speakers("Laut Polizeisprecher Jan Ott ist die Lage „weiterhin sehr angespannt“.") == ["Polizeisprecher Jan Ott"])
}

@Test func xZufolge() {
    #expect(speakers("Dem Bericht zufolge sei die Versorgung „in weiten Teilen zusammengebrochen“.") == ["Dem Bericht"])
}

@Test func nachAngabenVon() {
    let text = "Die Stadt ist nach Angaben des Außenministeriums offen für Gespräche zum „gegenseitigen Nutzen“."
    #expect(speakers(text) == ["des Außenministeriums"])
}

@Test func spricht_von_partialQuote() {
    let text = "Der Bürgermeister Karl Brenner spricht von einer „Katastrophe“ und fordert Hilfe."
    #expect(quotedTexts(text) == ["Katastrophe"])
    #expect(speakers(text) == ["Der Bürgermeister Karl Brenner"])
    #expect(canonicalSpeakers(text) == ["Karl Brenner"])
}

@Test func pronounResolvesToTheLastPersonEntity() {
    let text = "Die Abgeordnete Maria Keller verließ den Saal. Sie sagte: „Das ist ein schwarzer Tag für das Parlament.“"
    let person = mention("Maria Keller", in: text, type: .PER)
    #expect(speakers(text, entities: [person]) == ["Sie"])
    #expect(canonicalSpeakers(text, entities: [person]) == ["Maria Keller"])
}

@Test func pronounResolvesToTheLastNamedSpeakerWithoutEntities() {
    let text = "„Wir bleiben hart“, sagte Gewerkschaftschef Otto Rau.\n\nSpäter sagte er: „Ein Streik ist nicht ausgeschlossen.“"
    #expect(canonicalSpeakers(text) == ["Otto Rau", "Otto Rau"])
}

@Test func nameMentionTakesTheEntityCanonicalName() {
    let text = "„Der Vertrag ist fair“, sagte Putins Sprecher. Putin sagte: „Wir unterschreiben.“"
    let putin = mention("Putin sagte", in: text, type: .PER, canonical: "Wladimir Putin")
    var adjusted = putin
    adjusted.span = Span(putin.span.start, putin.span.start + 5)
    adjusted.text = "Putin"
    #expect(canonicalSpeakers(text, entities: [adjusted]).last == "Wladimir Putin")
}

@Test func continuationOfThePreviousSpeakerInTheParagraph() {
    let text = "Ministeriumssprecherin Anna Roth sagte: „Wir sind zu Gesprächen bereit.“ Das Land sei „zu jeder Art von Dialog“ bereit."
    #expect(speakers(text) == ["Ministeriumssprecherin Anna Roth", "Ministeriumssprecherin Anna Roth"])
    #expect(canonicalSpeakers(text) == ["Anna Roth", "Anna Roth"])
}

@Test func englishSaidAfterName() {
    #expect(speakers("“The crews finished early,” Mayor Linda Hart said.", language: .en) == ["Mayor Linda Hart"])
}

@Test func englishSaidBeforeName() {
    #expect(speakers("“Business dropped by a third,” said Maria Gomez, who runs a bakery.", language: .en) == ["Maria Gomez"])
}

@Test func englishTitleBeforeName() {
    #expect(speakers("“Students had nowhere to study,” said librarian Omar Haddad.", language: .en) == ["librarian Omar Haddad"])
}

@Test func englishAccordingTo() {
    let text = "According to the fire chief, the blaze was “the worst we have seen in a decade.”"
    #expect(speakers(text, language: .en) == ["the fire chief"])
}

@Test func englishToldAndContinuation() {
    let text = "“No child can learn on an empty stomach,” Minister Grace Okonkwo told parliament. “This is an investment.”"
    #expect(speakers(text, language: .en) == ["Minister Grace Okonkwo", "Minister Grace Okonkwo"])
}

@Test func englishPronounAfterQuote() {
    let text = "Analyst Mark Feld said the company grew too fast. “They hired as if the boom would never end,” he said."
    #expect(speakers(text, language: .en) == ["he"])
    #expect(canonicalSpeakers(text, language: .en, entities: [mention("Mark Feld", in: text, type: .PER)]) == ["Mark Feld"])
}

@Test func aClauseAfterALaterCueIsNotTheSpeaker() {
    // "and added that other libraries …": what was added, not who added it; the subject of "said" speaks.
    let text = "Councillor Graham Boyd, who chairs the finance committee, said the service was “lovely to visit and hard to pay for”, and added that other libraries had cut their hours."
    let boyd = mention("Graham Boyd", in: text, type: .PER)
    #expect(canonicalSpeakers(text, language: .en, entities: [boyd]) == ["Graham Boyd"])
}

@Test func aOneWordSentenceInMarksIsAQuote() {
    #expect(quotedTexts("Angela Merkel sagte: „Ja.“") == ["Ja."])
    #expect(quotedTexts("Merkel antwortete knapp: „Niemals!“ Dann ging sie.") == ["Niemals!"])
    // A one-word name in marks still is not one.
    #expect(quotedTexts("Der Film „Titanic“ lief im Kino.").isEmpty)
}

@Test func englishSubjectWithAppositionBeforeTheVerbAfterTheQuote() {
    let text = "“The figures are worrying,” Dr Sarah Jones, a lecturer at the university, told the BBC."
    #expect(speakers(text, language: .en) == ["Dr Sarah Jones"])
    #expect(speakers("“This is a disaster,” one resident, who asked not to be named, said.", language: .en) == ["one resident"])
}

@Test func englishPossessiveNameBeforeTheSpeaker() {
    #expect(speakers("“We will appeal,” Jones’s lawyer said.", language: .en) == ["Jones’s lawyer"])
}
