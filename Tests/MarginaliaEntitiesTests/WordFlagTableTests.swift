import Testing
@testable import MarginaliaEntities

struct WordFlagTableTests {
    let lexicon = Lexicon(places: ["München", "New York", "Moskau"], countries: ["Russland"], firstNames: ["Maria", "Zoë"])

    func extractor() -> FeatureExtractor {
        FeatureExtractor(lexicon: lexicon, commonWords: ["dennoch", "über"], hashBits: 16)
    }

    /// The flags as the sets answer them, by `String` equality (the name lists only for
    /// capitalised words and "e.V.").
    func setFlags(_ e: FeatureExtractor, _ word: String) -> WordFlags {
        let v = TokenView(word)
        var f: WordFlags = []
        guard v.isCapitalised || word == "e.V." else { return e.commonWords.contains(v.lower) ? [.common] : [] }
        if e.lexicon.firstNames.contains(word) { f.insert(.firstName) }
        if e.cues.organisationWords.contains(word) { f.insert(.organisationWord) }
        if e.cues.personTitles.contains(word) { f.insert(.personTitle) }
        if e.lexicon.places.contains(word) { f.insert(.place) }
        if e.lexicon.countries.contains(word) { f.insert(.country) }
        if e.lexicon.multiWordStarts.contains(word) { f.insert(.placeStart) }
        if e.commonWords.contains(v.lower) { f.insert(.common) }
        return f
    }

    @Test func tableAgreesWithTheSets() {
        let e = extractor()
        let words = ["München", "MÜNCHEN", "Moskau", "New", "York", "Russland", "Maria", "Zoë", "Dennoch", "dennoch",
                     "Über", "über", "Partei", "Präsident", "Haus", "e.V.", "Москва", "x", "", "moskau"]
        for w in words { #expect(e.wordFlags(TokenView(w)) == setFlags(e, w), "\(w)") }
        #expect(e.wordFlags(TokenView("Moskau")) == [.place])
        #expect(e.wordFlags(TokenView("Russland")) == [.place, .country])
        #expect(e.wordFlags(TokenView("Dennoch")) == [.common])
    }

    @Test func decomposedWordsAreAskedOfTheSets() {
        // "München" with u + combining diaeresis: `String` finds it canonically equal to the
        // listed word; its scalar hash differs, so the extractor must not use the table.
        let decomposed = "Mu\u{0308}nchen"
        #expect(!TokenView(decomposed).isPlain)
        #expect(TokenView("München").isPlain)
        #expect(extractor().wordFlags(TokenView(decomposed)) == [.place])
        #expect(extractor().wordFlags(TokenView("Zoe\u{0308}")).contains(.firstName))
    }

    @Test func genitiveOfAPlace() {
        let e = extractor()
        #expect(e.isGenitivePlace(TokenView("Russlands")))
        #expect(e.isGenitivePlace(TokenView("Moskaus")))
        #expect(e.isGenitivePlace(TokenView("Mu\u{0308}nchens")))
        #expect(!e.isGenitivePlace(TokenView("russlands")))
        #expect(!e.isGenitivePlace(TokenView("Russland")))
        #expect(!e.isGenitivePlace(TokenView("Hauses")))
    }

    /// The table compares scalars: exact only while every listed word is in NFC. The shipped
    /// lists hold no combining marks (the scalars that make a word not NFC in practice).
    @Test func shippedListsHoldNoCombiningMarks() throws {
        let model = try ShippedResources.germanModel.get()
        let lexicon = ShippedResources.lexicon
        let lists = [lexicon.places, lexicon.firstNames, model.commonWords, FeatureCues.german.organisationWords,
                     FeatureCues.german.personTitles]
        for list in lists {
            #expect(!list.contains { $0.unicodeScalars.contains { (0x300...0x36F).contains($0.value) } })
        }
    }
}
