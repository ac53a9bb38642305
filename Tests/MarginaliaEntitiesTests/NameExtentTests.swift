import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Names the tagger cut into parts or stopped short of (issue 16), on sentences written for these
// tests; the names are invented.

private let lexicon = Lexicon(places: ["Tarnitz", "Korvassa", "Bambolo", "Anna"], countries: ["Korea"],
                              firstNames: ["Jana", "Anna", "Ole"])
private let words = GermanWords(parsing: """
    Rand\tm\nTing\tm\nGang\tm\nRinger\tm\nInsasse\tm\nInsassen\tp\nProvinz\tf\nZoo\tm\nDirektor\tm\nSchauer\tm\nRichter\tx\nGebäude\tn\nsagte\t-\n
    """)

/// The tagger's mentions as (text, type, occurrence): the name at its `occurrence`-th place in `s` (from 0).
private func given(_ s: String, _ mentions: [(String, EntityType, Int)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type, occurrence) in
        let starts = scalars.indices.filter { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }
        let start = starts[occurrence]
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.8)
    }
}

private func continued(_ s: String, _ mentions: [(String, EntityType, Int)]) -> [String] {
    NameContinuation.extend(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aPersonCutIntoTwoMentionsIsJoined() {
    #expect(continued("Das sagte Mahir Selo Ardan Vekili gestern.", [("Mahir Selo", .PER, 0), ("Ardan Vekili", .PER, 0)])
        == ["PER Mahir Selo Ardan Vekili"])
    // Cut the same way twice: joined twice.
    #expect(continued("Mahir Selo Vekili kam. Dann ging Mahir Selo Vekili.", [("Mahir Selo", .PER, 0), ("Vekili", .PER, 0),
                                                                              ("Mahir Selo", .PER, 1), ("Vekili", .PER, 1)])
        == ["PER Mahir Selo Vekili", "PER Mahir Selo Vekili"])
    // A first name typed a place, before the surname the tagger found.
    #expect(continued("Gegen Ole Vekili verlor er.", [("Ole", .LOC, 0), ("Vekili", .PER, 0)]) == ["PER Ole Vekili"])
    // A surname holding a word of the place list: the rest of the name, where the place list lacks the whole.
    #expect(continued("Präsident Tomo Bambolo Kerat kam.", [("Tomo", .PER, 0), ("Bambolo Kerat", .LOC, 0)])
        == ["PER Tomo Bambolo Kerat"])
    // An unknown word and then the rest: one name.
    #expect(continued("Minister Rano Tirel Benvolo sagte das.", [("Rano", .PER, 0), ("Benvolo", .PER, 0)])
        == ["PER Rano Tirel Benvolo"])
}

@Test func twoNamesSideBySideStayApart() {
    // The first stands alone elsewhere in the article: two persons.
    #expect(continued("Vekili spielte. Statt Vekili kam Ardan Selo.", [("Vekili", .PER, 0), ("Vekili", .PER, 1), ("Ardan Selo", .PER, 0)])
        == ["PER Vekili", "PER Vekili", "PER Ardan Selo"])
    // A country after a person is a name of its own, and so is a place's genitive; so is a place before a person.
    #expect(continued("Sie trafen Ardan Selo Korea.", [("Ardan Selo", .PER, 0), ("Korea", .LOC, 0)]) == ["PER Ardan Selo", "LOC Korea"])
    #expect(continued("Sie trafen Ardan Selo Tarnitz' Gäste.", [("Ardan Selo", .PER, 0), ("Tarnitz'", .LOC, 0)])
        == ["PER Ardan Selo", "LOC Tarnitz'"])
    // A one-word place after a one-word person: two names ("Vekili Tarnitz" could be a list).
    #expect(continued("Sie trafen Vekili Tarnitz.", [("Vekili", .PER, 0), ("Tarnitz", .LOC, 0)]) == ["PER Vekili", "LOC Tarnitz"])
    #expect(continued("Der Bürgermeister von Korvassa Ardan Selo kam.", [("Korvassa", .LOC, 0), ("Ardan Selo", .PER, 0)])
        == ["LOC Korvassa", "PER Ardan Selo"])
    // A word of the noun list in the place after the person.
    #expect(continued("Sie trafen Ardan Selo Provinz.", [("Ardan Selo", .PER, 0), ("Provinz", .LOC, 0)]) == ["PER Ardan Selo", "LOC Provinz"])
}

