import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// `marginalia export --format jsonl|brat|conll|w3c [--out DIR_OR_FILE] FILE...`: the annotations
/// saved beside each article (corrections applied to the entities) in a dataset format.
/// Without `--out`, jsonl, conll and w3c go to standard output; brat needs a folder.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations (jsonl, brat, conll, w3c).")

    @Option(help: "jsonl (doccano), brat (standoff .txt + .ann), conll (BIO entity tokens) or w3c (the annotation file).")
    var format: String

    @Option(help: "Output file, or folder (brat; several articles with w3c; an existing folder: one file per article).")
    var out: String?

    @Flag(help: "jsonl: add the (corrected) entities as labels beside the tags.")
    var entities = false

    @Argument(help: "Article files whose annotations to export.")
    var files: [String]

    func run() throws {
        guard let kind = AnnotationExportFormat(rawValue: format) else {
            CommandLineError.exit("unknown export format '\(format)' (use jsonl, brat, conll or w3c)")
        }
        guard !files.isEmpty else { CommandLineError.exit("export: no article files given") }
        if kind == .brat && out == nil { CommandLineError.exit("export --format brat needs --out FOLDER (it writes .txt and .ann files)") }
        if kind == .w3c && out == nil && files.count > 1 {
            CommandLineError.exit("export --format w3c of several articles needs --out FOLDER")
        }
        var documents: [AnnotationExport.Document] = []
        for path in files {
            let article: LoadedArticle
            do { article = try ArticleLoader.load(path: path) } catch let error as LoadError { CommandLineError.exit(error.description) }
            let store = AnnotationStore.open(article, options: .init(readOnly: true, generator: "marginalia " + MarginaliaVersion.string))
            for warning in store.warnings {
                StandardStreams.writeError("marginalia: \(TerminalSafe.oneLine(path)): \(TerminalSafe.oneLine(warning))\n")
            }
            let analysis = AnnotationExport.needsAnalysis(kind, includeEntities: entities) ? Analyzer.analyze(article) : nil
            documents.append(AnnotationExport.Document(article: article, collection: store.collection, analysis: analysis))
        }
        guard let out else {
            for document in documents {
                for file in AnnotationExport.files(kind, document: document, includeEntities: entities) {
                    StandardStreams.writeOutput(file.contents)
                }
            }
            StandardStreams.finishOutput()
            return
        }
        do {
            let written = try AnnotationExport.write(kind, documents: documents, to: out, includeEntities: entities)
            for path in written { StandardStreams.writeError("wrote \(TerminalSafe.oneLine(path))\n") }
        } catch let error as ExportError {
            CommandLineError.exit(error.description)
        }
    }
}
