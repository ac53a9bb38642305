import Foundation
import Testing
@testable import MarginaliaEntities

struct ModelFileTests {
    func sampleModel() -> TaggerModel {
        let L = EntityTagSet.count, bits = 12
        var rng = SeededGenerator(seed: 7)
        var dense = [Float](repeating: 0, count: (1 << bits) * L)
        for _ in 0..<300 {
            let b = Int(rng.next() % UInt64(1 << bits))
            for y in 0..<L { dense[b * L + y] = Float(Int(rng.next() % 2001) - 1000) / 100 }
        }
        let transitions = (0..<(L * L)).map { Float($0 % 7) - 3 }
        let start = (0..<L).map { Float($0) / 2 }
        return TaggerModel(dense: dense, hashBits: bits, labels: L, transitions: transitions, start: start,
                           commonWords: ["dennoch", "einfluss", "über"])
    }

    @Test func saveAndLoadRoundTrip() throws {
        let model = sampleModel()
        let loaded = try ModelFile.decode(ModelFile.encode(model))
        #expect(loaded.hashBits == model.hashBits)
        #expect(loaded.commonWords == model.commonWords)
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.start == model.start)
        #expect(loaded.rowCount == model.rowCount)
        // Weights survive up to the 8-bit quantisation step of their row.
        let features = FeatureExtractor(lexicon: Lexicon(), commonWords: [], hashBits: 12)
            .extract(["Der", "Präsident", "Wladimir", "Putin", "sprach", "in", "Moskau", "."])
        let a = model.emissions(features), b = loaded.emissions(features)
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 2.0) }
        #expect(model.decode(features).labels.count == loaded.decode(features).labels.count)
    }

    @Test func rejectsForeignAndTruncatedFiles() {
        #expect(throws: ModelFile.FormatError.self) { try ModelFile.decode(Data("not a model".utf8)) }
        let data = ModelFile.encode(sampleModel())
        #expect(throws: ModelFile.FormatError.self) { try ModelFile.decode(data.prefix(data.count - 3)) }
        var wrongVersion = data
        wrongVersion[5] = 99
        #expect(throws: ModelFile.FormatError.self) { try ModelFile.decode(wrongVersion) }
    }

    @Test func shippedModelLoads() throws {
        let model = try ShippedResources.germanModel.get()
        #expect(model.rowCount > 10_000)
        #expect(model.commonWords.contains("dennoch"))
        #expect(ShippedResources.lexicon.isPlace("Moskau"))
        #expect(ShippedResources.lexicon.firstNames.contains("Maria"))
    }

    @Test func trainingIsReproducible() {
        let sentences = [
            TaggedSentence(words: ["Maria", "wohnt", "in", "Moskau", "."], labels: [1, 0, 0, 3, 0]),
            TaggedSentence(words: ["Die", "NATO", "tagt", "."], labels: [0, 5, 0, 0]),
        ]
        let trainer = PerceptronTrainer(hashBits: 12, epochs: 3, seed: 3)
        let a = ModelFile.encode(trainer.train(sentences, lexicon: Lexicon()))
        let b = ModelFile.encode(trainer.train(sentences, lexicon: Lexicon()))
        #expect(a == b)
        let model = trainer.train(sentences, lexicon: Lexicon())
        let extractor = FeatureExtractor(lexicon: Lexicon(), commonWords: model.commonWords, hashBits: 12)
        #expect(model.decode(extractor.extract(sentences[0].words)).labels == sentences[0].labels)
    }
}
