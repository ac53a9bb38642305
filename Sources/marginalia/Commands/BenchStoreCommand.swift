import ArgumentParser
import Dispatch
import FoundationEssentials
import MarginaliaText
import MarginaliaStore

/// `marginalia bench store`: how long saving and loading an annotation file takes with many
/// annotations (10,000 by default), and re-anchoring them after the article changed.
/// Works in a temporary folder; prints figures, asserts nothing.
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Time saving, loading and re-anchoring an annotation file.")

    @Option(help: "Number of annotations.")
    var annotations = 10_000

    @Option(help: "An article to annotate (default: a generated text with one sentence per annotation).")
    var article: String?

    @Option(help: "Repetitions; the best time is reported.")
    var repeats = 3

    func run() throws {
        let text: ArticleText
        if let article {
            do { text = try ArticleLoader.load(path: article).text } catch let error as LoadError { CommandLineError.exit(error.description) }
        } else {
            text = BenchStoreCommand.generatedText(sentences: annotations)
        }
        let sentences = Segmenter.segment(text).sentences
        guard !sentences.isEmpty else { CommandLineError.exit("bench store: the article has no sentences") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marginalia-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/article.txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.string.utf8)) else { CommandLineError.exit("bench store: cannot write \(path)") }
        let tags = AnnotationCollection.defaultTagSet

        var items: [Annotation] = []
        for n in 0..<annotations {
            let span = sentences[n % sentences.count]
            items.append(n % 7 == 0
                ? Annotation.tagging(span, in: text, tags: [tags[n % tags.count]], note: "Anmerkung Nummer \(n) zu diesem Satz")
                : Annotation.tagging(span, in: text, tags: [tags[n % tags.count]]))
        }
        var collection = AnnotationCollection(source: AnnotationSource(path: "article.txt", text: text), items: items)
        collection.generator = "marginalia " + MarginaliaVersion.string
        let annotationPath = AnnotationFileLocation.besidePath(for: path)
        let writer = AtomicFileWriter()

        var bytes: [UInt8] = []
        let encode = best { bytes = AnnotationEncoder.data(of: collection) }
        let encodeCPU = cpu
        let save = best { try? writer.write(AnnotationEncoder.data(of: collection), to: annotationPath) }
        print("article: \(text.count) code points, \(sentences.count) sentences; \(annotations) annotations; file \(bytes.count / 1024) KiB")
        print("save (encode + atomic write + fsync): \(Self.ms(save)) ms, \(cpu) (encode alone \(Self.ms(encode)) ms, \(encodeCPU))")

        var options = AnnotationStore.OpenOptions(readOnly: true)
        options.location = AnnotationFileLocation(path: annotationPath, readPath: annotationPath)
        var loadedCount = 0
        let load = best { loadedCount = AnnotationStore(articlePath: path, text: text, options: options).items.count }
        print("load + parse + check anchors (text unchanged): \(Self.ms(load)) ms, \(cpu) (\(loadedCount) annotations)")

        // Every annotation moved: a paragraph inserted at the top.
        let shifted = ArticleText("Eine neue Einleitung, die vorher nicht da war.\n\n" + text.string)
        var statuses: [AnchorStatus: Int] = [:]
        let reanchor = best {
            let store = AnnotationStore(articlePath: path, text: shifted, options: options)
            statuses = Dictionary(grouping: store.items, by: \.anchoring).mapValues(\.count)
        }
        print("load + re-anchor after an insertion at the top: \(Self.ms(reanchor)) ms, \(cpu) (\(describe(statuses)))")

        // Every sentence edited in the middle: fuzzy matching for all.
        let edited = ArticleText(text.string.replacing(" der ", with: " die "))
        let fuzzy = best {
            let store = AnnotationStore(articlePath: path, text: edited, options: options)
            statuses = Dictionary(grouping: store.items, by: \.anchoring).mapValues(\.count)
        }
        print("load + re-anchor after editing words in sentences: \(Self.ms(fuzzy)) ms, \(cpu) (\(describe(statuses)))")
    }

    private func describe(_ statuses: [AnchorStatus: Int]) -> String {
        [AnchorStatus.exact, .reanchored, .fuzzy, .orphaned].compactMap { s in statuses[s].map { "\($0) \(s.rawValue)" } }
            .joined(separator: ", ")
    }

    /// The best wall-clock time of `repeats` runs; the CPU time of that run goes to `lastCPU`
    /// (on a shared machine the CPU time is the steadier figure).
    private func best(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let cpuStart = BenchStoreCommand.cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if wall < best {
                best = wall
                BenchStoreCommand.lastCPU.value = BenchStoreCommand.cpuSeconds() - cpuStart
            }
        }
        return best
    }

    final class CPUBox: @unchecked Sendable { var value = 0.0 }
    static let lastCPU = CPUBox()

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func ms(_ seconds: Double) -> String { CFormat.string("%.1f", seconds * 1000) }

    private var cpu: String { CFormat.string("cpu %.1f ms", BenchStoreCommand.lastCPU.value * 1000) }

    /// A German-like text of distinct sentences (numbers keep them apart) in paragraphs of five.
    static func generatedText(sentences: Int) -> ArticleText {
        let subjects = ["Der Bürgermeister", "Die Ministerin", "Ein Sprecher der Regierung", "Die Opposition", "Der Verband"]
        let verbs = ["kündigte", "bestätigte", "kritisierte", "verteidigte", "prüfte"]
        let objects = ["den Haushalt der Stadt", "die neue Brücke über den Fluss", "das Gesetz zur Energie", "die Verhandlungen in Kherson", "den Plan für die Schulen"]
        var out = ""
        for n in 0..<sentences {
            out += "\(subjects[n % 5]) \(verbs[(n / 5) % 5]) am Tag \(n) \(objects[(n / 25) % 5]) an, wie es in der Mitteilung hieß."
            out += n % 5 == 4 ? "\n\n" : " "
        }
        return ArticleText(out)
    }
}
