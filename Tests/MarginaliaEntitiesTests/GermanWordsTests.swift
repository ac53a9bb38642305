import Testing
@testable import MarginaliaEntities

@Test func wordListParsesClasses() {
    let list = GermanWords(parsing: "# header\nRednerin\tf\nRedner\tx\nRednern\tp\nKürzlich\t-\n")
    #expect(list.wordClass("Rednerin") == .noun(.feminine))
    #expect(list.wordClass("Rednern") == .noun(.plural))
    #expect(list.wordClass("Kürzlich") == .other)
    #expect(list.wordClass("Unbekannt") == nil)
    #expect(list.isCommonNoun("Redner") && !list.isCommonNoun("Kürzlich"))
}

@Test func compoundTakesItsHeadNounsClassWhenItsModifierIsANounToo() {
    let list = GermanWords(parsing: "Rednerin\tf\nWetter\tn\nVerteidigung\tf\nEssen\tn\nMinister\tx\n")
    #expect(list.wordClass("Wetterrednerin") == .noun(.feminine))
    #expect(list.wordClass("Verteidigungsminister") == .noun(.mixed))
    #expect(list.wordClass("EU-Rednerin") == .noun(.feminine))
    #expect(list.wordClass("Unterdessen") == nil)          // "Unterd" is no noun
    #expect(!list.isListedNoun("Wetterrednerin"))          // inferred, not listed
}

@Test func builderKeepsCommonNounsAndDropsProperNames() throws {
    let csv = """
    lemma,pos,genus,genus 1,genus 2,genus 3,genus 4,nominativ singular,nominativ plural
    Redner,Substantiv,m,,,,,Redner,Redner
    Tafel,Substantiv,f,,,,,Tafel,Tafeln
    Wiesental,"Substantiv,Toponym",n,,,,,Wiesental,
    """
    let frequencies = "redner\t3.1\ntafel\t3.0\ntafeln\t2.0\nwiesental\t2.5\nkürzlich\t4.0\nwiesental\t2.5\n"
    let text = try GermanWordsBuilder.build(nounsCSV: csv, frequencies: frequencies, knownNames: [])
    let list = GermanWords(parsing: text)
    #expect(list.wordClass("Redner") == .noun(.mixed))      // singular and plural alike
    #expect(list.wordClass("Tafel") == .noun(.feminine))
    #expect(list.wordClass("Tafeln") == .noun(.plural))
    #expect(list.wordClass("Wiesental") == nil)               // a place, not a common noun
    #expect(list.wordClass("Kürzlich") == .other)
    #expect(text.hasPrefix("# German word classes"))          // the attribution header ships with it
}

@Test func csvRowsHandleQuotedCommas() {
    let rows = Array(CSVRows("a,\"b,c\",\"d \"\"e\"\"\"\r\nx,,y"))
    #expect(rows == [["a", "b,c", "d \"e\""], ["x", "", "y"]])
}

@Test func firstNameGenderFromItsFirstKnownWord() {
    let table = FirstNameGender.parse("# header\nAnna\tF\nThomas\tM\nKim\n")
    #expect(FirstNameGender.of("Anna Berger", table: table) == .female)
    #expect(FirstNameGender.of("Dr. Thomas Kühn", table: table) == .male)
    #expect(FirstNameGender.of("Kim Lee", table: table) == nil)
    #expect(Lexicon.parseNames("Anna\tF\nKim\n") == ["Anna", "Kim"])
}

@Test func shippedListsCarryGendersAndWordClasses() {
    #expect(FirstNameGender.shipped["Anna"] == .female)
    #expect(FirstNameGender.shipped["Thomas"] == .male)
    #expect(GermanWords.shipped.wordClass("Ministerin") == .noun(.feminine))
    #expect(GermanWords.shipped.wordClass("Erstmals") == .other)
}
