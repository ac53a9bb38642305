import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaEntities

/// `marginalia train ner --germeval TRAIN.tsv [--dev DEV.tsv] --out MODEL` trains the German
/// tagger, `marginalia train ner --gum DIR --out MODEL` the English one (averaged perceptron,
/// fixed seed, so the same inputs give the same model); both print the dev F1 after every epoch.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Train the German (GermEval) or English (GUM) entity tagger.")

    @Option(name: .customLong("germeval"), help: "GermEval 2014 TSV file to train on (repeatable).")
    var trainFiles: [String] = []

    @Option(name: .customLong("gold"), help: "German: a file of articles with inline names ([PER …], as eval ner --gold reads) to train on too (repeatable).")
    var goldFiles: [String] = []

    @Option(help: "The gum-en folder (conllu/, splits/): train the English tagger on GUM.")
    var gum: String?

    @Option(help: "With --gum: the splits to train on, comma-separated (dev is scored after every epoch unless trained on).")
    var gumSplits: String = "train"

    @Option(help: "Article file or folder whose saved entity corrections to train on too (repeatable; see :entities-done).")
    var fromAnnotations: [String] = []

    @Option(help: "GermEval TSV file to score after every epoch.")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out: String

    @Flag(help: "German: also make the model the user's (used in place of the shipped one, as marginalia model import does).")
    var install = false

    @Option(help: "Training epochs.")
    var epochs: Int = 10

    @Option(help: "Seed of the sentence shuffling.")
    var seed: UInt64 = 1

    @Option(help: "Train this many models with seeds seed, seed+1, ... and sum them (bagging).")
    var ensemble: Int = 4

    @Option(help: "Label scheme inside the model: bio or bilou.")
    var scheme: String = "bio"

    @Option(help: "log2 of the feature hash table size.")
    var hashBits: Int = 19

    @Option(help: "Drop weight rows whose largest averaged weight is at most this (smaller model).")
    var prune: Float = 0.02

    @Option(help: "Probability of hiding a token's word features in a training step (regularisation).")
    var wordDropout: Double = 0

    @Option(help: "Add this to the score of starting an entity, baked into the saved model (negative: fewer, surer names).")
    var beginBias: Float = 0

    @Option(help: "German feature templates: 0 the original set (the shipped model's), 1 adds the noun list's word classes (GermEval dev F1 66.2 -> 68.5; news no better).")
    var features: Int = 0

    @Option(help: "Directory with places.txt and first-names.txt (default: the shipped lexicon).")
    var lexicon: String?

    @Option(help: "German: fit the confidence on this many folds of the --calibrate-on file (a model trained on the other folds scores each; 0: no calibration).")
    var calibrationFolds: Int = 5

    @Option(help: "German: the file whose folds fit the confidence (default: the first --germeval file; never the file you report on).")
    var calibrateOn: String?

    @Option(help: "Write the held-out spans of the calibration folds as TSV (margins, type, right) for analysis.")
    var calibrationPoints: String?

    func run() throws {
        guard !trainFiles.isEmpty || !goldFiles.isEmpty || !fromAnnotations.isEmpty || gum != nil else {
            throw ValidationError("give --germeval TRAIN.tsv, --gold FILE or --from-annotations FOLDER (German), or --gum DIR (English)")
        }
        guard gum == nil || (trainFiles.isEmpty && goldFiles.isEmpty && fromAnnotations.isEmpty) else {
            throw ValidationError("--gum trains the English tagger alone: it cannot be combined with --germeval, --gold or --from-annotations")
        }
        guard !install || gum == nil else { throw ValidationError("--install is for the German model (the user model is German)") }
        guard (0...1).contains(features) else { throw ValidationError("--features must be 0 or 1") }
        guard (12...24).contains(hashBits) else { throw ValidationError("--hash-bits must be 12...24") }
        var train: [TaggedSentence] = []
        var devSentences: [TaggedSentence]?
        var trainedOn: [ModelTrainingFile] = []
        var notes: [String] = []
        if let gum {
            let splits = gumSplits.split(separator: ",").map(String.init)
            let data = try GUMTraining.load(gum, splits: splits)
            (train, devSentences, trainedOn, notes) = (data.train, data.dev, data.files, data.notes)
        } else {
            for file in trainFiles { train += try NERData.germEval(file) }
            for file in goldFiles { train += try NERData.goldMarkup(file) }
            if !fromAnnotations.isEmpty { train += AnnotationTrainingData.sentences(from: fromAnnotations) }
            guard !train.isEmpty else { CommandLineError.exit("no training sentences") }
            devSentences = try dev.map(NERData.germEval)
            trainedOn = (trainFiles + goldFiles).compactMap { ModelTrainingFile.of(path: $0) }
        }
        let lex = try NERData.lexicon(lexicon)
        say("tag mapping: \(gum == nil ? GermEvalReader.mappingNote : GUMReader.mappingNote)")
        say("training on \(train.count) sentences, \(train.reduce(0) { $0 + $1.words.count }) tokens; "
              + "lexicon \(lex.places.count) places, \(lex.firstNames.count) first names")
        guard let tagScheme = ["bio": TagScheme.bio, "bilou": .bilou][scheme] else { throw ValidationError("--scheme must be bio or bilou") }
        guard (1...16).contains(ensemble) else { throw ValidationError("--ensemble must be 1...16") }
        let started = Date()
        func devLine(_ model: TaggerModel) -> String {
            guard let devSentences else { return "" }
            let eval = gum == nil ? NERData.evaluate(GermanRecognizer(model: model, lexicon: lex), on: devSentences)
                : NERData.evaluate(EnglishTaggerRecognizer(model: model, lexicon: lex).tag, on: devSentences)
            return CFormat.string("  dev P %.4f R %.4f F1 %.4f", eval.overall.precision, eval.overall.recall, eval.overall.f1)
        }
        /// The model these settings make from `sentences` (the calibration folds train the same way).
        func trainModel(_ sentences: [TaggedSentence], report: Bool) -> TaggerModel {
            var members: [TaggerModel] = []
            for member in 0..<ensemble {
                var trainer = PerceptronTrainer(hashBits: hashBits, epochs: epochs, seed: seed &+ UInt64(member),
                                                pruneThreshold: prune, wordDropout: wordDropout, scheme: tagScheme)
                if gum != nil { trainer.cues = .english } else { trainer.featureVersion = features }
                members.append(trainer.train(sentences, lexicon: lex) { epoch, model in
                    guard report else { return }
                    say((ensemble > 1 ? "model \(member + 1) " : "") + "epoch \(epoch)" + devLine(model)
                        + CFormat.string("  (%.1f s)", Date().timeIntervalSince(started)))
                })
            }
            var model = members.count == 1 ? members[0] : TaggerModel.sum(members)
            if beginBias != 0 { model = model.addingBeginBias(beginBias) }
            return model
        }
        var model = trainModel(train, report: true)
        if beginBias != 0 { say("begin bias \(beginBias)" + devLine(model)) }
        if gum == nil, calibrationFolds > 0, let file = calibrateOn ?? trainFiles.first {
            let sentences = try NERData.germEval(file)
            guard sentences.count >= calibrationFolds else { throw ValidationError("\(file) has fewer sentences than --calibration-folds") }
            say("calibrating the confidence on \(calibrationFolds) folds of \(file) (\(sentences.count) sentences)")
            let points = CalibrationFolds.points(sentences, folds: calibrationFolds, lexicon: lex) { trainModel($0, report: false) }
            model.calibration = SpanCalibration.fit(points.map { ($0.margins, $0.right) })
            var before = ReliabilityTable(), after = ReliabilityTable()
            for p in points {
                before.add(confidence: 1 / (1 + exp(-p.margins.meanOverO / 4)), right: p.right)
                after.add(confidence: model.calibration!.probability(p.margins), right: p.right)
            }
            say("held-out spans of the folds, \(points.count), by the old squashed margin:\n" + before.report())
            say("the same spans, calibrated (weights " + model.calibration!.weights.map { CFormat.string("%.4f", $0) }.joined(separator: " ") + "):\n" + after.report())
            if let calibrationPoints { try CalibrationPointsFile.write(points, to: calibrationPoints) }
        }
        // Recorded so `eval ner` can warn when it scores a file the model was trained on.
        model.trainingFiles = trainedOn
        model.notes = notes
        if ensemble > 1 { say("sum of \(ensemble) models" + devLine(model)) }
        let data = ModelFile.encode(model)
        do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            CommandLineError.exit("cannot write \(out): \(error)")
        }
        say("wrote \(out): \(data.count) bytes, \(model.rowCount) weight rows, \(model.commonWords.count) common words")
        if install { ModelCommand.install(data, from: out) }
    }
}

