import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Organisations told after every other pass: a person's affiliation in brackets, an acronym the
// article types an organisation found again unmarked.

private let lexicon = Lexicon(places: ["Tarnitz", "Kervia"], countries: ["Kervia"], firstNames: ["Anna", "Timo"])
private let words = GermanWords(parsing: "Grüne\tx\nTeam\tn\nVorwahl\tf\nSchild\tn\nGottes\tn\n")

/// Runs the pass over `s` with the given mentions (text, type) found at their first occurrence
/// after the previous one; answers "TYPE text" per resulting mention.
private func late(_ s: String, _ names: [(String, EntityType)]) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return GermanLateOrganisations.apply(given, tokens: tokens, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aBracketAfterAPersonNamesTheirParty() {
    #expect(late("Dazu sprach Anna Pelmer (Grüne) im Landtag.", [("Anna Pelmer", .PER)]) == ["PER Anna Pelmer", "ORG Grüne"])
    #expect(late("Minister Jon Ravel (Velorapartei, dt. etwa Fortschritt) kam.", [("Jon Ravel", .PER)])
            == ["PER Jon Ravel", "ORG Velorapartei"])
    #expect(late("Bester wurde Timo Lask (Team Quendel) als Dritter.", [("Timo Lask", .PER)]) == ["PER Timo Lask", "ORG Team Quendel"])
    // A name the tagger typed a work or an unlisted place there is the team or party.
    #expect(late("Dritter wurde Timo Lask (Quendel-Morva).", [("Timo Lask", .PER), ("Quendel-Morva", .MISC)])
            == ["PER Timo Lask", "ORG Quendel-Morva"])
}

@Test func aBracketAfterAPersonThatNamesNoBodyStays() {
    // A listed country, a common noun, two nouns, a first name, an abbreviation, a number.
    #expect(late("Es siegte Anna Pelmer (Kervia).", [("Anna Pelmer", .PER), ("Kervia", .LOC)]) == ["PER Anna Pelmer", "LOC Kervia"])
    #expect(late("Bei der Wahl von Jon Ravel (Vorwahl) war es knapp.", [("Jon Ravel", .PER)]) == ["PER Jon Ravel"])
    #expect(late("Die Gruppe Abu Ravel (Schild Gottes) drohte.", [("Abu Ravel", .PER)]) == ["PER Abu Ravel"])
    #expect(late("Der Offizier Jon (Timo) Ravel sprach.", [("Jon", .PER)]) == ["PER Jon"])
    #expect(late("Die Firma Lorbeer Europa (S.E.) wuchs.", [("Lorbeer Europa", .PER)]) == ["PER Lorbeer Europa"])
    #expect(late("Gewählt wurde Jon Ravel (35), ein Lehrer.", [("Jon Ravel", .PER)]) == ["PER Jon Ravel"])
    // Not after a person.
    #expect(late("Der Ort Tarnitz (Grüne) liegt still.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func anOrganisationsAcronymIsOneWhereverItStands() {
    let s = "Die Partei Velora Nord (VN) tagte. Später verließ die VN den Saal."
    #expect(late(s, [("Velora Nord", .ORG), ("VN", .ORG)]) == ["ORG Velora Nord", "ORG VN", "ORG VN"])
    // A word that is no acronym is not repeated, and another pass's type stays.
    #expect(late("Die Firma Pelora zahlte. Pelora lachte.", [("Pelora", .ORG)]) == ["ORG Pelora"])
    #expect(late("Die VN tagte. Die VN reiste.", [("VN", .ORG), ("VN", .MISC)]) == ["ORG VN", "MISC VN"])
}

@Test func aClubInAResultLineBesideAClubIsOne() {
    #expect(late("Ergebnisse: Velora Nordstadt - FC Quendel 3:1 (1:0)", [("Velora Nordstadt", .LOC), ("FC Quendel", .ORG)])
            == ["ORG Velora Nordstadt", "ORG FC Quendel"])
    #expect(late("FC Quendel – Sporting Ravel: 0 : 2", [("FC Quendel", .ORG), ("Sporting Ravel", .PER)])
            == ["ORG FC Quendel", "ORG Sporting Ravel"])
    // A country's team of one word stays a place; without a score the dash joins no teams.
    #expect(late("Kervia - FC Quendel 1:0", [("Kervia", .LOC), ("FC Quendel", .ORG)]) == ["LOC Kervia", "ORG FC Quendel"])
    #expect(late("Velora Nordstadt - FC Quendel fuhren heim.", [("Velora Nordstadt", .LOC), ("FC Quendel", .ORG)])
            == ["LOC Velora Nordstadt", "ORG FC Quendel"])
}

@Test func aQuotedNameBeforeAnOrganisationsAcronymIsItsLongForm() {
    #expect(late("Er führte die „Liga für Pelora und Quendel“ (LPQ) lange.", [("LPQ", .ORG)]) == ["ORG Liga für Pelora und Quendel", "ORG LPQ"])
    // A part the tagger found gives way to the whole; a title is retyped.
    #expect(late("Sie gehört zur ''United Pelora Forces'' (UPF).", [("Pelora Forces", .ORG), ("UPF", .ORG)])
            == ["ORG United Pelora Forces", "ORG UPF"])
    #expect(late("Die „Quendel Alliance“ (QA) protestierte.", [("Quendel Alliance", .MISC), ("QA", .ORG)]) == ["ORG Quendel Alliance", "ORG QA"])
    // Not before a word that is no organisation, not a small first letter, not a mention reaching out.
    #expect(late("Der „Quendel-Test“ (QT) lief.", [("QT", .MISC)]) == ["MISC QT"])
    #expect(late("Das „kleine Quendel“ (KQ) lief.", [("KQ", .ORG)]) == ["ORG KQ"])
}
