import Testing
@testable import MarginaliaEntities

/// The noun-list features of feature version 1: what the list says of a token, and that only
/// models trained with them get them.
struct WordClassFeatureTests {
    let words = WordClassTable(GermanWords(parsing: "# test list\nEinfluss\tm\nArmee\tf\nSprecher\tm\nLeute\tp\nDennoch\t-\nEssen\tn\n"))

    func code(_ word: String) -> WordClassCode { WordClassCode.of(TokenView(word), in: words) }

    @Test func classesComeFromTheNounList() {
        #expect(code("Einfluss") == .masculine)
        #expect(code("Leute") == .plural)
        #expect(code("Dennoch") == .other)
        #expect(code("dennoch") == .lowercase)
        #expect(code("Brümmerstedt") == .unknown)
        // A compound the list lacks that ends in a listed noun is no name either.
        #expect(code("Armeesprecher") == .compound)
        #expect(code("EU-Sprecher") == .compound)
        #expect(code("Armeessprecher") == .compound)
        // The part before the head must be a listed noun: "Unterdessen" does not end in "Essen".
        #expect(code("Unterdessen") == .unknown)
    }

    @Test func aListedNounAndAnUnknownWordGetDifferentFeatures() {
        let e = FeatureExtractor(lexicon: Lexicon(), commonWords: [], hashBits: 16, words: words)
        let noun = Set(e.extract(["Der", "Einfluss", "wächst", "."]).of(1))
        let name = Set(e.extract(["Der", "Brümmerstedt", "wächst", "."]).of(1))
        let plain = FeatureExtractor(lexicon: Lexicon(), commonWords: [], hashBits: 16)
        #expect(noun.subtracting(name).count > 2)
        #expect(e.extract(["Der", "Einfluss", "wächst"]).of(1).count
            == plain.extract(["Der", "Einfluss", "wächst"]).of(1).count + 4)
    }

    @Test func theModelsFeatureVersionChoosesTheTemplates() {
        var model = TaggerModel(dense: [Float](repeating: 0, count: (1 << 12) * EntityTagSet.count), hashBits: 12,
                                labels: EntityTagSet.count, transitions: [Float](repeating: 0, count: 81),
                                start: [Float](repeating: 0, count: 9), commonWords: [])
        #expect(FeatureExtractor(model: model, lexicon: Lexicon()).words == nil)
        model.featureVersion = 1
        #expect(FeatureExtractor(model: model, lexicon: Lexicon()).words != nil)
        #expect(model.addingBeginBias(1).featureVersion == 1)
        #expect(TaggerModel.sum([model, model]).featureVersion == 1)
    }
}
