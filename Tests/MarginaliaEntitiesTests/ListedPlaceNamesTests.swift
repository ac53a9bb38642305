import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A place the list names in several words, found in pieces (invented sentences; the names are
// countries and towns of general knowledge or invented).

private let lexicon = Lexicon(places: ["Velmo und Tarvo", "Velmo", "Tarvo", "Kirchdorf an der Wende", "Kirchdorf",
                                       "Paris", "Paris Neuland"],
                              countries: ["Bosnien", "Herzegowina", "Bosnien und Herzegowina"])

private func places(_ s: String, _ names: [(String, EntityType)]) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return ListedPlaceNames.apply(given, tokens: tokens, text: text, lexicon: lexicon).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func piecesOfAListedPlaceBecomeThatPlace() {
    #expect(places("Die Delegation aus Bosnien und Herzegowina reiste ab.", [("Bosnien", .LOC), ("Herzegowina", .LOC)])
            == ["LOC Bosnien und Herzegowina"])
    #expect(places("Die Wahl in Velmo und Tarvo ist vorbei.", [("Velmo", .LOC), ("Tarvo", .LOC)]) == ["LOC Velmo und Tarvo"])
    // One piece is enough: the town's qualifier the tagger left out.
    #expect(places("Der Zug fährt nach Kirchdorf an der Wende weiter.", [("Kirchdorf", .LOC)]) == ["LOC Kirchdorf an der Wende"])
}

@Test func aListedNameTheTaggerDidNotSeeOrTypedOtherwiseStaysApart() {
    // Nothing of it found: GeoNames holds names that are phrases too.
    #expect(places("Die Wahl in Velmo und Tarvo ist vorbei.", []) == [])
    // A person inside it keeps the words apart.
    #expect(places("Sie traf Paris Neuland gestern.", [("Paris", .PER)]) == ["PER Paris"])
    // A name crossing its edge, too.
    #expect(places("Sie sah Tarvo Kirchdorf an der Wende.", [("Tarvo Kirchdorf", .PER)]) == ["PER Tarvo Kirchdorf"])
}
