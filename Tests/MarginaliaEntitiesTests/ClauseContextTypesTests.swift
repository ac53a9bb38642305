import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Types and spans told by the words right before a name, or inside it (issue 16), on sentences
// written for these tests; the names are invented.

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstadt", "Leck", "Polen", "Bayern", "Alpen", "Marlen"], countries: ["Korea", "Polen"],
                              firstNames: ["Anna", "Jana", "Thomas", "Roman", "Marlen"])
private let nouns = GermanWords(parsing: """
    Politikwissenschaftler\tm\nTerrorist\tm\nOppositionsführer\tm\nTabellenführer\tm\nHersteller\tm\nBayer\tm\nSachse\tm\nIdee\tf\nKoch\tm\nEnkel\tm\nRoman\tm
    Leck\tn\nAlpe\tf\nSöhne\tp\nsagte\t-\n
    """)

/// The mentions as (text, type) at their first occurrence in `s`, confidence 0.7.
private func given(_ s: String, _ mentions: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type) in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.7)
    }
}

private func clause(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    ClauseContextTypes.apply(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aSurnameThePlaceListHoldsIsAPersonAfterASpeechVerbAnAgeOrARole() {
    #expect(clause("Das war ein Fehler, sagte Tarnitz.", [("Tarnitz", .LOC)]) == ["PER Tarnitz"])
    #expect(clause("Der 32-jährige Wendelstadt traf zweimal.", [("Wendelstadt", .LOC)]) == ["PER Wendelstadt"])
    #expect(clause("Das sieht der Politikwissenschaftler Tarnitz anders.", [("Tarnitz", .LOC)]) == ["PER Tarnitz"])
    #expect(clause("Am Ende schwieg Frau Wendelstadt.", [("Wendelstadt", .LOC)]) == ["PER Wendelstadt"])
    // A team's standing or a firm's trade stands before clubs and companies; a country is a state.
    #expect(clause("Tabellenführer Tarnitz verlor.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(clause("Es sprach Oppositionsführer Tarnitz.", [("Tarnitz", .LOC)]) == ["PER Tarnitz"])
    #expect(clause("Hersteller Wendelstadt liefert.", [("Wendelstadt", .LOC)]) == ["LOC Wendelstadt"])
    #expect(clause("Das sei falsch, erklärte Korea.", [("Korea", .LOC)]) == ["LOC Korea"])
    // A region's genitive names the role's domain; a geographic head names a place.
    #expect(clause("Er gilt als der Terrorist Nordwendiens.", [("Nordwendiens", .LOC)]) == ["LOC Nordwendiens"])
    #expect(clause("Der Sturm traf Lady Tarnitz Island.", [("Tarnitz Island", .LOC)]) == ["LOC Tarnitz Island"])
    // A place after a preposition stays a place.
    #expect(clause("Sie wohnt in Tarnitz.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aListedPlaceAfterInNachOrAusIsAPlace() {
    #expect(clause("Sie zog 1990 nach Tarnitz.", [("Tarnitz", .PER)]) == ["LOC Tarnitz"])
    #expect(clause("Er stammt aus Wendelstadt.", [("Wendelstadt", .PER)]) == ["LOC Wendelstadt"])
    // After "in" or "nach" a word no list knows is a place too; a first name or a genitive is not.
    #expect(clause("Später zog sie nach Quernau.", [("Quernau", .PER)]) == ["LOC Quernau"])
    #expect(clause("Das Buch geht nach Jana.", [("Jana", .PER)]) == ["PER Jana"])
    #expect(clause("Das steht in Kerlows Roman.", [("Kerlows", .PER)]) == ["PER Kerlows"])
    #expect(clause("Er stammt aus Quernau.", [("Quernau", .PER)]) == ["PER Quernau"])
}

@Test func aPeoplesPluralAfterAnArticleIsNoPlace() {
    #expect(clause("Die Polen feierten lange.", [("Polen", .LOC)]) == [])
    #expect(clause("Der Sieg der Bayern kam spät.", [("Bayern", .LOC)]) == [])
    // Without the article it is the country or the region.
    #expect(clause("Sie reiste nach Polen und Bayern.", [("Polen", .LOC), ("Bayern", .LOC)]) == ["LOC Polen", "LOC Bayern"])
    // After a comma "der" opens a relative clause.
    #expect(clause("Er sagte nichts, der Polen schaden könnte.", [("Polen", .LOC)]) == ["LOC Polen"])
    // A place in "-n" whose singular is no noun for a person stays.
    #expect(clause("Der Schnee in den Alpen schmolz.", [("Alpen", .LOC)]) == ["LOC Alpen"])
}

private func spans(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    PersonSpans.apply(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aCourtesyOrNobleTitleStaysOutsideThePerson() {
    #expect(spans("Das bestritt Frau Kerlowski.", [("Frau Kerlowski", .PER)]) == ["PER Kerlowski"])
    #expect(spans("Es sprach König Jana Brehmkötter.", [("König Jana Brehmkötter", .PER)]) == ["PER Jana Brehmkötter"])
}

@Test func aGenitiveNameDoesNotRunOnIntoItsNouns() {
    #expect(spans("Dann kam Kerlowskis Idee.", [("Kerlowskis Idee", .PER)]) == ["PER Kerlowskis"])
    #expect(spans("Es erben Jana Brehmkötters Söhne.", [("Jana Brehmkötters Söhne", .PER)]) == ["PER Jana Brehmkötters"])
    // A first name in "-s" before a surname that is a noun is a full name.
    #expect(spans("Es kocht Thomas Koch.", [("Thomas Koch", .PER)]) == ["PER Thomas Koch"])
}

private func nounUse(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return CommonNounUse.filter(given(s, mentions), tokens: tokens, lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aListedNounAfterAnArticleOrPossessiveIsNoName() {
    #expect(nounUse("Dann schrieb sie ihren zweiten Roman.", [("Roman", .PER)]) == [])
    #expect(nounUse("Sein Enkel kam spät.", [("Enkel", .PER)]) == [])
    #expect(nounUse("Der Enkel erschien.", [("Enkel", .PER)]) == [])
    // A first name after the article may be a saint's or a ruler's genitive.
    #expect(nounUse("Er las die Briefe des Roman.", [("Roman", .PER)]) == ["PER Roman"])
    // A listed place needs an indefinite or a possessive; after the definite article it may be a region.
    #expect(nounUse("Es gab ein Leck im Tank.", [("Leck", .LOC)]) == [])
    #expect(nounUse("Sie fuhr in das Leck.", [("Leck", .LOC)]) == ["LOC Leck"])
    #expect(nounUse("Sie fuhr nach Leck.", [("Leck", .LOC)]) == ["LOC Leck"])
    // No article before it: the name stays.
    #expect(nounUse("Dann lachte Roman laut.", [("Roman", .PER)]) == ["PER Roman"])
}

private func titles(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    WorkTitles.apply(given(s, mentions), text: ArticleText(s)).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aTitleInGuillemetsOrStraightMarksAfterAWorkNounIsAWork() {
    #expect(titles("Sie las die Erzählung «Der stille Hafen» vor.") == ["MISC Der stille Hafen"])
    #expect(titles("Er zeigte den Film »Nacht über Tarnitz« zweimal.", [("Tarnitz", .LOC)]) == ["MISC Nacht über Tarnitz"])
    #expect(titles("Das Lied \"Heller Morgen\" und \"Kalter Abend\" liefen.") == ["MISC Heller Morgen", "MISC Kalter Abend"])
    // Spaces inside the marks stay outside the title.
    #expect(titles("Das Lied « Heller Morgen » lief.") == ["MISC Heller Morgen"])
    // After no work noun, or a statement: no title.
    #expect(titles("Sie sagte \"Heller Morgen\" laut.") == [])
    #expect(titles("Ein guter Film\", sagte sie, \"Das war es.\"") == [])
}

private func speechFrames(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return PersonFrames.apply(given(s, mentions), tokens: tokens, text: text, lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aNameAfterASpeechVerbBeforeItsSubjectIsAPerson() {
    #expect(speechFrames("„Wir bleiben“, sagte Kerlowski.") == ["PER Kerlowski"])
    #expect(speechFrames("„Wir bleiben“, so Kerlowski.") == ["PER Kerlowski"])
    #expect(speechFrames("Das sei gut, sagte Anna Quernbeck am Montag.", [("Quernbeck", .LOC)]) == ["PER Anna Quernbeck"])
    // A noun for a person that closes the clause is a surname there.
    #expect(speechFrames("„Es reicht“, sagte Koch.") == ["PER Koch"])
    // Not a clause's end, not after a comma for "so", a place, a plural or a found name: nothing new.
    #expect(speechFrames("Dann sagte Kerlowski etwas.") == [])
    #expect(speechFrames("Es war so Kerlowski.") == [])
    #expect(speechFrames("„Wir bleiben“, sagte Tarnitz.") == [])
    #expect(speechFrames("„Wir bleiben“, sagte Söhne.") == [])
    #expect(speechFrames("„Wir bleiben“, sagte Kerlowski.", [("Kerlowski", .ORG)]) == ["ORG Kerlowski"])
}

@Test func aNameAfterANounForAKindOfFirmIsTheFirm() {
    #expect(clause("Der Getränkehersteller Quellbrunn meldet Verluste.", [("Quellbrunn", .PER)]) == ["ORG Quellbrunn"])
    #expect(clause("Marktführer Sporta Velox wächst.", [("Sporta Velox", .PER)]) == ["ORG Sporta Velox"])
    #expect(clause("Die Drogeriekette Tarnitz schließt Filialen.", [("Tarnitz", .PER)]) == ["ORG Tarnitz"])
    // A brand's or a service's noun; a place no list knows after one, but not a listed place.
    #expect(clause("Die Automarke Quellbrunn wächst.", [("Quellbrunn", .PER)]) == ["ORG Quellbrunn"])
    #expect(clause("Der Bezahlservice Quellbrunn wächst.", [("Quellbrunn", .LOC)]) == ["ORG Quellbrunn"])
    #expect(clause("Der größte Autobauer Tarnitz wächst.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    // The firm's name repeated without the frame is the firm, unless a person bears it in full.
    func person(_ name: String, at start: Int) -> EntityMention {
        EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: .PER, canonical: name, confidence: 0.6)
    }
    #expect(ClauseContextTypes.sameFirm([person("Quellbrunn", at: 0), person("Quellbrunn", at: 40)], ["Quellbrunn"]).map(\.type) == [.ORG, .ORG])
    #expect(ClauseContextTypes.sameFirm([person("Quellbrunn", at: 0), person("Anna Quellbrunn", at: 40)], ["Quellbrunn"]).map(\.type) == [.PER, .PER])
    // A person with a first name; the trades of people; a station, which a dative may follow.
    #expect(clause("Der Firmenchef der Unternehmen Anna Kessler sprach.", [("Anna Kessler", .PER)]) == ["PER Anna Kessler"])
    #expect(clause("Der Gemüsehändler Quellbrunn wurde gehört.", [("Quellbrunn", .PER)]) == ["PER Quellbrunn"])
    #expect(clause("Dort hätte der Sender Quellbrunn eine Chance gegeben.", [("Quellbrunn", .PER)]) == ["PER Quellbrunn"])
}

@Test func aPersonAfterAPlaceNounIsThePlace() {
    // A place-type noun right before, or before "von".
    #expect(clause("Die Pegel des Flusses Quellbrunn steigen.", [("Quellbrunn", .PER)]) == ["LOC Quellbrunn"])
    #expect(clause("In einem Vorort von Tarnitz fiel Regen.", [("Tarnitz", .PER)]) == ["LOC Tarnitz"])
    // A first name and a surname in apposition, a person's genitive: still persons.
    #expect(clause("Es sprach der Gouverneur des Bundesstaates Anna Kessler.", [("Anna Kessler", .PER)]) == ["PER Anna Kessler"])
    #expect(clause("Der Stadt Kesslers Pläne gefielen nicht.", [("Kesslers", .PER)]) == ["PER Kesslers"])
}

@Test func aNameAfterARoleCompoundIsThePersonWhereverTheArticleRepeatsIt() {
    let words = GermanWords(parsing: "Nationalist\tm\nNation\tf\n")
    let s = "Es siegte der Linksnationalist Ole Kerlow knapp. Danach sprach Ole Kerlow lange."
    let first = given(s, [("Ole Kerlow", .LOC)])[0]
    let start = s.unicodeScalars.count - "Ole Kerlow lange.".unicodeScalars.count
    let second = EntityMention(span: Span(start, start + 10), text: "Ole Kerlow", type: .LOC, canonical: "Ole Kerlow", confidence: 0.7)
    let typed = ClauseContextTypes.apply([first, second], text: ArticleText(s), lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
    #expect(typed == ["PER Ole Kerlow", "PER Ole Kerlow"])
    // A compound whose tail is no person's noun is no cue.
    #expect(!ClauseContextTypes.isRoleCompound("Nordnation", words: words))
    #expect(ClauseContextTypes.isRoleCompound("Linksnationalist", words: words))
}

@Test func aNameSetOffByCommasAfterARoleAndItsAttributeIsTheHolder() {
    let words = GermanWords(parsing: "Sprecher\tm\nBewegung\tf\n")
    #expect(clause("Das sei falsch, so der Sprecher der Bewegung Nord, Ole Kerlow.", [("Ole Kerlow", .LOC)]) == ["PER Ole Kerlow"])
    // Not after a verb inside the clause, not a listed place.
    let s = "Der Sprecher besuchte die Orte, Nord Kerlow, Wendelstadt."
    #expect(ClauseContextTypes.apply(given(s, [("Nord Kerlow", .LOC)]), text: ArticleText(s), lexicon: lexicon, words: words)
            .map { "\($0.type.rawValue) \($0.text)" } == ["LOC Nord Kerlow"])
}

// Names in one list with a place (PlaceLists, run at the end of ClauseContextTypes).

@Test func aPersonOfOneWordInAListWithAPlaceIsAPlace() {
    #expect(clause("Auch in Tarnitz, Quernau und Wendelstadt gab es Kundgebungen.",
                  [("Tarnitz", .LOC), ("Quernau", .PER), ("Wendelstadt", .LOC)]) == ["LOC Tarnitz", "LOC Quernau", "LOC Wendelstadt"])
    #expect(clause("Die Region zwischen Tarnitz und Velmor verliert ihr Kino.", [("Tarnitz", .LOC), ("Velmor", .PER)])
            == ["LOC Tarnitz", "LOC Velmor"])
    // A first name, a word of a person named in full, a word before a further name stay persons.
    #expect(clause("Es kamen Leute aus Tarnitz und Jana blieb.", [("Tarnitz", .LOC), ("Jana", .PER)]) == ["LOC Tarnitz", "PER Jana"])
    // A first name the place list holds too, alone among places, is the place.
    #expect(clause("Auch in Tarnitz, Marlen und Wendelstadt gab es Kundgebungen.",
                  [("Tarnitz", .LOC), ("Marlen", .PER), ("Wendelstadt", .LOC)]) == ["LOC Tarnitz", "LOC Marlen", "LOC Wendelstadt"])
    #expect(clause("Tarnitz und Velmor lobten Ole Velmor.", [("Tarnitz", .LOC), ("Velmor", .PER), ("Ole Velmor", .PER)])
            == ["LOC Tarnitz", "PER Velmor", "PER Ole Velmor"])
    // Set off by commas, a name is no member of a list.
    #expect(clause("Der Vorsitzende des Bunds Tarnitz, Kerlow, sagte das.", [("Tarnitz", .LOC), ("Kerlow", .PER)])
            == ["LOC Tarnitz", "PER Kerlow"])
}

@Test func aWordNoListKnowsInAListWithAListedPlaceIsAPlace() {
    #expect(clause("Betroffen waren Tarnitz, Quernau und Velmor.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz", "LOC Quernau", "LOC Velmor"])
    // Not a noun after its article, not a word of a longer name, not beside an unlisted place alone.
    #expect(clause("Es kamen welche aus den Quernauern und Tarnitz.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(clause("Es traf Quernau und Velmor.", [("Quernau", .LOC)]) == ["LOC Quernau"])
    #expect(clause("Sie wohnen in Tarnitz und Velmor das Brito.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aPluralPlaceNounOpensAListOfPlaces() {
    #expect(clause("In Dörfern wie Quernau und Velmor fehlt Wasser.", []) == ["LOC Quernau", "LOC Velmor"])
    #expect(clause("In Städten wie Ole Brito und Tarnitz fehlt Wasser.", [("Ole Brito", .PER), ("Tarnitz", .LOC)])
            == ["LOC Ole Brito", "LOC Tarnitz"])
    // A club typed an organisation stays one without the frame.
    #expect(clause("Tarnitz und Wendelstadt spielten remis.", [("Tarnitz", .LOC), ("Wendelstadt", .ORG)]) == ["LOC Tarnitz", "ORG Wendelstadt"])
    #expect(clause("In Städten wie Wendelstadt und Tarnitz fehlt Wasser.", [("Wendelstadt", .ORG), ("Tarnitz", .LOC)]) == ["LOC Wendelstadt", "LOC Tarnitz"])
}
