import ArgumentParser
import Foundation
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

    @Option(help: "Model file (default: the shipped model).")
    var model: String?

    func run() throws {
        guard (germeval == nil) != (gold == nil) else { throw ValidationError("give exactly one of --germeval FILE or --gold FILE") }
        if let germeval {
            let recognizer = try loadRecognizer()
            let sentences = try NERData.germEval(germeval)
            let eval = NERData.evaluate(recognizer, on: sentences)
            print("\(germeval): \(sentences.count) sentences, \(eval.tokens) tokens; \(GermEvalReader.mappingNote); exact span and type")
            print(eval.report())
        } else if let gold {
            guard let lang = Language(rawValue: language), lang != .unknown else { throw ValidationError("--language must be de or en") }
            guard let text = try? String(contentsOfFile: gold, encoding: .utf8) else { throw ValidationError("cannot read \(gold)") }
            let documents: [GoldDocument]
            do { documents = try GoldMarkup.parseDocuments(text) } catch { throw ValidationError("\(gold): \(error)") }
            let eval = GoldMarkup.evaluate(documents, language: lang)
            print("\(gold): \(documents.count) articles, \(eval.overall.gold) gold mentions; language \(lang.rawValue); exact span and type")
            print(eval.report())
        }
    }

    func loadRecognizer() throws -> GermanRecognizer {
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { throw ValidationError("cannot read \(model)") }
            do { return GermanRecognizer(model: try ModelFile.decode(data), lexicon: ShippedResources.lexicon) } catch {
                throw ValidationError("\(model): \(error)")
            }
        }
        switch ShippedResources.germanModel {
        case .success(let m): return GermanRecognizer(model: m, lexicon: ShippedResources.lexicon)
        case .failure(let e): throw ValidationError(e.description)
        }
    }
}
