import Testing
@testable import MarginaliaQuotes

// The clause after a quote: which verbs attribute it, and which noun phrases follow the verb.

@Test func aNewMainClauseAfterTheCommaDoesNotAttributeTheQuote() {
    let text = "Stürmer Tim Lang nannte den Platzverweis „völlig überzogen und unnötig hart“, Trainer Jens Ober bezeichnete die Karten als übertrieben."
    #expect(speakers(text) == ["Stürmer Tim Lang"])
}

@Test func aPrepositionAfterTheCommaIsNoSpeechVerb() {
    let text = "Die Ministerin Eva Roth nannte den Forscher einen „wahren Pionier der modernen Medizin“, dank dem viele Menschen überlebten."
    #expect(speakers(text) == ["Die Ministerin Eva Roth"])
}

@Test func theBothQuantifierAfterTheArticle() {
    let text = "„Wir treten nicht mehr an, weil sich die Partei verändert hat“, meinen die beiden Mitglieder Jan Pohl und Udo Kern."
    #expect(speakers(text).first?.hasPrefix("die beiden Mitglieder Jan Pohl") == true)
}

@Test func anExtendedParticipleAttributeBeforeTheNoun() {
    let text = "„Das war der schönste Abend meines Lebens“, schrieb die in Hamburg geborene Sängerin auf ihrer Website."
    #expect(speakers(text) == ["die in Hamburg geborene Sängerin"])
}

@Test func fragenSichAfterAQuestion() {
    let text = "„Wozu brauchen wir dann noch einen Rat, der nichts entscheiden kann?“ fragen sich Beobachter."
    #expect(speakers(text) == ["Beobachter"])
}

@Test func aSpeechVerbInAJoinedClauseDoesNotAttributeTheQuote() {
    let text = "„Wir zahlen nichts“, sagte der Bürgermeister Karl Brandt. Allerdings sei das neue, aus dem alten abgeleitete System „kaputt“, denn es könne durch sogenannte Fördervereine, kurz „FöV“ genannt, umgangen werden."
    let entities = [mention("Karl Brandt", in: text, type: .PER)]
    let found = speakers(text, entities: entities)
    #expect(found.count == 2)
    #expect(found.last == "der Bürgermeister Karl Brandt")
}

@Test func aDashMayStandForTheCommaBeforeTheCue() {
    #expect(speakers("„Das Wasser stand einen Meter hoch“ – so beschrieb ein Anwohner die Lage.") == ["ein Anwohner"])
}

@Test func aNounOpeningWithANumberHeadsTheSpeaker() {
    #expect(speakers("„Ich bin sehr glücklich über diesen Erfolg“, sagte der 45-Jährige.") == ["der 45-Jährige"])
}

@Test func commonSpeechVerbsAttribute() {
    #expect(speakers("Der Abgeordnete erläuterte: „Das Gesetz schützt die Mieter.“") == ["Der Abgeordnete"])
    #expect(speakers("Die Sprecherin dementierte: „Es gibt keine Pläne für eine Schließung.“") == ["Die Sprecherin"])
    #expect(speakers("The senator reiterated: “We will not back down on this.”", language: .en) == ["The senator"])
}
