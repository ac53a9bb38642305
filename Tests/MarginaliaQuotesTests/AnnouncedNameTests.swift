import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A quote announced by a named frame before a colon and followed by a pronoun cue ("„…“, betont
// sie") has one speaker: the pronoun stands for the announcing name, not for whoever was named last.

@Test func aPronounAfterTheQuoteStandsForTheNameAnnouncingIt() {
    let text = "Petra Lindner, Sprecherin des Mieterbundes, sagte gegenüber der Stadtzeitung: „Die Mieten steigen schneller als die Löhne, und die Stadt schaut zu,“ betont sie. Dann ging sie."
    let entities = [mention("Petra Lindner", in: text, type: .PER), mention("Mieterbundes", in: text, type: .ORG),
                    mention("Stadtzeitung", in: text, type: .ORG)]
    let (article, found) = quotes(in: text, entities: entities)
    #expect(found.count == 1)
    #expect(found.first?.speaker?.text == "sie")
    #expect(found.first?.speaker?.canonical == "Petra Lindner")
    #expect(found.first?.speaker?.antecedent.map { article[$0] }?.hasPrefix("Petra Lindner") == true)
}

@Test func withoutAColonFrameThePronounIsResolvedAsBefore() {
    // No announcing frame: "er" takes the nearest agreeing person.
    let text = "Der Trainer Klaus Berger stand am Spielfeldrand. „Wir haben heute verdient verloren,“ sagte er nach dem Spiel."
    let entities = [mention("Klaus Berger", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Klaus Berger"])
}

@Test func aPronounAnnouncingTheQuoteChangesNothing() {
    // The colon frame names no one but the pronoun: nothing to replace it by.
    let text = "Markus Hahn kam spät. Er sagte dazu: „Der Zug hatte Verspätung,“ erklärte er."
    let entities = [mention("Markus Hahn", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Markus Hahn"])
}

// A definite noun phrase speaking ("wie die Zeitung schreibt") whose noun ends a name given earlier
// in the same sentence stands for that name: the name is the mention shown.

@Test func aDefiniteNounStandsForTheNameItEndsInTheSameSentence() {
    let text = "Der Stadtrat hat laut Nordkurier Zeitung beschlossen, dass die Brücke „noch in diesem Jahr abgerissen werden soll“, wie die Zeitung schreibt."
    let entities = [mention("Nordkurier Zeitung", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["Nordkurier Zeitung"])
}

@Test func aDefiniteNounWithoutSuchANameStays() {
    // The organisation named before ends in another noun: "die Zeitung" is shown as it is.
    let text = "Der Stadtrat hat laut Stadtverwaltung Neustrelitz beschlossen, dass die Brücke „noch in diesem Jahr abgerissen werden soll“, wie die Zeitung schreibt."
    let entities = [mention("Stadtverwaltung Neustrelitz", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["die Zeitung"])
}

@Test func aNameInAnEarlierSentenceIsNotTaken() {
    // Only the quote's own sentence is its frame.
    let text = "Die Nordkurier Zeitung berichtete gestern über den Stadtrat. Der Stadtrat hat beschlossen, dass die Brücke „noch in diesem Jahr abgerissen werden soll“, wie die Zeitung schreibt."
    let entities = [mention("Nordkurier Zeitung", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["die Zeitung"])
}

// "X schlug …, indem sie … aufforderte: „…“": the pronoun subject of the clause the colon closes
// introduces the quote and stands for the main clause's subject.

@Test func aSubordinatePronounBeforeTheColonStandsForTheMainSubject() {
    let text = "Der Mieterbund Nordstadt schloss sich der Kritik an, indem er die Stadt zum Handeln aufforderte: „Wer jetzt nicht baut, hat in fünf Jahren keine Wohnungen mehr.“"
    let entities = [mention("Mieterbund Nordstadt", in: text, type: .ORG)]
    let (article, found) = quotes(in: text, entities: entities)
    #expect(found.count == 1)
    #expect(found.first?.speaker?.text == "er")
    #expect(found.first?.speaker?.canonical == "Mieterbund Nordstadt")
    #expect(found.first?.speaker?.antecedent.map { article[$0] }?.hasSuffix("Mieterbund Nordstadt") == true)
}

@Test func aColonFrameWithoutSubordinateClauseKeepsItsSubject() {
    let text = "Der Mieterbund Nordstadt schloss sich der Kritik an und forderte die Stadt zum Handeln auf: „Wer jetzt nicht baut, hat in fünf Jahren keine Wohnungen mehr.“"
    let entities = [mention("Mieterbund Nordstadt", in: text, type: .ORG)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Mieterbund Nordstadt"])
    #expect(speakers(text, entities: entities).first?.hasSuffix("Mieterbund Nordstadt") == true)
}
