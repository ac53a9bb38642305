import ArgumentParser
import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `marginalia eval ner --germeval FILE.tsv [--model PATH]`, `--gum DIR --split test` or `--gold FILE`: conlleval-style
/// precision, recall and F1 (exact span and type) per type and overall.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Score entity recognition on GermEval, GUM or an inline-annotated gold file.")

    @Option(help: "GermEval 2014 TSV file (German tagger, gold tokenisation).")
    var germeval: String?

    @Option(help: "The gum-en folder (conllu/, splits/): score the English recognizer on GUM documents.")
    var gum: String?

    @Option(help: "With --gum: the split to score (train, dev, test).")
    var split: String = "test"

    @Flag(help: "With --gum: score the rule-based English recognizer instead of the tagger.")
    var rules = false

    @Option(help: "With --gum or --gold: write texts, gold and predicted spans as JSON lines (for scripts/compare-spacy-gum.sh, error analysis).")
    var export: String?

    @Option(help: "Gold file with inline annotations ([PER Joe Biden] ...), articles separated by a line \"---\" (blank lines are paragraphs), lines starting with # are comments; runs the full recognizer.")
    var gold: String?

    @Option(help: "Language of the --gold file: de or en.")
    var language: String = "en"

    @Option(help: "Also print up to N GermEval sentences where prediction and gold differ.")
    var showErrors: Int = 0

    @Option(help: "Add this to the score of starting an entity (exploration; train ner --begin-bias bakes it in).")
    var beginBias: Float = 0

    @Flag(help: "With --germeval or --gold: print the reliability table (confidence bins: mentions, share right).")
    var reliability = false

    @Option(help: "Model file (default: the shipped model).")
    var model: String?

    @Option(help: "GermEval TSV: play an annotator who corrects every sentence; print the learning curve of the user model.")
    var simulateCorrections: String?

    @Option(help: "With --simulate-corrections: size of one learning step.")
    var step: Float = UserNERModel.Settings().step

    @Option(help: "With --simulate-corrections: lexicon rules as a sum: 1 silence rejected names, 2 retype, 4 add confirmed names.")
    var lexiconRules: UInt8 = UserNERModel.Settings().lexiconRules.rawValue

    @Option(help: "With --simulate-corrections: refuse updates above this disagreement with earlier corrections (1: never).")
    var replayShare: Double = UserNERModel.Settings().maxReplayDisagreement

    @Flag(inversion: .prefixedNo, help: "With --simulate-corrections: use the averaged perceptron deltas (default: the last ones).")
    var average = UserNERModel.Settings().averaged

    @Option(help: "With --simulate-corrections: update only the first N features of a token (2: word identity; 0: all).")
    var featuresPerToken: Int = UserNERModel.Settings().featuresPerToken

    func run() throws {
        if let simulateCorrections {
            var settings = UserNERModel.Settings()
            settings.step = step
            settings.lexiconRules = UserNameLexicon.Rules(rawValue: lexiconRules)
            settings.maxReplayDisagreement = replayShare
            settings.averaged = average
            settings.featuresPerToken = featuresPerToken
            return SimulateCorrections.run(simulateCorrections, recognizer: try loadRecognizer(), settings: settings)
        }
        guard [germeval, gold, gum].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --germeval FILE, --gum DIR, --gold FILE or --simulate-corrections FILE")
        }
        if let gum {
            var system = GUMEvaluation.System.shipped
            if rules { system = .rules } else if let model {
                guard let data = FileManager.default.contents(atPath: model) else { CommandLineError.exit("cannot read \(model)") }
                do { system = .model(try ModelFile.decode(data)) } catch { CommandLineError.exit("\(model): \(error)") }
            }
            GUMEvaluation.run(directory: gum, split: split, system: system, export: export)
        } else if let germeval {
            var recognizer = try loadRecognizer()
            let trainedOn = recognizer.model.trainingFiles
            if beginBias != 0 { recognizer = GermanRecognizer(model: recognizer.model.addingBeginBias(beginBias), lexicon: ShippedResources.lexicon) }
            let sentences = try NERData.germEval(germeval)
            let eval = NERData.evaluate(recognizer, on: sentences)
            print("\(germeval): \(sentences.count) sentences, \(eval.tokens) tokens; \(GermEvalReader.mappingNote); exact span and type")
            if let warning = ModelTrainingFile.trainingDataWarning(evaluated: germeval, trainedOn: trainedOn) { print(warning) }
            print(eval.report())
            if reliability { print("tagger spans by confidence:\n" + taggerReliability(recognizer, sentences).report()) }
            if showErrors > 0 { printErrors(recognizer, sentences) }
        } else if let gold {
            guard let lang = Language(rawValue: language), lang != .unknown else { throw ValidationError("--language must be de or en") }
            guard let text = try? String(contentsOfFile: gold, encoding: .utf8) else { CommandLineError.exit("cannot read \(gold)") }
            let documents: [GoldDocument]
            do { documents = try GoldMarkup.parseDocuments(text) } catch { CommandLineError.exit("\(gold): \(error)") }
            var lines: [String] = []
            var table = ReliabilityTable()
            let eval = GoldMarkup.evaluate(documents, language: lang, german: model == nil ? nil : try loadRecognizer()) { doc, found in
                let goldKeys = Set(doc.mentions.map { "\($0.span.start) \($0.span.end) \($0.type.rawValue)" })
                for m in found { table.add(confidence: m.confidence, right: goldKeys.contains("\(m.span.start) \(m.span.end) \(m.type.rawValue)")) }
                guard export != nil else { return }
                let gold = doc.mentions.map { JSONValue.array([.int($0.span.start), .int($0.span.end), .string($0.type.rawValue)]) }
                let predicted = found.map { JSONValue.array([.int($0.span.start), .int($0.span.end), .string($0.type.rawValue),
                                                             .double(($0.confidence * 1000).rounded() / 1000)]) }
                lines.append(JSONValue.object([("text", .string(String(doc.text.scalars.map(Character.init)))),
                                               ("gold", .array(gold)), ("predicted", .array(predicted))]).serialized())
            }
            print("\(gold): \(documents.count) articles, \(eval.overall.gold) gold mentions; language \(lang.rawValue); exact span and type")
            print(eval.report())
            if reliability { print("mentions by confidence:\n" + table.report()) }
            if let export {
                do { try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: export), options: .atomic) } catch {
                    CommandLineError.exit("cannot write \(export): \(error)")
                }
            }
        }
    }

    /// The tagger's own spans (before the document passes) by confidence, against the gold labels.
    func taggerReliability(_ recognizer: GermanRecognizer, _ sentences: [TaggedSentence]) -> ReliabilityTable {
        var table = ReliabilityTable()
        for s in sentences {
            let gold = Set(EntityTagSet.spans(from: s.labels).map { "\($0.start) \($0.end) \($0.type.rawValue)" })
            for span in recognizer.scoredSpans(s.words) {
                table.add(confidence: recognizer.model.confidence(span.margins), right: gold.contains("\(span.start) \(span.end) \(span.type.rawValue)"))
            }
        }
        return table
    }

    func printErrors(_ recognizer: GermanRecognizer, _ sentences: [TaggedSentence]) {
        var shown = 0
        for s in sentences where shown < showErrors {
            let predicted = recognizer.tag(s.words)
            guard predicted != s.labels else { continue }
            shown += 1
            func show(_ labels: [Int]) -> String {
                EntityTagSet.spans(from: labels).map { "\($0.type.rawValue):" + s.words[$0.start..<$0.end].joined(separator: " ") }
                    .joined(separator: " | ")
            }
            print("--- " + s.words.joined(separator: " "))
            print("  gold: " + show(s.labels))
            print("  pred: " + show(predicted))
        }
    }

    func loadRecognizer() throws -> GermanRecognizer {
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { CommandLineError.exit("cannot read \(model)") }
            do { return GermanRecognizer(model: try ModelFile.decode(data), lexicon: ShippedResources.lexicon) } catch {
                CommandLineError.exit("\(model): \(error)")
            }
        }
        switch ShippedResources.germanModel {
        case .success(let m): return GermanRecognizer(model: m, lexicon: ShippedResources.lexicon)
        case .failure(let e): CommandLineError.exit(e.description)
        }
    }
}
