import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisations told by a noun of their kind (issue 16, orgs6): the opening phrase of a main clause,
// firm kinds before a founder's name or a foreign word, plural kinds before a list, a paper after a
// speech verb and its speaker, churches by confession, papers by a compound head. Sentences written
// for these tests; the firms, papers and places in them are invented.

private let lexicon = Lexicon(places: ["Leinau"], countries: [], firstNames: ["Anna"])
private let words = GermanWords(parsing: """
    Morgenrot\tn
    Kurier\tm
    Geld\tn
    Zeit\tf
    Reporter\tm
    Grenzen\tp
    Firmen\tp
    Hersteller\tx
    Spielzeughersteller\tx
    Quadrix\t-
    Kirche\tf

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func aKindNounOpeningTheSentenceNamesTheWordAfterIt() {
    // Verb second: "Der Stromversorger Morgenrot" is one phrase, so the listed noun is the firm's name.
    #expect(apply("Der Stromversorger Morgenrot hat die Preise erhöht.") == ["ORG Morgenrot"])
    #expect(apply("Der halbstaatliche Fernsehsender Morgenrot zeigt die Spiele.") == ["ORG Morgenrot"])
    #expect(apply("Die Zeitung Kurier lag auf dem Tisch.") == ["ORG Kurier"])
    // Elsewhere a listed noun after the kind is the clause's object.
    #expect(apply("Weil der Versicherer Geld verlor, stieg der Preis.") == [])
    // A preposition after the word: the name may go on ("Reporter ohne Grenzen").
    #expect(!apply("Die Organisation Reporter ohne Grenzen hisste eine Fahne.").contains("ORG Reporter"))
    // A kind that opens the name itself is not cut off.
    #expect(!apply("Die Stiftung Morgenrot hat Helme getestet.").contains("ORG Morgenrot"))
}

@Test func aFirmKindTakesAFoundersNameAndForeignWords() {
    #expect(apply("Die Webseite des Motorradherstellers Anna Tallberg zeigt ein Modell.", [("Anna Tallberg", .PER, 0.7)])
            == ["ORG Anna Tallberg"])
    #expect(apply("Das Spiel aus dem Hause Quadrix Vento erscheint im Mai.") == ["ORG Quadrix Vento"])
    #expect(apply("Sie kaufte bei der Drogeriekette Quadrix ein.") == ["ORG Quadrix"])
    // After another kind such a word may be German ("die Heeresgruppe Süd").
    #expect(apply("Sie kämpfte in der Heeresgruppe Quadrix mit.") == [])
    // "zu Hause" is no firm's house.
    #expect(apply("Er blieb zu Hause Quadrix spielen.") == [])
    // A firm's kind the noun list lacks as a compound still stays outside the tagger's name.
    #expect(apply("Der Onlinehändler Quellmann wächst.", [("Onlinehändler Quellmann", .ORG, 0.3)]) == ["ORG Quellmann"])
}

@Test func aPluralKindBeforeAListNamesEachMember() {
    #expect(apply("Die Spielzeughersteller Kreiselwerk und Bauklotz streiten. Bauklotz klagt.")
            == ["ORG Kreiselwerk", "ORG Bauklotz", "ORG Bauklotz"])
    #expect(apply("Die führenden Hersteller, Lindwurm, Karstel und Nordlicht, hatten Probleme.")
            == ["ORG Lindwurm", "ORG Karstel", "ORG Nordlicht"])
    // Listed nouns are objects, not firms; one name alone is no list.
    #expect(apply("Das kostet die Firmen Geld und Zeit.") == [])
}

@Test func aPaperAfterASpeechVerbAndItsSpeaker() {
    #expect(apply("„Das stimmt nicht“, sagte Brandt der „Abendpost am Sonntag“.", [("Brandt", .PER, 0.6)])
            == ["PER Brandt", "ORG Abendpost am Sonntag"])
    #expect(apply("Er appellierte an den Sender Morgenrot: Das sei wichtig.") == ["ORG Morgenrot"])
}

@Test func churchesByConfessionAndPapersByACompoundHead() {
    #expect(apply("Die Ratsvorsitzende der Evangelischen Kirche sprach.") == ["ORG Evangelischen Kirche"])
    // A town's church and a big church are buildings.
    #expect(apply("Sie besuchte die Leinauer Kirche am Markt.").allSatisfy { !$0.hasPrefix("ORG") })
    #expect(apply("Er war Prediger der Großen Kirche bis 1790.") == [])
    #expect(apply("Das sagte er der Leinauer Volkszeitung am Montag.") == ["ORG Leinauer Volkszeitung"])
    // A studio before its town, as a court or a theatre.
    #expect(apply("Er wird Geschäftsführer im Studio Leinau.") == ["ORG Studio Leinau"])
    // A paper described by its kind and town is named in the marks after it.
    #expect(apply("Das schreibt die Leinauer Tageszeitung „Morgenbote“ heute.") == ["ORG Morgenbote"])
}
