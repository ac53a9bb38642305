import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `eval ner --gum DIR --split test`: runs the full recognizer (language detection,
/// segmentation, tokenisation, tagging, document pass) on each GUM document rebuilt as running
/// text, and scores code-point spans against the derived gold (exact span and type; a leading
/// "the" and a trailing possessive forgiven on both sides). `--export` writes the texts, gold
/// and predictions as JSON lines, which `scripts/compare-spacy-gum.sh` scores spaCy against.
enum GUMEvaluation {
    enum System { case shipped, model(TaggerModel), rules }

    static func run(directory: String, split: String, system: System, export: String?) {
        let paths: [String]
        do { paths = try GUMCorpus.paths(directory: directory, split: split) } catch { CommandLineError.exit("\(error)") }
        var eval = SpanEvaluation()
        var lines: [String] = []
        var words = 0, notEnglish: [String] = []
        var trainedOn: [ModelTrainingFile] = []
        switch system {
        case .shipped: if case .success(let m) = ShippedResources.englishModel { trainedOn = m.trainingFiles }
        case .model(let m): trainedOn = m.trainingFiles
        case .rules: break
        }
        var seen: [String] = []
        for path in paths {
            let doc: GUMDocument
            do { doc = try GUMCorpus.read(path: path) } catch { CommandLineError.exit("\(error)") }
            if let f = ModelTrainingFile.of(path: path), ModelTrainingFile.match(f, in: trainedOn) != nil { seen.append(doc.name) }
            let language = LanguageDetector.detect(doc.text)
            if language != .en { notEnglish.append("\(doc.name) (\(language.rawValue))") }
            let segmentation = Segmenter.segment(doc.text, language: language)
            let found: [EntityMention]
            switch system {
            case .shipped: found = EntityRecognition.recognize(doc.text, segmentation: segmentation, language: language)
            case .model(let m): found = EnglishTaggerRecognizer(model: m, lexicon: ShippedResources.lexicon)
                .recognize(doc.text, sentences: segmentation.sentences)
            case .rules: found = EnglishRecognizer(lexicon: ShippedResources.lexicon)
                .recognize(doc.text, sentences: segmentation.sentences, headings: segmentation.headings)
            }
            let gold = doc.mentions.map { (GUMCorpus.forgiving($0.span, in: doc.text), $0.type) }
            let predicted = found.map { (GUMCorpus.forgiving($0.span, in: doc.text), $0.type) }
            eval.add(gold: gold, predicted: predicted)
            words += Tokenizer.tokenSpans(doc.text).count
            if export != nil {
                func spans(_ list: [(Span, EntityType)]) -> JSONValue {
                    .array(list.map { .array([.int($0.0.start), .int($0.0.end), .string($0.1.rawValue)]) })
                }
                lines.append(JSONValue.object([("id", .string(doc.name)), ("text", .string(String(doc.text.scalars.map(Character.init)))),
                                               ("gold", spans(gold)), ("predicted", spans(predicted))]).serialized())
            }
        }
        print("\(directory) split \(split): \(paths.count) documents, \(words) tokens, \(eval.overall.gold) gold mentions")
        print("mapping: \(GUMReader.mappingNote); scored: exact span and type, a leading \"the\" and a possessive forgiven")
        if !notEnglish.isEmpty { print("language detection did not say English for: \(notEnglish.joined(separator: ", "))") }
        if !seen.isEmpty { print("warning: \(seen.count) of these documents were part of the model's training data; this figure is not a held-out score") }
        print(eval.report())
        if let export {
            do { try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: export), options: .atomic) } catch {
                CommandLineError.exit("cannot write \(export): \(error)")
            }
        }
    }
}
