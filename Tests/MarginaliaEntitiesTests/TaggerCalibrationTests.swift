import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaEntities

/// The tagger's confidence is a calibrated chance (issue 16): fitted on held-out folds, stored in
/// the model file, shown once the German passes (which read the margin score) have run.
struct TaggerCalibrationTests {
    func margins(_ mean: Double, tokens: Int = 1) -> SpanMargins {
        SpanMargins(meanOverO: mean, minOverO: mean, minOverRival: mean / 2, tokens: tokens)
    }

    @Test func calibrationRoundTripsAndVersionThreeFilesLoadWithout() throws {
        var model = ModelFileTests().sampleModel()
        model.calibration = SpanCalibration(weights: [0.5, 0.01, -0.002, 0.003, -0.2])
        let v4 = ModelFile.encode(model)
        let loaded = try #require(try ModelFile.decode(v4).calibration)
        for (a, b) in zip(loaded.weights, [0.5, 0.01, -0.002, 0.003, -0.2]) { #expect(abs(a - b) < 1e-6) }
        // Version 3 is version 4 without the calibration count: the old squashed margin is shown.
        var v3 = Data(v4.prefix(5))
        v3.append(contentsOf: [3, 0])
        v3.append(v4[7..<12])
        v3.append(v4.dropFirst(13 + 4 * 5))
        let old = try ModelFile.decode(v3)
        #expect(old.calibration == nil)
        #expect(old.confidence(margins(8)) == old.marginScore(margins(8)))
        #expect(old.marginScore(margins(8)) == 0.88)
        #expect(try ModelFile.decode(v4).confidence(margins(8)) != 0.88)
    }

    @Test func fitMatchesTheRateOfRightSpansAndRisesWithTheMargin() {
        // Three in four right above a margin of zero, one in four below.
        var points: [(margins: SpanMargins, right: Bool)] = []
        for (i, x) in stride(from: -100.0, to: 100.0, by: 1).enumerated() {
            points.append((margins(x, tokens: 1 + i % 2), x >= 0 ? i % 4 != 0 : i % 4 == 0))
        }
        let c = SpanCalibration.fit(points)
        let predicted = points.reduce(0.0) { $0 + c.probability($1.margins) }
        // With an unpenalised bias the fitted chances add up to the number of right spans.
        #expect(abs(predicted - Double(points.filter(\.right).count)) < 0.01)
        #expect(c.probability(margins(90)) > 0.6)
        #expect(c.probability(margins(-90)) < 0.4)
        #expect(c.probability(margins(10)) > c.probability(margins(-10)))
    }

    @Test func reliabilityTableBinsAndMeasuresTheGap() {
        var table = ReliabilityTable()
        for k in 0..<10 { table.add(confidence: 0.95, right: k < 9) }
        for k in 0..<4 { table.add(confidence: 0.42, right: k < 1) }
        #expect(table.count == [0, 4, 0, 0, 0, 0, 10])
        #expect(table.right == [0, 1, 0, 0, 0, 0, 9])
        // |9.5 - 9| + |1.68 - 1| over 14 mentions.
        #expect(abs(table.expectedError - (0.5 + 0.68) / 14) < 1e-9)
    }

    @Test func shownConfidenceFollowsTheTaggerSpanItCameFrom() {
        let text = "Bad Homburg liegt nahe Frankfurt, sagte Anna Wendt."
        func span(_ s: String) -> Span {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: s)!.lowerBound)
            return Span(start, start + s.unicodeScalars.count)
        }
        func mention(_ s: String, _ type: EntityType, _ c: Double) -> EntityMention {
            EntityMention(span: span(s), text: s, type: type, canonical: s, confidence: c)
        }
        let tagger = [
            TaggerSpanConfidence(span: span("Homburg"), score: 1.0, shown: 0.71),
            TaggerSpanConfidence(span: span("Frankfurt"), score: 0.99, shown: 0.93),
            TaggerSpanConfidence(span: span("Anna Wendt"), score: 1.0, shown: 0.88),
        ]
        let shown = TaggerSpanConfidence.show(tagger, in: [
            mention("Bad Homburg", .LOC, 1.0),   // made whole around the tagger's "Homburg"
            mention("Frankfurt", .LOC, 0.6),      // repeated by a pass: keeps its own
            mention("Wendt", .ORG, 1.0),         // cut and retyped by a pass
        ])
        #expect(shown.map(\.confidence) == [0.71, 0.6, 0.88])
    }

    @Test func foldsScoreEachBlockWithAModelThatNeverSawIt() {
        let sentences = (0..<12).map { k in
            TaggedSentence(words: ["Maria", "wohnt", "in", k % 2 == 0 ? "Moskau" : "Berlin", "."], labels: [1, 0, 0, 3, 0])
        }
        var trainedOn: [Int] = []
        let points = CalibrationFolds.points(sentences, folds: 3, lexicon: Lexicon()) { train in
            trainedOn.append(train.count)
            return PerceptronTrainer(hashBits: 12, epochs: 3, seed: 1).train(train, lexicon: Lexicon())
        }
        #expect(trainedOn == [8, 8, 8])
        #expect(!points.isEmpty)
        #expect(points.filter { !$0.right }.isEmpty)
    }

    @Test func shippedModelIsCalibrated() throws {
        let model = try ShippedResources.germanModel.get()
        let c = try #require(model.calibration)
        // A larger lead over O is a likelier name.
        #expect(c.probability(margins(200)) > c.probability(margins(0)))
    }
}