@Test func aFullNameClosedByATownIsOnePerson() {
    // A second surname that is also a town on the place list ("Ana Beispiel Lima"), right after a
    // first name and a surname: the rest of the name.
    #expect(continued("Sie trafen Ardan Selo Tarnitz.", [("Ardan Selo", .PER, 0), ("Tarnitz", .LOC, 0)]) == ["PER Ardan Selo Tarnitz"])
    #expect(continued("Es sprachen Ardan Selo Tarnitz und Mahir Vekili.", [("Ardan Selo", .PER, 0), ("Tarnitz", .LOC, 0), ("Mahir Vekili", .PER, 0)])
        == ["PER Ardan Selo Tarnitz", "PER Mahir Vekili"])
}

@Test func aFirstNameTheListsLackAtASentencesStartJoinsTheSurname() {
    // With the tagger's words in small letters given, a word never written so is a first name at a
    // sentence's start; a common word ("Auch", "Als") is not.
    let common: Set<String> = ["auch", "als", "das", "sagte"]
    func atStart(_ s: String, _ mentions: [(String, EntityType, Int)]) -> [String] {
        NameContinuation.extend(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: words, commonWords: common)
            .map { "\($0.type.rawValue) \($0.text)" }
    }
    #expect(atStart("Das Spiel endete. Ruvan Vekili sagte das.", [("Vekili", .PER, 0)]) == ["PER Ruvan Vekili"])
    #expect(atStart("Ruvan Vekili sagte das.", [("Vekili", .PER, 0)]) == ["PER Ruvan Vekili"])
    #expect(atStart("Das Spiel endete. Auch Vekili sagte das.", [("Vekili", .PER, 0)]) == ["PER Vekili"])
    #expect(atStart("Als Vekili kam, endete es.", [("Vekili", .PER, 0)]) == ["PER Vekili"])
    // Without that list, nothing grows back at a sentence's start.
    #expect(continued("Das Spiel endete. Ruvan Vekili sagte das.", [("Vekili", .PER, 0)]) == ["PER Vekili"])
}

@Test func aPlaceNoListKnowsAfterAnUnknownWordIsAPerson() {
    // After a comma, a capitalised word or an age: a first name and a surname the tagger typed a place.
    #expect(continued("Der Regierungschef, Ruvan Puruwan, sagte das.", [("Puruwan", .LOC, 0)]) == ["PER Ruvan Puruwan"])
    #expect(continued("Es gewann die 19-jährige Ruvan Puruwan den Preis.", [("Puruwan", .LOC, 0)]) == ["PER Ruvan Puruwan"])
    // After an article or an inflected adjective a place or a firm's name; a word of two letters is no first name.
    #expect(continued("Sie flogen in der Provan Puruwan.", [("Puruwan", .LOC, 0)]) == ["LOC Puruwan"])
    #expect(continued("Er kaufte die spanischen Banco Puruwan.", [("Puruwan", .LOC, 0)]) == ["LOC Puruwan"])
    #expect(continued("Es spielten Selo, In Puruwan und andere.", [("Puruwan", .LOC, 0)]) == ["LOC Puruwan"])
    // Not at a sentence's start.
    #expect(continued("Sie kam. Ruvan Puruwan lag im Süden.", [("Puruwan", .LOC, 0)]) == ["LOC Puruwan"])
}

@Test func aFirstNameTypedAPlaceTakesTheSurname() {
    #expect(continued("Das sagte Jana Salvano gestern.", [("Jana", .LOC, 0)]) == ["PER Jana Salvano"])
    // A masculine or feminine noun may be its surname; a neuter or plural noun may not, nor nothing.
    #expect(continued("Das sagte Ole Schauer gestern.", [("Ole", .LOC, 0)]) == ["PER Ole Schauer"])
    // A noun whose singular and plural are alike, as most trade names are.
    #expect(continued("Das sagte Ole Richter gestern.", [("Ole", .LOC, 0)]) == ["PER Ole Richter"])
    #expect(continued("Sie sah Jana Gebäude.", [("Jana", .LOC, 0)]) == ["LOC Jana"])
    #expect(continued("Sie fuhr nach Jana.", [("Jana", .LOC, 0)]) == ["LOC Jana"])
    // A listed place that is a first name too is left alone.
    #expect(continued("Sie kam aus Anna Salvano.", [("Anna", .LOC, 0)]) == ["LOC Anna"])
}

