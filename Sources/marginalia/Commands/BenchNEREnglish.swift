import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `bench ner --gum DIR`: the English figures. Tagging throughput over the GUM test sentences
/// (pre-tokenised, one thread), then the full recognizer (segmentation, tokenisation, tagging,
/// document pass) over the test documents as running text.
enum BenchNEREnglish {
    static func run(directory: String, seconds: Double) {
        let loadStart = Date(), loadCPU = BenchNERCommand.cpuTime()
        guard let recognizer = ShippedResources.englishRecognizer else {
            if case .failure(let e) = ShippedResources.englishModel { CommandLineError.exit(e.description) }
            CommandLineError.exit("the English model could not be loaded")
        }
        say(CFormat.string("English model + lexicon load: %.1f ms wall, %.1f ms CPU (%ld weight rows)",
                           Date().timeIntervalSince(loadStart) * 1000, (BenchNERCommand.cpuTime() - loadCPU) * 1000,
                           recognizer.model.rowCount))
        var docs: [GUMDocument] = []
        do {
            for path in try GUMCorpus.paths(directory: directory, split: "test") { docs.append(try GUMCorpus.read(path: path)) }
        } catch { CommandLineError.exit("\(error)") }
        let sentences = docs.flatMap(GUMCorpus.taggedSentences).map(\.words)

        var tagged = 0, checksum = 0
        let tagStart = Date(), tagCPU = BenchNERCommand.cpuTime()
        while Date().timeIntervalSince(tagStart) < seconds {
            for s in sentences { checksum &+= recognizer.tag(s).count; tagged += s.count }
        }
        let tagCPUTime = BenchNERCommand.cpuTime() - tagCPU, tagTime = Date().timeIntervalSince(tagStart)
        say(CFormat.string("English tagging (one thread): %.0f tokens/s by CPU time, %.0f tokens/s by wall time (%ld tokens)",
                           Double(tagged) / tagCPUTime, Double(tagged) / tagTime, tagged))

        var tokens = 0, found = 0
        let recStart = Date(), recCPU = BenchNERCommand.cpuTime()
        while Date().timeIntervalSince(recStart) < seconds {
            for d in docs {
                let segmentation = Segmenter.segment(d.text, language: .en)
                found &+= EntityRecognition.recognize(d.text, segmentation: segmentation, language: .en).count
                tokens += Tokenizer.tokenSpans(d.text).count
            }
        }
        let recCPUTime = BenchNERCommand.cpuTime() - recCPU, recTime = Date().timeIntervalSince(recStart)
        say(CFormat.string("English full recognizer on running text (segmentation + tokens + tagging + document pass): %.0f tokens/s by CPU time, %.0f by wall time",
                           Double(tokens) / recCPUTime, Double(tokens) / recTime))
        say("(\(docs.count) GUM test documents; checksum \(checksum &+ found))")
    }
}
