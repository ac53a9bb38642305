import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// A relative clause inside the first constituent, and a name in the genitive (RelativeClauses.swift).

@Test func wieClauseReachesPastARelativeClauseToItsVerb() {
    let text = "Wie Eva Lind, die den Prozess am 3. Mai in Kiel beobachtet hatte, dazu feststellt, verlangt „das Gesetz mindestens einen Beweis für den Vorsatz“."
    let entities = [mention("Eva Lind", in: text, type: .PER), mention("Kiel", in: text, type: .LOC)]
    #expect(speakers(text, entities: entities) == ["Eva Lind"])
}

@Test func impersonalReportKeepsItsSourceBeforeARelativeClause() {
    let text = "Im letzten Absatz des Schreibens, das die Firma Nordbau am Montag erhielt, heißt es: „Die Firma darf über diese Anordnung mit niemandem sprechen.“"
    let entities = [mention("Nordbau", in: text, type: .ORG)]
    #expect(speakers(text, entities: entities) == ["letzten Absatz des Schreibens"])
}

@Test func nameInTheGenitiveBeforeAThingIsNotTheSpeaker() {
    let text = "Das Komitee in der Hauptstadt würdigte damit Meiers Einsatz zur „Stärkung der Zusammenarbeit zwischen den Staaten“."
    let entities = [mention("Meiers", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) != ["Meiers Einsatz"])
}

@Test func nameInTheGenitiveBeforeAPersonStillSpeaks() {
    let text = "Es wurde von Meiers Sohn die Vermutung geäußert, man brauche nur einen, mit dem man „ein schwaches Vorgehen verdecken könne“."
    let entities = [mention("Meiers", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Meiers Sohn"])
}

@Test func aNameInTheGenitiveIsNotTheCanonicalSpeaker() {
    let text = "Meiers Sohn sagte am Abend: „Mein Vater hat nie jemandem etwas getan.“"
    let entities = [mention("Meiers", in: text, type: .PER, canonical: "Karl Meier")]
    #expect(canonicalSpeakers(text, entities: entities) == ["Meiers Sohn"])
}

@Test func fuerAPersonInsideTheQuotesClauseHoldsTheJudgement() {
    let text = "Der Verband lobte den Plan. Doch für Trainer Jan Ott war der Schiedsrichter „ein Mann ohne jede Linie“."
    let entities = [mention("Jan Ott", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Trainer Jan Ott"])
}
