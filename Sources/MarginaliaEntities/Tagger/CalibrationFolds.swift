/// Held-out spans to fit a `SpanCalibration` on: the training sentences are cut into `folds`
/// contiguous blocks (neighbouring sentences share an article, so blocks keep an article's
/// names out of the model that scores them), a model is trained on all blocks but one with the
/// caller's settings, and the spans it finds in that block are marked right or wrong against
/// the gold labels (exact span and type).
public enum CalibrationFolds {
    public struct Point: Sendable {
        public var margins: SpanMargins
        public var type: EntityType
        public var right: Bool
    }

    public static func points(_ sentences: [TaggedSentence], folds: Int, lexicon: Lexicon,
                              train: ([TaggedSentence]) -> TaggerModel) -> [Point] {
        precondition(folds >= 2 && sentences.count >= folds)
        var points: [Point] = []
        for fold in 0..<folds {
            let held = (sentences.count * fold / folds)..<(sentences.count * (fold + 1) / folds)
            let model = train(Array(sentences[..<held.lowerBound] + sentences[held.upperBound...]))
            let recognizer = GermanRecognizer(model: model, lexicon: lexicon)
            for s in sentences[held] {
                let gold = Set(EntityTagSet.spans(from: s.labels).map { GoldSpan(start: $0.start, end: $0.end, type: $0.type) })
                for span in recognizer.scoredSpans(s.words) {
                    points.append(Point(margins: span.margins, type: span.type,
                                        right: gold.contains(GoldSpan(start: span.start, end: span.end, type: span.type))))
                }
            }
        }
        return points
    }

    private struct GoldSpan: Hashable { let start: Int, end: Int, type: EntityType }
}
