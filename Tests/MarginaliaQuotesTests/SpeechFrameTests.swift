import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// Speech frames added for issue 16 (sentences written for these tests).

@Test func adverbOpeningTheClauseIsNotItsSubject() {
    // "Demgegenüber" fills the first position: the subject follows the verb.
    let s = "Demgegenüber sagte Stadtrat Otto Brenner, die Kosten seien „viel zu hoch gerechnet“."
    #expect(speakers(s, entities: [mention("Otto Brenner", in: s, type: .PER)]) == ["Stadtrat Otto Brenner"])
}

@Test func timeAdverbBeforePrepositionIsNoFiniteVerb() {
    // "kurz" is no verb: the coordinated "sagte" shares the subject of "war".
    let s = "Schon kurz nach der Sitzung war Otto Brenner zufrieden und sagte in einem Gespräch: „Wir haben viel erreicht.“"
    #expect(speakers(s, entities: [mention("Otto Brenner", in: s, type: .PER)]) == ["Otto Brenner"])
}

@Test func coordinatedVerbAfterAppositionKeepsTheSubject() {
    // Not the object "den Einsatz" of the first verb.
    let s = "Der Verein, ein Bündnis mehrerer Initiativen, kritisierte jedoch den Einsatz der Polizei und sprach von „unnötiger Härte“."
    #expect(speakers(s) == ["Der Verein"])
}

@Test func clauseAfterColonHasItsOwnSubject() {
    let s = "Die Opposition schloss sich an: Der Sprecher der Fraktion, Otto Brenner, bewertete den Plan als „teuren Irrweg“."
    let found = speakers(s, entities: [mention("Otto Brenner", in: s, type: .PER), mention("Opposition", in: s, type: .ORG)])
    #expect(found.count == 1)
    #expect(found.first?.contains("Otto Brenner") == true)
}

@Test func bracketedSourceAfterTheQuote() {
    let s = "Der Etat wurde gekürzt. „Alle Beobachter sind sich einig, dass die Wahl fair und frei verlaufen ist.“ (Stiftung Beispielhausen)."
    #expect(speakers(s) == ["Stiftung Beispielhausen"])
    // A reference in brackets is no source.
    let r = "Das Gesetz erlaubt das nur „zur Abwehr einer Störung des Gleichgewichts“ (Artikel 115)."
    #expect(speakers(r) != ["Artikel 115"])
}

@Test func wieClauseWithPartyInBrackets() {
    let s = "Wie Stadtrat Otto Brenner (SPD) am Montag sagte, sei das Ergebnis „ein klarer Auftrag“."
    #expect(speakers(s, entities: [mention("Otto Brenner", in: s, type: .PER)]) == ["Stadtrat Otto Brenner (SPD)"])
}

@Test func statementNamedAfterNachIsTheSource() {
    let s = "Nach einer vom Verband veröffentlichten Erklärung will der Spieler den Schaden „vollständig und so schnell wie möglich ersetzen“."
    #expect(quotedTexts(s) == ["vollständig und so schnell wie möglich ersetzen"])
    #expect(speakers(s) == ["einer vom Verband veröffentlichten Erklärung"])
}

@Test func newClauseAfterQuoteAndCommaHasItsOwnSpeaker() {
    let s = "Die Kanzlerin nannte ihn einen „guten Kandidaten“, Vizekanzler Otto Brenner lobte seinen „ruhigen Stil“."
    #expect(speakers(s, entities: [mention("Otto Brenner", in: s, type: .PER)]) == ["Die Kanzlerin", "Vizekanzler Otto Brenner"])
}

@Test func thingOpeningTheClauseIsItsObject() {
    let s = "Die Kritik des Rechnungshofs wies die Landesregierung zurück: „Die Zahlen sind veraltet.“"
    #expect(speakers(s, entities: [mention("Landesregierung", in: s, type: .ORG)]) == ["die Landesregierung"])
    // A name the recognizer missed opening the clause stays its subject.
    let t = "Der Beispielverein und die Stadt werden eine gemeinsame Stiftung gründen: „Das ist ein guter Tag für alle.“"
    #expect(speakers(t).first?.hasPrefix("Der Beispielverein") == true)
}

@Test func passiveAgentWithoutArticleSpeaks() {
    let s = "Die neue Lage wird von offizieller Seite mit einer „ruhigen und gründlichen Prüfung aller Optionen“ beschrieben."
    #expect(speakers(s) == ["offizieller Seite"])
    let t = "Die Lage wird von der Regierung als „ernst, aber durchaus beherrschbar“ beschrieben."
    #expect(speakers(t) == ["der Regierung"])
}

@Test func demnachStandsForTheSourceBefore() {
    let s = "Die Behörde legte am Montag ihren Bericht vor. Demnach sei der Mann „zu keiner Zeit in Gefahr“ gewesen."
    let (text, found) = quotes(in: s, entities: [mention("Behörde", in: s, type: .ORG)])
    #expect(found.map { $0.speaker?.text } == ["Demnach"])
    #expect(found.first?.speaker.map { $0.antecedent.map { text[$0] } ?? $0.canonical } != nil)
}

@Test func wonachStandsForThePhraseBeforeItsComma() {
    let s = "Die Ansicht von Stadtrat Otto Brenner (SPD), wonach es „ein faires und ausgewogenes Verfahren“ geben werde, teilt die Opposition nicht."
    let (text, found) = quotes(in: s, entities: [mention("Otto Brenner", in: s, type: .PER)])
    #expect(found.map { $0.speaker?.text } == ["wonach"])
    #expect(found.first?.speaker?.antecedent.map { text[$0] }?.contains("Otto Brenner") == true)
    // Across a colon the quote is a statement of its own.
    let t = "Es gab Berichte, wonach der Plan scheitere: „Wir haben das alles längst kommen sehen.“"
    #expect(speakers(t) != ["wonach"])
}

@Test func wieFolgtAnnouncesTheQuotedDocument() {
    let s = "Der Vertrag von 1920 regelte die Grenze wie folgt:\n\n„Die Grenze verläuft entlang des Flusses bis zur alten Brücke und von dort nach Norden.“"
    #expect(speakers(s) == ["Der Vertrag"])
}

@Test func impersonalReportAfterWieNamesItsSource() {
    // "wie es aus X hieß": the verb ends the clause, the source stands between "es" and it;
    // a conjunction opening the sentence is never the speaker.
    let s = "Der Rat tagte lange. Aber wie es aus den Kreisen der Stadtverwaltung dazu hieß, sei „das Ende der Geduld erreicht, und wir handeln jetzt“."
    #expect(speakers(s) == ["den Kreisen der Stadtverwaltung"])
    #expect(!speakers(s).contains("Aber"))
}
