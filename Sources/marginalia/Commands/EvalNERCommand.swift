import ArgumentParser
import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `marginalia eval ner --germeval FILE.tsv [--model PATH]` or `--gold FILE`: conlleval-style
/// precision, recall and F1 (exact span and type) per type and overall.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Score entity recognition on GermEval data or an inline-annotated gold file.")

    @Option(help: "GermEval 2014 TSV file (German tagger, gold tokenisation).")
    var germeval: String?

    @Option(help: "Gold file with inline annotations ([PER Joe Biden] ...), articles separated by blank lines; runs the full recognizer.")
    var gold: String?

    @Option(help: "Language of the --gold file: de or en.")
    var language: String = "en"

    @Option(help: "Also print up to N GermEval sentences where prediction and gold differ.")
    var showErrors: Int = 0

    @Option(help: "Add this to the score of starting an entity (exploration; train ner --begin-bias bakes it in).")
    var beginBias: Float = 0

    @Option(help: "Model file (default: the shipped model).")
    var model: String?

    func run() throws {
        guard (germeval == nil) != (gold == nil) else { throw ValidationError("give exactly one of --germeval FILE or --gold FILE") }
        if let germeval {
            var recognizer = try loadRecognizer()
            let trainedOn = recognizer.model.trainingFiles
            if beginBias != 0 { recognizer = GermanRecognizer(model: recognizer.model.addingBeginBias(beginBias), lexicon: ShippedResources.lexicon) }
            let sentences = try NERData.germEval(germeval)
            let eval = NERData.evaluate(recognizer, on: sentences)
            print("\(germeval): \(sentences.count) sentences, \(eval.tokens) tokens; \(GermEvalReader.mappingNote); exact span and type")
            if let warning = ModelTrainingFile.trainingDataWarning(evaluated: germeval, trainedOn: trainedOn) { print(warning) }
            print(eval.report())
            if showErrors > 0 { printErrors(recognizer, sentences) }
        } else if let gold {
            guard let lang = Language(rawValue: language), lang != .unknown else { throw ValidationError("--language must be de or en") }
            guard let text = try? String(contentsOfFile: gold, encoding: .utf8) else { CommandLineError.exit("cannot read \(gold)") }
            let documents: [GoldDocument]
            do { documents = try GoldMarkup.parseDocuments(text) } catch { CommandLineError.exit("\(gold): \(error)") }
            let eval = GoldMarkup.evaluate(documents, language: lang, german: model == nil ? nil : try loadRecognizer())
            print("\(gold): \(documents.count) articles, \(eval.overall.gold) gold mentions; language \(lang.rawValue); exact span and type")
            print(eval.report())
        }
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
