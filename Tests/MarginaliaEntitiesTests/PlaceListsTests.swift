import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Names in one list with a place, on sentences written for these tests; the names are invented.

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstadt", "Dortmund"], countries: [],
                              firstNames: ["Anna", "Jana"])
private let nouns = GermanWords(parsing: "Gebiet\tn\nGebieten\tp\nFeld\tn\n")

/// The mentions as (text, type) at their first occurrence in `s`, confidence 0.7.
private func given(_ s: String, _ mentions: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type) in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.7)
    }
}

private func lists(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    PlaceLists.apply(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aPersonOfOneWordInAListWithAPlaceIsAPlace() {
    #expect(lists("Auch in Tarnitz, Quernau und Wendelstadt gab es Kundgebungen.",
                  [("Tarnitz", .LOC), ("Quernau", .PER), ("Wendelstadt", .LOC)]) == ["LOC Tarnitz", "LOC Quernau", "LOC Wendelstadt"])
    #expect(lists("Die Region zwischen Tarnitz und Velmor verliert ihr Kino.", [("Tarnitz", .LOC), ("Velmor", .PER)])
            == ["LOC Tarnitz", "LOC Velmor"])
    // A first name, a word of a person named in full, a word before a further name stay persons.
    #expect(lists("Es kamen Leute aus Tarnitz und Jana blieb.", [("Tarnitz", .LOC), ("Jana", .PER)]) == ["LOC Tarnitz", "PER Jana"])
    #expect(lists("Tarnitz und Velmor lobten Ole Velmor.", [("Tarnitz", .LOC), ("Velmor", .PER), ("Ole Velmor", .PER)])
            == ["LOC Tarnitz", "PER Velmor", "PER Ole Velmor"])
    // Set off by commas, a name is no member of a list.
    #expect(lists("Der Vorsitzende des Bunds Tarnitz, Kerlow, sagte das.", [("Tarnitz", .LOC), ("Kerlow", .PER)])
            == ["LOC Tarnitz", "PER Kerlow"])
}

@Test func aWordNoListKnowsInAListWithAListedPlaceIsAPlace() {
    #expect(lists("Betroffen waren Tarnitz, Quernau und Velmor.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz", "LOC Quernau", "LOC Velmor"])
    // Not a noun after its article, not a word of a longer name, not beside an unlisted place alone.
    #expect(lists("Es kamen welche aus den Quernauern und Tarnitz.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(lists("Es traf Quernau und Velmor.", [("Quernau", .LOC)]) == ["LOC Quernau"])
    #expect(lists("Sie wohnen in Tarnitz und Velmor das Brito.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aPluralPlaceNounOpensAListOfPlaces() {
    #expect(lists("In Dörfern wie Quernau und Velmor fehlt Wasser.", []) == ["LOC Quernau", "LOC Velmor"])
    #expect(lists("In Städten wie Ole Brito und Tarnitz fehlt Wasser.", [("Ole Brito", .PER), ("Tarnitz", .LOC)])
            == ["LOC Ole Brito", "LOC Tarnitz"])
    // A club typed an organisation stays one without the frame.
    #expect(lists("Tarnitz und Dortmund spielten remis.", [("Tarnitz", .LOC), ("Dortmund", .ORG)]) == ["LOC Tarnitz", "ORG Dortmund"])
    #expect(lists("In Städten wie Dortmund und Tarnitz fehlt Wasser.", [("Dortmund", .ORG), ("Tarnitz", .LOC)]) == ["LOC Dortmund", "LOC Tarnitz"])
}
