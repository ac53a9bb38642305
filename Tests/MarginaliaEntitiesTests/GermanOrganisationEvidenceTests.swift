import Testing
import MarginaliaText
@testable import MarginaliaEntities

// The last organisation pass (issue 16): a frame or the article's own organisation decides a
// name's type after the passes that retype names by their own cues.

private let lexicon = Lexicon(places: ["Tarnitz", "Kervia"], countries: ["Kervia"], firstNames: ["Anna"])
private let words = GermanWords(parsing: "Nachrichtenagentur\tf\nFluggesellschaft\tf\nUnternehmen\tn\nStiftung\tf\nDeutsche\t-\n")

/// The mentions of `s` with the given texts and types, at their first occurrence after the
/// previous one.
private func mentions(_ s: String, _ names: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    var from = 0
    return names.map { name, type in
        let n = Array(name.unicodeScalars)
        let start = (from...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n }!
        from = start + n.count
        return EntityMention(span: Span(start, start + n.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
}

private func types(_ s: String, _ names: [(String, EntityType)]) -> [EntityType] {
    GermanOrganisationEvidence.apply(mentions(s, names), text: ArticleText(s), lexicon: lexicon, words: words).map(\.type)
}

@Test func aNameAfterAnOrganisationsKindIsTheOrganisation() {
    #expect(types("Die Nachrichtenagentur Pelora meldete den Unfall.", [("Pelora", .PER)]) == [.ORG])
    #expect(types("Die Maschine der Fluggesellschaft Wendo Sky landete.", [("Wendo Sky", .LOC)]) == [.ORG])
    // The name is that organisation elsewhere in the article too.
    #expect(types("Die Nachrichtenagentur Pelora meldete es. Pelora berief sich auf die Polizei.", [("Pelora", .PER), ("Pelora", .PER)])
            == [.ORG, .ORG])
}

@Test func aPlaceAPersonOrAnIndefiniteKindStays() {
    // A listed place, a place's genitive, a person named in full, a word of such a person.
    #expect(types("Die Fluggesellschaft Tarnitz flog nicht.", [("Tarnitz", .LOC)]) == [.LOC])
    #expect(types("Die größte Fluggesellschaft Kervias fliegt.", [("Kervias", .LOC)]) == [.LOC])
    #expect(types("Der Chef der Nachrichtenagentur Anna Lorbeer sprach.", [("Anna Lorbeer", .PER)]) == [.PER])
    #expect(types("Jon Pelmer lachte. Der Sprecher des Unternehmens Pelmer schwieg.", [("Jon Pelmer", .PER), ("Pelmer", .PER)]) == [.PER, .PER])
    // "ein Unternehmen" names no particular firm.
    #expect(types("Ein Unternehmen Pelora gibt es nicht.", [("Pelora", .PER)]) == [.PER])
}

@Test func anEnglishFirmHeadClosesAnOrganisationsName() {
    #expect(types("Sie hat Wendo Motors besucht.", [("Wendo Motors", .PER)]) == [.ORG])
    #expect(types("Der Anteilseigner Lumeo Holdings verkaufte.", [("Lumeo Holdings", .PER)]) == [.ORG])
    // One word is no such name.
    #expect(types("Er sah Holdings.", [("Holdings", .PER)]) == [.PER])
}

@Test func theFirstWordOfAnArticlesOrganisationNamesItAlone() {
    let s = "Die Partei Velora Nord gewann. Später verließ Velora die Koalition."
    #expect(types(s, [("Velora Nord", .ORG), ("Velora", .PER)]) == [.ORG, .ORG])
    // Not a common noun, an inflected adjective or a listed place found as a place.
    #expect(types("Die Stiftung Warnke half. Die Stiftung zahlte.", [("Stiftung Warnke", .ORG), ("Stiftung", .MISC)]) == [.ORG, .MISC])
    #expect(types("Die Deutsche Lorbank zahlte. Der Deutsche lachte.", [("Deutsche Lorbank", .ORG), ("Deutsche", .MISC)]) == [.ORG, .MISC])
    #expect(types("Tarnitz United gewann. In Tarnitz regnete es.", [("Tarnitz United", .ORG), ("Tarnitz", .LOC)]) == [.ORG, .LOC])
}

@Test func aPlaceBeforeATownInAnOrganisationsNameStaysAPlace() {
    // "Velbe Tarnitz" may be a river or a region the list lacks before its town.
    #expect(types("Velbe Tarnitz feierte. Sie gingen über die Velbe.", [("Velbe Tarnitz", .ORG), ("Velbe", .LOC)]) == [.ORG, .LOC])
    #expect(types("Velbe Tarnitz feierte. Velbe gewann.", [("Velbe Tarnitz", .ORG), ("Velbe", .PER)]) == [.ORG, .ORG])
}

@Test func aPlaceAndOneWordAfterAKindNounAreTheOrganisationCut() {
    let s = "Die Band Tarnitz Hotel spielte. Die Gruppe Tarnitz Kervia kam. Die Band Tarnitz Hotel Lindau kam."
    let result = GermanOrganisationEvidence.apply(mentions(s, [("Tarnitz", .LOC), ("Tarnitz", .LOC), ("Kervia", .LOC), ("Tarnitz", .LOC)]),
                                                  text: ArticleText(s), lexicon: lexicon, words: words)
    // Not before another place, nor where the name goes on with a capitalised word.
    #expect(result.map(\.text) == ["Tarnitz Hotel", "Tarnitz", "Kervia", "Tarnitz"])
    #expect(result.map(\.type) == [.ORG, .LOC, .LOC, .LOC])
}
