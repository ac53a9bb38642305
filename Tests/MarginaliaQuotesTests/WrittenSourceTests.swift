import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A quote read off a text ("Darin steht:", "In dem Entwurf steht …:", "Auf dem Schild war „…“ zu
// lesen") has the text as its source; institutions speak as the subject of their sentence.

@Test func aPronominalAdverbStandsForTheTextNamedBefore() {
    let string = "Der Verein veröffentlichte am Montag eine Erklärung. Darin steht: „Wir werden den Platz nicht räumen, solange die Stadt schweigt.“"
    let (text, found) = quotes(in: string)
    #expect(found.map { $0.speaker?.text } == ["Darin"])
    // Never a bare adverb: shown with the text it stands for.
    #expect(found.first?.speaker?.antecedent.map { text[$0] } == "eine Erklärung")
    #expect(found.first?.speaker?.canonical == "Erklärung")
}

@Test func withoutATextBeforeTheAdverbIsNoSource() {
    // "Dort" after a place names no text: the adverb is not shown.
    let string = "Die Gruppe fuhr nach Bremen. Dort steht nun: „Wir bleiben hier, bis alles geklärt ist.“"
    #expect(!speakers(string).contains("Dort"))
}

@Test func aTextAfterTheStandingVerb() {
    let text = "Bisher steht in dem Vertragsentwurf noch der Satz: „Die Daten werden nach einem Jahr gelöscht.“"
    #expect(speakers(text) == ["dem Vertragsentwurf"])
}

@Test func zuLesenAfterTheQuote() {
    let text = "Auf dem Transparent der Schüler war die Losung „Bildung für alle statt Prüfung für wenige“ zu lesen."
    #expect(speakers(text) == ["dem Transparent der Schüler"])
}

@Test func anAttributeListWithCommasInsideTheTextPhrase() {
    let text = "In der jüngsten, am Abend auf der Website veröffentlichten Fassung des Protokolls heißt es: „Zwei Anträge wurden abgelehnt.“"
    #expect(speakers(text) == ["der jüngsten, am Abend auf der Website veröffentlichten Fassung des Protokolls"])
}

@Test func aPlaceIsNoText() {
    #expect(!WrittenSource.isTextNoun("Mittelpunkt"))
    #expect(!WrittenSource.isTextNoun("Kontext"))
    #expect(WrittenSource.isTextNoun("Pressemitteilung"))
    #expect(WrittenSource.isTextNoun("Berichts"))
    // "Im Mittelpunkt stand …" names no text: no written source.
    #expect(speakers("Im Mittelpunkt stand die Forderung nach „mehr Geld für alle Schulen im Land“.") != ["Mittelpunkt"])
}

@Test func anInstitutionAsTheSubjectOfItsSentence() {
    let text = "„Wir prüfen alle Angebote“, sagte Bürgermeister Jan Otte. Der Verwaltungsrat hatte sich erhofft, dass die Einnahmen „in den leeren Haushalt fließen“ würden."
    #expect(speakers(text, entities: [mention("Jan Otte", in: text, type: .PER)]) == ["Bürgermeister Jan Otte", "Der Verwaltungsrat"])
}

@Test func anInstitutionKeepsThePlaceInItsName() {
    let text = "Das Landgericht Emden bezeichnete die Klage als „offensichtlich unbegründet“."
    #expect(canonicalSpeakers(text) == ["Landgericht Emden"])
}

@Test func anInstitutionIsNoPersonsRole() {
    // "der Senat" is not "Senator Lutz Brand", named before.
    let text = "Senator Lutz Brand stimmte zu. Der Senat nannte den Entwurf „einen ersten Schritt“."
    #expect(canonicalSpeakers(text, entities: [mention("Lutz Brand", in: text, type: .PER)]) == ["Senat"])
}

@Test func etwaBeforeTheSubjectIsSkipped() {
    let text = "So hat sich etwa die Vorsitzende des Vereins, Karin Lenz, gegen den Plan ausgesprochen und behauptet, er komme nur durch „Tricks“ zustande."
    #expect(speakers(text, entities: [mention("Karin Lenz", in: text, type: .PER)]) == ["die Vorsitzende des Vereins, Karin Lenz"])
}

@Test func aTextAsTheSubjectOfTheQuotesSentence() {
    let text = "„Wir brauchen mehr Geld“, sagte der Kämmerer. Die Satzung erlaubt neue Schulden jedoch nur „zur Abwehr einer akuten Notlage“."
    #expect(speakers(text) == ["der Kämmerer", "Die Satzung"])
    // In Konjunktiv I the text is what someone else reports about.
    let reported = "„Wir brauchen mehr Geld“, sagte der Kämmerer. Die Satzung erlaube neue Schulden jedoch nur „zur Abwehr einer akuten Notlage“."
    #expect(speakers(reported) == ["der Kämmerer", "der Kämmerer"])
}