@Test func aPlaceNoListKnowsBeforeAnUnknownWordIsAPerson() {
    #expect(continued("Das teilte der Direktor Tomo Puruwan mit.", [("Tomo", .LOC, 0)]) == ["PER Tomo Puruwan"])
    // Not a compound ending in a noun; not before a person the tagger found ("der Region Wendal Ole Selo").
    #expect(continued("Die Sonde flog zum Saturnrand Ankelo.", [("Saturnrand", .LOC, 0)]) == ["LOC Saturnrand"])
    #expect(continued("Der Präsident der Region Wendal Ole Selo kam.", [("Wendal", .LOC, 0), ("Ole Selo", .PER, 0)])
        == ["LOC Wendal", "PER Ole Selo"])
}

@Test func aSurnameWhoseEndSpellsANounIsNoCompound() {
    // "Rand", "Ting", "Gang" after a part that opens no compound: the name goes on.
    #expect(continued("Das sagte Émile Surand gestern.", [("Émile", .PER, 0)]) == ["PER Émile Surand"])
    #expect(continued("Das sagte Bernd Kolting gestern.", [("Bernd", .PER, 0)]) == ["PER Bernd Kolting"])
    #expect(continued("Das sagte Wei Leigang gestern.", [("Wei", .PER, 0)]) == ["PER Wei Leigang"])
    // A prefix, a part of four letters or more, a hyphenated part or a listed noun of three letters: a compound.
    #expect(NameContinuation.endsInNoun("Mitinsassen", words: words))
    #expect(NameContinuation.endsInNoun("Bezirksdirektor", words: words))
    #expect(NameContinuation.endsInNoun("EU-Direktor", words: words))
    #expect(NameContinuation.endsInNoun("Zoodirektor", words: words))
    #expect(!NameContinuation.endsInNoun("Surand", words: words))
    #expect(continued("Das sagte Ole Mitinsassen.", [("Ole", .PER, 0)]) == ["PER Ole"])
}

@Test func aFirstNameOfANounsEndingJoinsASurnameTheArticleRepeats() {
    // "Örsen", "Talrem" end like an inflected noun, "Kavid" is a frequent word of another class:
    // refused before a surname named once, taken where the article names the surname alone again.
    let common: Set<String> = ["auch", "immer", "sagte", "kam"]
    let ws = GermanWords(parsing: "Kavid\t-\nImmer\t-\nsagte\t-\nFahrer\tm\nInstitut\tn\n")
    /// The first of the two mentions of "Vekili" after `before`, with `after` behind it.
    func first(_ before: String, _ after: String = "") -> String {
        let s = "Das sagte \(before) Vekili\(after) gestern. Vekili kam."
        return NameContinuation.extend(given(s, [("Vekili", .PER, 0), ("Vekili", .PER, 1)]), text: ArticleText(s), lexicon: lexicon,
                                       words: ws, commonWords: common)[0].text
    }
    #expect(first("Örsen") == "Örsen Vekili")
    #expect(first("Talrem") == "Talrem Vekili")
    #expect(first("Kavid") == "Kavid Vekili")
    // After an article, a listed noun, a word the training text writes in small letters, or with a
    // capitalised word after the surname: no first name.
    #expect(first("des Örsen") == "Vekili")
    #expect(first("Fahrer") == "Vekili")
    #expect(first("Immer") == "Vekili")
    #expect(first("Örsen", " Institut") == "Vekili")
    // Named once: the ending still refuses it.
    let once = "Das sagte Örsen Vekili gestern."
    #expect(NameContinuation.extend(given(once, [("Vekili", .PER, 0)]), text: ArticleText(once), lexicon: lexicon, words: ws,
                                    commonWords: common).map(\.text) == ["Vekili"])
}
