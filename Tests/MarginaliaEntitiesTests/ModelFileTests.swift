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

    @Test func trainingFilesRoundTrip() throws {
        var model = sampleModel()
        model.trainingFiles = [ModelTrainingFile(name: "NER-de-test.tsv", sha256: String(repeating: "a", count: 64)),
                               ModelTrainingFile(name: "with space.tsv", sha256: String(repeating: "b", count: 64))]
        #expect(try ModelFile.decode(ModelFile.encode(model)).trainingFiles == model.trainingFiles)
        #expect(try ModelFile.decode(ModelFile.encode(sampleModel())).trainingFiles.isEmpty)
    }

    @Test func versionOneFilesStillLoad() throws {
        // Version 1 is version 4 without the training-file header (here empty: 4 zero bytes),
        // the feature-version byte and the calibration count.
        let v4 = ModelFile.encode(sampleModel())
        var v1 = Data(v4.prefix(5))
        v1.append(contentsOf: [1, 0])
        v1.append(v4.dropFirst(13))
        let loaded = try ModelFile.decode(v1)
        #expect(loaded.trainingFiles.isEmpty)
        #expect(loaded.featureVersion == 0)
        #expect(loaded.calibration == nil)
        #expect(loaded.rowCount == sampleModel().rowCount)
        #expect(ModelFile.encode(loaded) == v4)
    }

    @Test func featureVersionRoundTripsAndOlderFilesReadAsTheOriginalFeatures() throws {
        var model = sampleModel()
        model.featureVersion = 1
        let v4 = ModelFile.encode(model)
        #expect(try ModelFile.decode(v4).featureVersion == 1)
        // Version 2 had the training-file block but no feature-version byte: feature version 0.
        var v2 = Data(v4.prefix(5))
        v2.append(contentsOf: [2, 0])
        v2.append(v4[7..<11])
        v2.append(v4.dropFirst(13))
        #expect(try ModelFile.decode(v2).featureVersion == 0)
        var unknown = v4
        unknown[11] = 9
        #expect(throws: ModelFile.FormatError.self) { try ModelFile.decode(unknown) }
    }

    @Test func evaluatingATrainingFileWarns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mg-train-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/dev.tsv", contents: Data("1\tMaria\tB-PER\tO\n".utf8))
        FileManager.default.createFile(atPath: folder + "/copy.tsv", contents: Data("1\tMaria\tB-PER\tO\n".utf8))
        FileManager.default.createFile(atPath: folder + "/other.tsv", contents: Data("1\tMoskau\tB-LOC\tO\n".utf8))
        let trained = [ModelTrainingFile(name: "test.tsv", sha256: String(repeating: "0", count: 64)),
                       try #require(ModelTrainingFile.of(path: folder + "/dev.tsv"))]
        #expect(ModelTrainingFile.trainingDataWarning(evaluated: folder + "/dev.tsv", trainedOn: trained)
            == "warning: dev.tsv was part of this model's training data; this figure is not a held-out score "
            + "(a held-out score needs a model trained on test.tsv only: see README)")
        #expect(ModelTrainingFile.trainingDataWarning(evaluated: folder + "/copy.tsv", trainedOn: trained)?
            .hasPrefix("warning: copy.tsv was part of this model's training data (as dev.tsv);") == true)
        #expect(ModelTrainingFile.trainingDataWarning(evaluated: folder + "/other.tsv", trainedOn: trained) == nil)
        #expect(ModelTrainingFile.trainingDataWarning(evaluated: folder + "/other.tsv", trainedOn: []) == nil)
    }

    @Test func shippedModelRecordsItsTrainingFiles() throws {
        // NOTICE.md: retrained on GermEval test + dev; eval ner warns when scoring either.
        let names = try ShippedResources.germanModel.get().trainingFiles.map(\.name)
        #expect(names == ["NER-de-test.tsv", "NER-de-dev.tsv"])
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
