import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisations of the fourth orgs round (issue 16): federal and state offices, bodies named by
// capitalised adjectives, coded commissions, committees, English legal forms with a period,
// outlets in source frames, names in marks after a kind noun, lower-case names. Sentences
// written for these tests; the bodies, firms and places in them are invented or generic.

private let lexicon = Lexicon(places: ["Lindau", "Kassel", "Sachsen", "Berlin"], countries: [], firstNames: ["Anna", "Jonas"])
private let words = GermanWords(parsing: """
    Kette\tf
    Partei\tf
    Bewegung\tf
    Band\tm
    Filialen\tp
    Kreisel\tm
    Zahlen\tp
    Daten\tp
    Herausgabe\tf
    Schmucks\tm
    Spiegel\tm
    Spiegels\tm
    Presse\tf
    Technischen\t-
    Statistischen\t-
    Focus\t-

    """)

private func apply(_ s: String, _ mentions: [(String, EntityType, Double)] = []) -> [String] {
    applyNamePatterns(s, mentions, lexicon: lexicon, words: words)
}

@Test func federalAndStateOfficesNamedByOneCompound() {
    #expect(apply("Ein Sprecher des Landesumweltamtes widersprach.") == ["ORG Landesumweltamtes"])
    #expect(apply("Nun prüft das Bundesverkehrsministerium den Antrag.") == ["ORG Bundesverkehrsministerium"])
    #expect(apply("Ein Papier des Bundesministeriums des Innern liegt vor.") == ["ORG Bundesministeriums des Innern"])
    #expect(apply("Ermittler des Landeskriminalamts Sachsen kamen.") == ["ORG Landeskriminalamts Sachsen"])
    #expect(apply("Laut einer Studie des Umweltbundesamtes sank der Wert.") == ["ORG Umweltbundesamtes"])
    // An indefinite article names no particular office; a bare ministry without a federal or
    // state prefix is unmarked, as in GermEval.
    #expect(apply("Dort soll ein Landesamt entstehen.") == [])
    #expect(apply("Das Gesundheitsministerium schwieg.") == [])
}

@Test func bodiesNamedByCapitalisedAdjectives() {
    #expect(apply("Nach Angaben des Statistischen Bundesamtes stieg die Zahl.") == ["ORG Statistischen Bundesamtes"])
    #expect(apply("Helfer des Technischen Hilfswerks pumpten Keller leer.") == ["ORG Technischen Hilfswerks"])
    // A compound adjective is capitalised for its first part; a name or a genitive after the head
    // goes on further than the rule can tell.
    #expect(apply("Er leitet die SPD-nahen Stiftung seit Jahren.") == [])
    #expect(apply("Er lehrt an der Chinesischen Akademie der Künste in Lindau.") == ["LOC Lindau"])
    #expect(apply("Dazu riet der Wissenschaftliche Beirat der Firma.") == [])
}

@Test func codedCommissionsAndCommittees() {
    #expect(apply("Die Kontrolle übernimmt die K7-Kommission des Parlaments.") == ["ORG K7-Kommission"])
    // A committee compound alone is no organisation (GermEval: O or a part of a name).
    #expect(apply("Der Vorsitzende des Landtags-Innenausschusses sprach.", [("Landtags-Innenausschusses", .ORG, 0.5)]) == [])
}

@Test func englishLegalFormsKeepTheirPeriod() {
    #expect(apply("Dazu gehören Quabbel Corp., Zirkon Corp. und Warnow Bros. aus Kassel.")
            == ["ORG Quabbel Corp.", "ORG Zirkon Corp.", "ORG Warnow Bros.", "LOC Kassel"])
    // The name alone later in the article is the same firm.
    #expect(apply("Die Firma Quabbel Corp. klagt. Quabbel verlangt Schadenersatz.") == ["ORG Quabbel Corp.", "ORG Quabbel"])
    // A person the article names, "& Co.": the person and company, not a firm.
    #expect(apply("Anna Quastel lachte. Was Quastel & Co. planen, bleibt offen.", [("Anna Quastel", .PER, 1.0)]) == ["PER Anna Quastel"])
}

@Test func outletsInSourceFrames() {
    #expect(apply("Das sagte er der Onlineausgabe des Spiegels am Montag.") == ["ORG Spiegels"])
    #expect(apply("Er sei laut dem Nachrichtenmagazin Focus entlassen worden.") == ["ORG Focus"])
    #expect(apply("Wie der Spiegel berichtet, war das Haus leer.") == ["ORG Spiegel"])
    // "Herausgabe" is no edition; "Presse" is the press at large.
    #expect(apply("Er verlangte die Herausgabe des Schmucks vom Museum.") == [])
    #expect(apply("Das sagte sie gegenüber der Presse am Abend.") == [])
}

@Test func namesAfterAKindNoun() {
    #expect(apply("Die Bewegung „Volk für Wandel“ rief zum Protest auf.") == ["ORG Volk für Wandel"])
    #expect(apply("Die Partei „Neue Mitte“ trat nicht an.") == ["ORG Neue Mitte"])
    // A book's volume is no band.
    #expect(apply("Sein erster Band „Wolkenhaus“ erschien im Mai.") == [])
    #expect(apply("Die Drogerie-Kette Kreisel schließt Filialen.") == ["ORG Kreisel"])
    #expect(apply("Die Drogerie-Kette Filialen schließen.") == [])
    #expect(apply("Die Gewerkschaft ab.cd und der Sender n12 berichten.") == ["ORG ab.cd", "ORG n12"])
    // The tagger's person after a party noun is the party.
    #expect(apply("Die Oppositionspartei Drugora Rossa protestierte.", [("Drugora Rossa", .PER, 0.6)]) == ["ORG Drugora Rossa"])
}

@Test func institutionsInTheGenitiveBeforeAPlace() {
    #expect(apply("Ein Urteil des Landgerichts Kassel steht aus.") == ["ORG Landgerichts Kassel"])
    #expect(apply("Er sitzt im Männergefängnis Berlin-Tegel ein.") == ["ORG Männergefängnis Berlin-Tegel"])
    #expect(apply("Das sagte eine Sprecherin des Anna-Quastel-Instituts.") == ["ORG Anna-Quastel-Instituts"])
    #expect(apply("Schüler des Jonas-Quastel-Gymnasiums Lindau protestierten.") == ["ORG Jonas-Quastel-Gymnasiums Lindau"])
}
