import ArgumentParser
import FoundationEssentials
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaText

/// `marginalia bench ner`: model load time, tagging throughput on one core, and the time to
/// find the entities of (and fully analyse) a 3,000-word German article. Build with
/// `-c release` for meaningful figures.
struct BenchNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Measure entity recognition speed.")

    @Option(help: "GermEval TSV file whose sentences are tagged (and joined into the test article).")
    var germeval: String = "../shared/data/germeval2014/NER-de-dev.tsv"

    @Option(help: "Minimum seconds per measurement.")
    var seconds: Double = 2

    @Option(help: "The gum-en folder: measure the English tagger on the GUM test documents instead.")
    var gum: String?

    func run() throws {
        if let gum { return BenchNEREnglish.run(directory: gum, seconds: seconds) }
        let loadStart = Date(), loadCPU = Self.cpuTime()
        guard let recognizer = ShippedResources.germanRecognizer else {
            if case .failure(let e) = ShippedResources.germanModel { CommandLineError.exit(e.description) }
            CommandLineError.exit("the German model could not be loaded")
        }
        let loadTime = Date().timeIntervalSince(loadStart), loadCPUTime = Self.cpuTime() - loadCPU
        let sentences = try NERData.germEval(germeval)
        let words = sentences.map(\.words)
        let tokenCount = words.reduce(0) { $0 + $1.count }
        say(CFormat.string("model + lexicon load: %.1f ms wall, %.1f ms CPU (%ld weight rows, %ld places, %ld first names)",
                   loadTime * 1000, loadCPUTime * 1000, recognizer.model.rowCount,
                   ShippedResources.lexicon.places.count,
                   ShippedResources.lexicon.firstNames.count))

        // Throughput: features + Viterbi over pre-tokenised sentences, one thread.
        var tagged = 0, checksum = 0
        let tagStart = Date(), tagCPU = Self.cpuTime()
        while Date().timeIntervalSince(tagStart) < seconds {
            for s in words { checksum &+= recognizer.tag(s).count; tagged += s.count }
        }
        let tagTime = Date().timeIntervalSince(tagStart), tagCPUTime = Self.cpuTime() - tagCPU
        say(CFormat.string("tagging (one thread): %.0f tokens/s by CPU time, %.0f tokens/s by wall time (%ld tokens)",
                   Double(tagged) / tagCPUTime, Double(tagged) / tagTime, tagged))

        // A 3,000-word article built from the file's sentences, in paragraphs of eight.
        var articleWords = 0, paragraphs: [String] = [], paragraph: [String] = []
        for s in words where articleWords < 3000 {
            paragraph.append(detokenise(s))
            articleWords += s.filter { $0.unicodeScalars.first?.properties.isAlphabetic ?? false }.count
            if paragraph.count == 8 { paragraphs.append(paragraph.joined(separator: " ")); paragraph = [] }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        let article = ArticleText(paragraphs.joined(separator: "\n\n"))
        let segmentation = Segmenter.segment(article, language: .de)
        var runs = 0, found = 0
        let recStart = Date(), recCPU = Self.cpuTime()
        while Date().timeIntervalSince(recStart) < seconds {
            found = EntityRecognition.recognize(article, segmentation: segmentation, language: .de).count
            runs += 1
        }
        let recTime = Date().timeIntervalSince(recStart) / Double(runs), recCPUTime = (Self.cpuTime() - recCPU) / Double(runs)
        var analyses = 0
        let anaStart = Date(), anaCPU = Self.cpuTime()
        while Date().timeIntervalSince(anaStart) < seconds {
            _ = Analyzer.analyze(article)
            analyses += 1
        }
        let anaTime = Date().timeIntervalSince(anaStart) / Double(analyses), anaCPUTime = (Self.cpuTime() - anaCPU) / Double(analyses)
        say(CFormat.string("3,000-word article (%ld words, %ld scalars), per run: entities %.2f ms CPU / %.2f ms wall (%ld found); full Analyzer.analyze %.2f ms CPU / %.2f ms wall",
                   articleWords, article.count, recCPUTime * 1000, recTime * 1000, found, anaCPUTime * 1000, anaTime * 1000))
        say("(\(tokenCount) tokens in \(germeval); checksum \(checksum))")
    }

    /// CPU time of this thread in seconds: on a shared machine wall time also counts other
    /// processes; both are printed.
    static func cpuTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Joins tokens with spaces except before closing punctuation, so the text reads naturally.
    func detokenise(_ tokens: [String]) -> String {
        var out = ""
        for t in tokens {
            if !out.isEmpty, ![".", ",", ";", ":", "!", "?", ")"].contains(t), !out.hasSuffix("(") { out += " " }
            out += t
        }
        return out
    }
}
