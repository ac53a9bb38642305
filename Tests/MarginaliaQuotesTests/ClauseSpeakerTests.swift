import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// Clause shapes where the speaker is not the first noun phrase of the sentence (ClauseSpeakers.swift).

@Test func commaJoinedMainClauseHasItsOwnSubject() {
    let text = "Die Stürmerin Jana Roth, die früh ausgewechselt wurde, nannte das Spiel „mühsam und ohne jede Idee nach vorn“, Trainerin Eva Lind bezeichnete die Niederlage als „verdient“."
    let entities = [mention("Jana Roth", in: text, type: .PER), mention("Eva Lind", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Die Stürmerin Jana Roth", "Trainerin Eva Lind"])
}

@Test func parentheticalSpeechVerbNamesTheSpeakerAfterIt() {
    let text = "Sie sei „tief betroffen“ über den Brand, sagte die Bürgermeisterin, ihre „Gedanken sind bei den Familien, die alles verloren haben“."
    #expect(speakers(text).last == "die Bürgermeisterin")
}

@Test func quoteInThePrefieldTakesTheSubjectAfterTheFiniteVerb() {
    let text = "Der Kapitän Ole Berg wehrt sich gegen die Kritik: „Wir haben alles gegeben, was wir hatten“ wird der Norweger in der Zeitung „Nordkurier“ zitiert."
    #expect(speakers(text) == ["der Norweger"])
}

@Test func judgementHolderAfterFuer() {
    let text = "„Wir bleiben“, sagte die Sprecherin. Für den Historiker Paul Adler sei der Umzug „ein Fehler mit langer Wirkung“."
    let entities = [mention("Paul Adler", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["die Sprecherin", "den Historiker Paul Adler"])
}

@Test func subordinateClauseWithZumalNamesItsSpeaker() {
    let text = "Zwar würde sie dem Mann gern glauben, zumal Anwalt Karl Brenner mehrmals betont hatte, sein Mandant sei „völlig harmlos“."
    let entities = [mention("Karl Brenner", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Anwalt Karl Brenner"])
}

@Test func particleVerbZusichernIsACue() {
    let text = "Den Anwohnern sicherte Bürgermeister Tom Hahn am Abend zu, dass sie „nicht allein gelassen werden“."
    let entities = [mention("Tom Hahn", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Bürgermeister Tom Hahn"])
}

@Test func commaAfterAClosingMarkLeadsToTheAttribution() {
    let text = "„Die Tiere leiden jeden Tag.“, so letztere. „Das muss aufhören.“"
    #expect(speakers(text) == ["letztere", "letztere"])
}

@Test func aPossessiveThingBeforeAColonKeepsTheSpeakerTalking() {
    let text = "„Wir finden eine Lösung“, sagte die Ministerin Anna Vogt. Ihre Zuversicht stützt sich auf frühere Verhandlungen: „Am Ende hat man sich immer geeinigt.“"
    let entities = [mention("Anna Vogt", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["die Ministerin Anna Vogt", "die Ministerin Anna Vogt"])
}

@Test func aPossessiveUtteranceNounBeforeAColonIsTheSpeaker() {
    let text = "„Wir finden eine Lösung“, sagte die Ministerin Anna Vogt. Ihre Meinung zum Streit ist klar: „Am Ende hat man sich immer geeinigt.“"
    let entities = [mention("Anna Vogt", in: text, type: .PER)]
    #expect(speakers(text, entities: entities).last == "Ihre Meinung")
}

@Test func soWithAnyVerbAndAnObjectPronounNamesTheSpeakerAfter() {
    let text = "Der neue Leiter gilt als streng. „Er lässt keinem Mitarbeiter einen Fehler durchgehen“, so beschrieb ihn der Betriebsrat Jonas Kehl."
    #expect(speakers(text) == ["der Betriebsrat Jonas Kehl"])
}

@Test func continuationPointsAtTheSpeakersMentionInTheQuotesOwnSentence() {
    let text = "„Wir sparen weiter“, sagte Finanzministerin Clara Wendt. Obwohl Wendt mit höheren Einnahmen rechnet, sei das Land von einem „ausgeglichenen Haushalt noch weit entfernt“."
    let entities = [mention("Clara Wendt", in: text, type: .PER)]
    let (string, found) = quotes(in: text, entities: entities)
    #expect(found.map { $0.speaker?.text ?? "-" } == ["Finanzministerin Clara Wendt", "Wendt"])
    #expect(found.map { $0.speaker?.canonical ?? "-" } == ["Clara Wendt", "Clara Wendt"])
    // The mention is the one in the second sentence, not the first sentence's name.
    #expect(found.last?.speaker.map { string[$0.span] } == "Wendt")
    #expect((found.last?.speaker?.span.start ?? 0) > (found.first?.spans.last?.end ?? 0) + 40)
}

@Test func aPronounInTheReportedClauseDoesNotReplaceTheSubject() {
    let text = "Die Veranstalter der Demo erklären dagegen, sie hätten Hinweise darauf, dass die Gewalt eine Reaktion auf „die berechtigte Frage nach ihrer Nummer“ gewesen sei."
    #expect(speakers(text) == ["Die Veranstalter der Demo"])
}

@Test func impersonalEsGivesWayToThePassiveAgent() {
    let text = "Es wurde von Müllers Tochter die Vermutung geäußert, die Behörde brauche nur einen Schuldigen, mit dem man „die eigenen Versäumnisse verdecken könne“."
    let entities = [mention("Müllers", in: text, type: .PER, canonical: "Müller")]
    #expect(speakers(text, entities: entities) == ["Müllers Tochter"])
}

@Test func dasHeisstIsNoAttribution() {
    let text = "Am Ende bleiben „erhebliche Zweifel an der Darstellung der Zeugin“ an der Schuld des Mannes, das heißt an der Tat selbst."
    #expect(quotedTexts(text).count == 1)
    #expect(speakers(text).count == 1 && !speakers(text).contains("das"))
}

@Test func aSpeechVerbClosingARelativeClauseIsNotTheQuotesCue() {
    let text = "Trainerin Eva Lind bezeichnete die Strafe für ein Foul, bei dem es keine Verletzung gab, als „übertrieben“."
    let entities = [mention("Eva Lind", in: text, type: .PER)]
    #expect(quotedTexts(text, entities: entities) == ["übertrieben"])
    #expect(speakers(text, entities: entities) == ["Trainerin Eva Lind"])
}

@Test func aClaimNounWithItsHolderOwnsTheQuoteInTheClaim() {
    let text = "Auf den Vorwurf der Opposition, es handele sich um ein „teures Prestigeprojekt ohne jeden Nutzen“, das keiner brauche, entgegnete der Bürgermeister, die Stadt wolle das Bad."
    #expect(speakers(text) == ["der Opposition"])
}

@Test func aSpeechVerbInsideTheClaimStillWins() {
    let text = "Auf den Vorwurf der Opposition, der Kämmerer habe gesagt, es sei „ein teures Prestigeprojekt ohne jeden Nutzen“, das keiner brauche, entgegnete der Bürgermeister nichts."
    #expect(speakers(text).count == 1)
    #expect(speakers(text) != ["der Opposition"])
}

@Test func aRelativePronounClosedByTheSpeechVerbIsTheSpeaker() {
    let text = "Am Abend zogen durch die Altstadt Tausende Fans, die immer wieder skandierten: „Wir holen den Pokal nach Hause!“"
    let (_, found) = quotes(in: text)
    // The mention is the pronoun; its name is the noun before the comma.
    #expect(found.map { $0.speaker?.text ?? "-" } == ["die"])
    #expect(found.map { $0.speaker?.canonical ?? "-" } == ["Fans"])
}

@Test func aRelativePronounTakesThePersonBeforeTheComma() {
    let text = "Das Lied stammt von Lea Brandt, die dazu erklärte: „Ich habe es in einer Nacht geschrieben.“"
    let entities = [mention("Lea Brandt", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Lea Brandt"])
}

@Test func afterAFrontedClauseTheSubjectFollowsTheFiniteVerb() {
    let text = "Sie wisse, dass ihr Buch „nicht frei von Fehlern und manchmal ungenau“ sei, hatte Autorin Lisa Grote damals gesagt und auf ihren Verlag verwiesen, doch „zur sorgfältigen Arbeit gehört es auch, ein Buch zu prüfen“."
    let entities = [mention("Lisa Grote", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["Autorin Lisa Grote", "Autorin Lisa Grote"])
}

@Test func aQuoteInARelativeClauseClosedByItsSpeechVerbIsTheAntecedents() {
    // The mention is the relative pronoun (the frame's subject), resolved to the phrase before the comma.
    func antecedents(_ string: String) -> [String] {
        let (text, found) = quotes(in: string)
        return found.map { q in q.speaker.flatMap { s in s.antecedent.map { text[$0] } } ?? "-" }
    }
    #expect(speakers("Unterstützung kam vom Bürgermeister, der den Plan einen „großen Wurf“ nannte.") == ["der"])
    #expect(antecedents("Unterstützung kam vom Bürgermeister, der den Plan einen „großen Wurf“ nannte.") == ["Bürgermeister"])
    #expect(antecedents("Kritik kam von der Ministerin, die den Plan als „reine Propaganda“ bezeichnete.") == ["der Ministerin"])
    #expect(antecedents("Es erschien ein Kommentar, der die Entscheidung als „völlig unverständlich“ bezeichnete.") == ["ein Kommentar"])
}

@Test func aVerbFinalClauseWithItsOwnSubjectSpeaks() {
    #expect(speakers("Die Entscheidung fiel nach einer Rede des Präsidenten, in der er von einem „historischen Moment“ sprach.") == ["er"])
    #expect(speakers("Der Streit begann, als die Ministerin den Plan „völlig unverantwortlich und gefährlich“ nannte.") == ["die Ministerin"])
}