/// Writes a line to standard output unbuffered, so progress shows while training runs.
func say(_ line: String) {
    StandardStreams.writeOutput(line + "\n")
}

/// Shared file handling of the NER train/eval/bench commands.
enum NERData {
    static func germEval(_ path: String) throws -> [TaggedSentence] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            CommandLineError.exit("cannot read \(path)")
        }
        do { return try GermEvalReader.parse(text, name: path) } catch {
            CommandLineError.exit("\(error)")
        }
    }

    static func goldMarkup(_ path: String) throws -> [TaggedSentence] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            CommandLineError.exit("cannot read \(path)")
        }
        do { return GoldMarkup.trainingSentences(try GoldMarkup.parseDocuments(text)) } catch {
            CommandLineError.exit("\(path): \(error)")
        }
    }

    static func lexicon(_ directory: String?) throws -> Lexicon {
        guard let directory else { return ShippedResources.lexicon }
        func read(_ name: String) throws -> String {
            let path = PathText.appending(directory, name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                CommandLineError.exit("cannot read \(path)")
            }
            return text
        }
        let (places, countries) = Lexicon.parsePlaces(try read(ShippedResources.placesFileName))
        return Lexicon(places: places, countries: countries,
                       firstNames: Lexicon.parseNames(try read(ShippedResources.firstNamesFileName)))
    }

    static func evaluate(_ recognizer: GermanRecognizer, on sentences: [TaggedSentence]) -> SpanEvaluation {
        evaluate(recognizer.tag, on: sentences)
    }

    static func evaluate(_ tag: ([String]) -> [Int], on sentences: [TaggedSentence]) -> SpanEvaluation {
        var eval = SpanEvaluation()
        for s in sentences {
            eval.add(goldLabels: s.labels, predictedLabels: tag(s.words))
        }
        return eval
    }
}
