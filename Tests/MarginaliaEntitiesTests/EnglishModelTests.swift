import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaEntities

struct EnglishModelTests {
    @Test func shippedEnglishModelLoadsWithItsLicence() throws {
        let model = try ShippedResources.englishModel.get()
        #expect(model.scheme == .bio)
        #expect(model.rowCount > 10_000)
        #expect(model.notes.contains { $0.contains("CC BY-SA 3.0") })
        #expect(model.notes.contains { $0.contains("GUM") })
        // Held-out bookkeeping: the model names its GUM training documents.
        #expect(model.trainingFiles.contains { $0.name.hasPrefix("GUM_") })
    }

    @Test func englishTextGoesThroughTheTagger() throws {
        let text = ArticleText("Prime Minister Keir Starmer met Emmanuel Macron in Paris on Tuesday, the BBC reported.")
        let seg = Segmenter.segment(text, language: .en)
        let found = EntityRecognition.recognize(text, segmentation: seg, language: .en)
        let byText = Dictionary(found.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Emmanuel Macron"] == .PER)
        #expect(byText["Paris"] == .LOC)
    }

    @Test func englishTokenizationSplitsPossessives() {
        let text = ArticleText("Warhol's and Biden’s dogs don't bark.")
        #expect(Tokenizer.tokenize(text, style: .english).map(\.text)
                == ["Warhol", "'s", "and", "Biden", "’s", "dogs", "don't", "bark", "."])
    }

    @Test func notesRoundTripThroughTheModelFile() throws {
        var model = TaggerModel(dense: [Float](repeating: 0, count: (1 << 12) * 9), hashBits: 12, labels: 9,
                                transitions: [Float](repeating: 0, count: 81), start: [Float](repeating: 0, count: 9),
                                commonWords: ["the"])
        model.notes = ["Licence: CC BY-SA 3.0", "second line"]
        model.trainingFiles = [ModelTrainingFile(name: "GUM_news_x.conllu", sha256: String(repeating: "c", count: 64))]
        let loaded = try ModelFile.decode(ModelFile.encode(model))
        #expect(loaded.notes == model.notes)
        #expect(loaded.trainingFiles == model.trainingFiles)
    }
}
