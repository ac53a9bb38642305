import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Short fragments that reproduce a speaker's words where the clause shape, not the word tables,
// says so; and the spaces typesetting puts inside marks. All sentences written for these tests.

@Test func fragmentBeforeClosingVerbOfSayingIsQuoted() {
    // The finite auxiliary stands second; the fragment is the object of the participle closing the clause.
    #expect(quotedTexts("Der Minister hatte am Freitag „Konsequenzen“ angekündigt.") == ["Konsequenzen"])
    #expect(quotedTexts("Die Staatsanwältin hat dem Angeklagten „Heimtücke“ vorgeworfen.") == ["Heimtücke"])
}

@Test func fragmentInClauseOpenedByConjunctionIsQuoted() {
    #expect(quotedTexts("Unklar blieb, ob der Minister „Fehler“ eingeräumt hatte.") == ["Fehler"])
}

@Test func nameInPrefieldBeforeCueStaysAName() {
    // The marks open the clause before the verb: its subject, not what anyone says.
    #expect(quotedTexts("„Bürger für Bäume“ kündigten eine Klage an.").isEmpty)
}

@Test func viewHolderClauseWithoutCueVerbQuotesFragment() {
    // No verb of saying at all: the clause analysis finds the speaker, the penalty for silence goes.
    #expect(quotedTexts("Für den Minister ist das Urteil ein „Skandal“.") == ["Skandal"])
    let explanation = firstExplanation("Für den Minister ist das Urteil ein „Skandal“.")
    #expect(explanation.contains("speakerClause") && !explanation.contains("noSpeechContext"))
}

@Test func wordInMarksWithNothingSpeakingStaysOut() {
    #expect(quotedTexts("Das Haus am See hat einen „Wintergarten“.").isEmpty)
}

@Test func sentenceInitialAdjectiveInMarksIsQuoted() {
    // The capital comes from the sentence start; the word list knows the word as no noun.
    #expect(quotedTexts("„Unverantwortlich“ nannte der Minister das Vorgehen.") == ["Unverantwortlich"])
    #expect(quotedTexts("„Katastrophal“ sei die Lage, sagte die Ärztin.") == ["Katastrophal"])
}

@Test func sentenceInitialTitleInMarksStaysAName() {
    #expect(quotedTexts("„Neue Wege“ heißt die Ausstellung im Rathaus.").isEmpty)
    // An adjective as a title: the verb after the marks names it.
    #expect(quotedTexts("„Verrückt“ lautet der Titel ihres neuen Albums.").isEmpty)
}

@Test func frontedPrepositionMakesNoSubjectOfTheMarks() {
    #expect(quotedTexts("Von „Panikmache“ sprach dagegen der Minister.") == ["Panikmache"])
}

@Test func dashBeforeSoAttributionStandsForComma() {
    #expect(firstExplanation("„Wir werden verhandeln“ – so der Minister – „aber nicht um jeden Preis.“").contains("cueAfter"))
    // A dash closing a parenthesis opened before the marks attributes nothing.
    #expect(!firstExplanation("Nach dem Foul – einem eher „harmlosen“ – sah der Spieler Gelb.").contains("cueAfter"))
}

@Test func fireIsNoMediaNoun() {
    // "Brand" is the English table's "brand", but in German the fire: what it did is no title.
    #expect(!firstExplanation("Der Sprecher sagte, der Brand „war schnell unter Kontrolle“.").contains("mediaNounBefore"))
}

@Test func noBreakSpacesInsideMarksAreTrimmed() {
    #expect(quotedTexts("Die Sprecherin sagte: „\u{00A0}Wir prüfen den Antrag.\u{00A0}“") == ["Wir prüfen den Antrag."])
    #expect(quotedTexts("Der Bürgermeister sagte: «\u{202F}Das Fest findet statt.\u{202F}»") == ["Das Fest findet statt."])
    #expect(quotedTexts("Die Trainerin nannte das Spiel «\u{2009}enttäuschend\u{2009}».") == ["enttäuschend"])
}

@Test func whatAVerbOfCallingCallsForIsQuoted() {
    #expect(quotedTexts("Die Bischöfin rief zur „Besonnenheit“ auf.") == ["Besonnenheit"])
    // "zur" after a plain verb of saying gives the topic: no one's words.
    #expect(quotedTexts("Der Minister sagte zur „Reform“ nur wenig.").isEmpty)
}

@Test func infinitiveAfterSpeechClauseIsWhatWasAsked() {
    #expect(quotedTexts("Der Landrat appellierte an die Bürger, „Ruhe zu bewahren“.") == ["Ruhe zu bewahren"])
    // No verb of saying before the comma: an infinitive in marks stays a term.
    #expect(quotedTexts("Das Team versuchte am Ende, den „Fluch“ zu brechen.").isEmpty)
}

@Test func marksBeforeAlsHoldWhatIsClassed() {
    // The verdict follows "als"; the marks before it hold the thing judged.
    #expect(quotedTexts("Die Verteidigerin bezeichnete den „großen Boss“ als notorischen Lügner.").isEmpty)
    #expect(quotedTexts("Der Zug kam „gut zwei Stunden später“ als geplant in Hamburg an.").isEmpty)
    #expect(quotedTexts("Die Verteidigerin bezeichnete den Zeugen als „notorischen Lügner“.") == ["notorischen Lügner"])
}
