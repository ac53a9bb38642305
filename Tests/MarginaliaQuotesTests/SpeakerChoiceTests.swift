import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Which noun phrase of the attributing sentence speaks: not a medium after a preposition, not a
// capitalised quantifier phrase, the subject of a comma-joined main clause, the one "zitiert".

@Test func aMediumAfterAPrepositionIsNotTheSpeaker() {
    let text = "Eine Leserin schrieb dazu im Wochenblatt Kurier: „Die Brücke ist seit Jahren eine Zumutung für alle Radfahrer.“"
    let found = speakers(text, entities: [mention("Kurier", in: text, type: .ORG)])
    #expect(found == ["Eine Leserin"])
}

@Test func aQuantifierPhraseOpeningTheSentenceIsTheObject() {
    let text = "Jegliche Schuld an dem Unfall weist Karla Brandt von sich: „Ich bin an diesem Abend gar nicht gefahren, das kann jeder bezeugen.“"
    let found = speakers(text, entities: [mention("Karla Brandt", in: text, type: .PER)])
    #expect(found == ["Karla Brandt"])
}

@Test func aCommaJoinedMainClauseHasItsOwnSubject() {
    let text = "Bürgermeister Hans Ott lehnte den Vorschlag ab, die umweltpolitische Sprecherin der Fraktion, Petra Lindner (Grüne), erklärte: „Wir werden den Antrag im Herbst noch einmal stellen.“"
    let entities = [mention("Hans Ott", in: text, type: .PER), mention("Petra Lindner", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["die umweltpolitische Sprecherin der Fraktion, Petra Lindner (Grüne)"])
}

@Test func zitierenHasTheQuotedPersonAsItsObject() {
    let text = "Die Reporter durften das Lager nicht betreten. „Wir stehen hier seit Stunden vor dem Tor“, zitierte man Jonas Weber vom Sender Nordfunk."
    let found = speakers(text, entities: [mention("Jonas Weber", in: text, type: .PER)])
    #expect(found == ["Jonas Weber vom Sender Nordfunk"])
}

@Test func soWithAVerdictNounNamesItsHolder() {
    let text = "Der Verein bekommt kein Geld mehr von der Stadt. „Offenbar ist unsere Arbeit dort nicht mehr erwünscht.“ so das Fazit der Vorsitzenden Anke Roth."
    let found = speakers(text, entities: [mention("Anke Roth", in: text, type: .PER)])
    #expect(found == ["der Vorsitzenden Anke Roth"])
}

@Test func aPossessiveSourceInsideANounPhraseLeavesTheSubject() {
    let text = "Sie äußerte sich gegen die ihrer Meinung nach weit verbreitete Gleichgültigkeit: „Wir schauen viel zu oft einfach weg.“"
    #expect(speakers(text) == ["Sie"])
}

@Test func aPossessiveSourceAsAnAdverbialStillNamesTheSource() {
    let text = "Der Anwalt Tim Berg forderte eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen „schweren Fehler der Behörden“ handelte."
    let found = speakers(text, entities: [mention("Tim Berg", in: text, type: .PER)])
    #expect(found == ["seiner Meinung"])
}

@Test func aNamedPersonOpeningTheSentenceBetweenQuotesTakesOver() {
    let text = "„Wir sind sehr zufrieden mit der Saison“, sagte der Trainer. Sein Kollege Max Huber war seit Wochen über den Wechsel informiert. „Ich freue mich auf die neue Aufgabe.“"
    let found = speakers(text, entities: [mention("Max Huber", in: text, type: .PER)])
    #expect(found == ["der Trainer", "Sein Kollege Max Huber"])
}

@Test func missingSpaceAfterTheFullStopSeparatesTheAttribution() {
    let text = "„Das Projekt ist gescheitert“, sagte die Ministerin.Der Sprecher der Opposition erklärte dazu: „Wir haben das lange vorhergesagt.“"
    #expect(speakers(text) == ["die Ministerin", "Der Sprecher der Opposition"])
}

// Clause shapes around the speech verb: a "wie" clause with an apposition, a verb-first main
// clause after a subordinate one, and speech verbs the table lacked.

@Test func aWieClauseWithAnAppositionNamesTheSource() {
    let text = "Wie die Sprecherin der Stadtwerke, Ina Vogt, erklärte, sei der Schaden „deutlich größer als zunächst angenommen“."
    let found = speakers(text, entities: [mention("Ina Vogt", in: text, type: .PER)])
    #expect(found == ["die Sprecherin der Stadtwerke, Ina Vogt"])
}

@Test func aCoordinatedSpeechVerbAfterALeadingSubordinateClause() {
    let text = "Als der Schaffner ihn ansprach, sprang der Mann auf und rief: „Ich habe nichts getan!“"
    #expect(speakers(text) == ["der Mann"])
}

@Test func rechtfertigenAndEinraeumenAreSpeechVerbs() {
    let text = "In einer Mitteilung rechtfertigte die Behörde die Sperrung als „reine Vorsichtsmaßnahme“."
    #expect(speakers(text) == ["die Behörde"])
    let after = "„Ja, wir haben Fehler gemacht.“ Das musste der Vorstand am Montag einräumen."
    #expect(speakers(after) == ["der Vorstand"])
}

@Test func aQuoteInBracketsAfterANameIsThatPersons() {
    let text = "Gratulationen kamen von Kanzlerin Anna Berg („Ein verdienter Sieg für die ganze Mannschaft.“) und vom Verband."
    #expect(speakers(text) == ["Kanzlerin Anna Berg"])
}

@Test func aPersonClosingAListItemBeforeAColonSpeaks() {
    let text = "Zu den Gratulanten gehörten die Bürgermeisterin, die sagte, sie sei begeistert, und der Landrat Otto Wiese: „Ein großer Tag für unsere Region.“"
    #expect(speakers(text, entities: [mention("Otto Wiese", in: text, type: .PER)]) == ["der Landrat Otto Wiese"])
    // A dative object after the speech verb is no list item: the subject still speaks.
    #expect(speakers("Die Ministerin sagte dem Reporter Jan Kolb: „Wir bleiben dabei.“") == ["Die Ministerin"])
}

@Test func aSourcePhraseRightBeforeTheMarksBeatsALaterVerb() {
    let text = "Das Verfahren wurde eingestellt, weil man laut Oberstaatsanwalt Karl Henning „keine weiteren Beweise finden konnte“, teilten die Ermittler mit."
    #expect(speakers(text) == ["Oberstaatsanwalt Karl Henning"])
}

@Test func withTheseWordsPointsBackAtTheQuote() {
    #expect(speakers("„Wir sind erleichtert.“ Mit diesen Worten reagierte der Bürgermeister auf das Urteil.") == ["der Bürgermeister"])
    #expect(speakers("Der Trainer war lange krank. „Ich bin wieder da“, mit diesen Worten meldete er sich zurück.") == ["er"])
    #expect(speakers("“We are back.” With these words, the mayor opened the bridge.", language: .en) == ["the mayor"])
}

@Test func soAndANounPhraseAsASentenceOfItsOwnAttributesTheQuoteBefore() {
    #expect(speakers("„Der Schaden ist enorm.“ So der Bürgermeister nach einem Rundgang.") == ["der Bürgermeister"])
    // "So" opening a clause with a verb is an adverb, not an attribution.
    #expect(speakers("„Wir sind bereit.“ So einfach ist das nicht.") == ["-"])
}

@Test func fuerXStehtFestNamesWhoseConclusionFollows() {
    #expect(speakers("Für die Ermittler steht fest: „Es war Brandstiftung.“") == ["die Ermittler"])
}
