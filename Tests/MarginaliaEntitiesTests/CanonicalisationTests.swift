import Testing
import MarginaliaText
@testable import MarginaliaEntities

struct CanonicalisationTests {
    let lexicon = Lexicon(places: ["Washington", "Moskau"], countries: ["Russland", "Vereinigte Staaten"], firstNames: [])

    func mentions(_ items: [(String, EntityType)]) -> [EntityMention] {
        var offset = 0
        return items.map { text, type in
            defer { offset += text.unicodeScalars.count + 1 }
            return EntityMention(span: Span(offset, offset + text.unicodeScalars.count), text: text, type: type,
                                 canonical: text, confidence: 1)
        }
    }

    func canonical(_ items: [(String, EntityType)]) -> [String] {
        EntityIdentity.assignCanonicalNames(mentions(items), language: .de, lexicon: lexicon).map(\.canonical)
    }

    @Test func inflectedNamesTakeTheirBaseForm() {
        #expect(canonical([("Russlands", .LOC), ("Washingtons", .LOC), ("Moskaus", .LOC)])
                == ["Russland", "Washington", "Moskau"])
    }

    @Test func namesEndingInSAreNotCutWithoutEvidence() {
        #expect(canonical([("Paris", .LOC), ("Schulz", .PER), ("Jones", .PER)]) == ["Paris", "Schulz", "Jones"])
    }

    @Test func placeNamesEndingInSKeepTheirS() {
        // "Pari" and "Athen" are places too; "Paris" and "Athens" are not genitives of them.
        let places = Lexicon(places: ["Paris", "Pari", "Athens", "Athen", "Moskau"], countries: [], firstNames: [])
        let found = EntityIdentity.assignCanonicalNames(mentions([("Paris", .LOC), ("Athens", .LOC), ("Moskaus", .LOC)]),
                                                        language: .de, lexicon: places).map(\.canonical)
        #expect(found == ["Paris", "Athens", "Moskau"])
    }

    @Test func englishDropsOnlyApostropheGenitives() {
        let places = Lexicon(places: ["Athen", "Washington"], countries: [], firstNames: [])
        let found = EntityIdentity.assignCanonicalNames(mentions([("Athens", .LOC), ("Washington's", .LOC)]),
                                                        language: .en, lexicon: places).map(\.canonical)
        #expect(found == ["Athens", "Washington"])
    }

    @Test func partialPersonNamesTakeTheFullName() {
        #expect(canonical([("Wladimir Putin", .PER), ("Putin", .PER), ("Putins", .PER)])
                == ["Wladimir Putin", "Wladimir Putin", "Wladimir Putin"])
        // The full name may come after the short one.
        #expect(canonical([("Sacharowa", .PER), ("Maria Sacharowa", .PER)]) == ["Maria Sacharowa", "Maria Sacharowa"])
    }

    @Test func aShortNameTakesTheMostFrequentLongerNameItStartsOrEnds() {
        #expect(canonical([("Anna Berger", .PER), ("Anna Schmidt", .PER), ("Anna Schmidt", .PER), ("Anna", .PER), ("Berger", .PER)])
                == ["Anna Berger", "Anna Schmidt", "Anna Schmidt", "Anna Schmidt", "Anna Berger"])
    }

    @Test func aGenitiveDropsItsEndingWhenALongerNameEndsInTheStem() {
        // "Putin" is no mention of its own: the stem is attested as the last word of a longer name.
        #expect(canonical([("Präsident Wladimir Putin", .PER), ("Putins", .MISC)]) == ["Präsident Wladimir Putin", "Putin"])
        #expect(EntityIdentity.tails(of: ["Präsident Wladimir Putin", "Berlin"]) == ["Wladimir Putin", "Putin"])
    }

    @Test func aliasesShareTheFormTheArticleUsesMost() {
        #expect(canonical([("USA", .LOC), ("Vereinigten Staaten", .LOC), ("USA", .LOC)]) == ["USA", "USA", "USA"])
        #expect(canonical([("Vereinte Nationen", .ORG), ("UNO", .ORG)]) == ["Vereinte Nationen", "Vereinte Nationen"])
        #expect(canonical([("Nato", .ORG), ("NATO", .ORG), ("NATO", .ORG)]) == ["NATO", "NATO", "NATO"])
    }

    @Test func namesBrokenAcrossLinesAreNormalised() {
        #expect(canonical([("Xi\nJinping", .PER)]) == ["Xi Jinping"])
    }

    @Test func groupsAreSortedByCountThenFirstMention() {
        let named = EntityIdentity.assignCanonicalNames(
            mentions([("Kiew", .LOC), ("Wladimir Putin", .PER), ("Putins", .PER), ("Putin", .PER), ("Kiew", .LOC), ("NATO", .ORG)]),
            language: .de, lexicon: lexicon)
        let groups = EntityGrouping.groups(named)
        #expect(groups.map(\.canonical) == ["Wladimir Putin", "Kiew", "NATO"])
        #expect(groups.map(\.count) == [3, 2, 1])
        #expect(groups[0].type == .PER)
        #expect(groups[0].members.map { named[Int($0)].text } == ["Wladimir Putin", "Putins", "Putin"])
    }

    @Test func groupsCanBeSectionedByType() {
        let named = EntityIdentity.assignCanonicalNames(
            mentions([("NATO", .ORG), ("Kiew", .LOC), ("Biden", .PER), ("Kiew", .LOC)]), language: .de, lexicon: lexicon)
        let sections = EntityGrouping.groupsByType(EntityGrouping.groups(named))
        #expect(sections.map(\.type) == [.PER, .LOC, .ORG])
        #expect(sections[1].groups.first?.count == 2)
    }

    /// Names broken across lines or spaced oddly get one plain space between their words.
    @Test func whitespaceNormalised() {
        let cases = ["Anna Beispiel": "Anna Beispiel", "Anna  Beispiel": "Anna Beispiel", "Anna\nBeispiel": "Anna Beispiel",
                     "Anna\u{00A0}Beispiel": "Anna Beispiel", "Anna\u{2009}Beispiel": "Anna Beispiel", " Beispiel": "Beispiel",
                     "Beispiel ": "Beispiel", "José Beispiel": "José Beispiel", "": ""]
        for (name, expected) in cases { #expect(EntityIdentity.normalise(name) == expected, "\(name)") }
        #expect(canonical([("Anna\nBeispiel", .PER), ("Beispiel", .PER)]) == ["Anna Beispiel", "Anna Beispiel"])
    }
}
