import Testing
@testable import MarginaliaQuotes

// Clause roles around a quote: a plural first constituent before a singular verb is the object and
// the noun phrase after the verb speaks; a passive's subject is what is described; a participle
// before the quote is no speech verb; a plural noun after an agreeing singular starts a new phrase.

@Test func aPluralObjectFirstAndASingularVerb() {
    let text = "Die streikenden Piloten, die seit Montag die Arbeit niederlegen, nannte die Sprecherin des Flughafens „völlig unverantwortlich“."
    #expect(speakers(text) == ["die Sprecherin des Flughafens"])
}

@Test func aPluralVerbKeepsThePluralSubject() {
    let text = "Die streikenden Piloten nannten die Sprecherin des Flughafens „völlig unglaubwürdig“."
    #expect(speakers(text) == ["Die streikenden Piloten"])
}

@Test func anAttributiveParticipleBeforeTheQuoteIsNoSpeechVerb() {
    let text = "Grund für die Umkehr über Lyon waren dem Bericht zufolge nicht näher bezeichnete „technische Probleme“ an Bord."
    #expect(speakers(text) == ["dem Bericht"])
}

@Test func aPassiveWithoutAgentNamesItsMedium() {
    let text = "Die Stadtwerke gelten als parteinah und wurden gestern im „Kurier“ als „ein Staat im Staate, der niemandem Rechenschaft schuldet“ bezeichnet."
    #expect(speakers(text) == ["„Kurier“"])
}

@Test func aPluralNounAfterAnAgreeingSingularStartsTheObject() {
    let text = "Ab Januar darf die Polizei Kundgebungen leichter auflösen, sobald eine „konkrete Gefahr für die Teilnehmer“ besteht."
    #expect(speakers(text) == ["die Polizei"])
    // A place adjective before a plural noun stays one name.
    let name = "Die Kieler Nachrichten berichten, es gebe „keinen Grund zur Sorge“."
    #expect(speakers(name, entities: [mention("Kieler Nachrichten", in: name, type: .ORG)]) == ["Die Kieler Nachrichten"])
}

@Test func aReportedClauseAboutAPlaceKeepsTheReporterBeforeTheColon() {
    let text = "Auch Kanada will Helfer schicken. Wie die Regierungschefin von Ontario, Mara Eckert, erklärte, habe sie die Feuerwehr alarmiert. Ontario sei dem Land wegen seiner Hilfe zu Dank verpflichtet: „Sie haben uns damals geholfen, und wir helfen jetzt ihnen.“ Auch andere Staaten halfen."
    #expect(speakers(text, entities: [mention("Mara Eckert", in: text, type: .PER)]) == ["die Regierungschefin von Ontario, Mara Eckert"])
}

@Test func quotesInAPrepositionalFirstConstituentThenTheVerbAndItsSubject() {
    let text = "Von „grober Fahrlässigkeit“ oder „purer Schlamperei“ sprechen Fachleute nach dem Unglück im Hafen."
    #expect(speakers(text) == ["Fachleute", "Fachleute"])
}
