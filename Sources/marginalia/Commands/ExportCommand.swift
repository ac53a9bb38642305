import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// `marginalia export --format jsonl|brat|conll|w3c [--out DIR_OR_FILE] FILE_OR_CORPUS...`: the
/// annotations saved beside each article (corrections applied to the entities) in a dataset
/// format. A JSON-lines corpus exports every article (or `--ids`, `--annotated-only`), its
/// annotations read from `corpus.jsonl.annotations/`; `corpus.jsonl#ID` names one article.
/// Without `--out`, jsonl and conll go to standard output (one line / one document per article),
/// as does w3c for one article; brat needs a folder.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations (jsonl, brat, conll, w3c).")

    @Option(help: "jsonl (doccano), brat (standoff .txt + .ann + annotation.conf), conll (BIO entity tokens) or w3c (the annotation file).")
    var format: String

    @Option(help: "Output file, or folder (brat; several articles with w3c; an existing folder: one file per article, named by corpus id).")
    var out: String?

    @Flag(help: "jsonl: add the (corrected) entities as labels beside the tags.")
    var entities = false

    @Option(help: "Offset unit: codepoint (Python, spaCy, brat), utf16 (doccano, hypothes.is, INCEpTION: JavaScript indices), utf8.")
    var offsets: String = "codepoint"

    @Flag(help: "Resolve overlapping labels: the user's tags before entities, longer before shorter, earlier before later.")
    var noOverlap = false

    @Option(help: "conll: conll2003 writes '-DOCSTART- -X- O O' before each article (spaCy, flair); none writes no marker.")
    var conllDocstart: String = "conll2003"

    @Option(help: "conll: column separator, tab or space.")
    var conllSeparator: String = "tab"

    @Option(help: "Corpus articles to export, by id (comma-separated).")
    var ids: String?

    @Flag(help: "Only articles that have annotations.")
    var annotatedOnly = false

    @Argument(help: "Article files, JSON-lines corpora, or corpus.jsonl#ID.")
    var files: [String]

    func run() throws {
        guard let kind = AnnotationExportFormat(rawValue: format) else {
            CommandLineError.exit("unknown export format '\(format)' (use jsonl, brat, conll or w3c)")
        }
        guard let unit = OffsetUnit(rawValue: offsets) else { CommandLineError.exit("unknown --offsets '\(offsets)' (use codepoint, utf16 or utf8)") }
        guard ["conll2003", "none"].contains(conllDocstart) else { CommandLineError.exit("unknown --conll-docstart '\(conllDocstart)' (use conll2003 or none)") }
        guard let separator: Character = ["tab": "\t", "space": " "][conllSeparator] else {
            CommandLineError.exit("unknown --conll-separator '\(conllSeparator)' (use tab or space)")
        }
        guard !files.isEmpty else { CommandLineError.exit("export: no article files given") }
        if kind == .brat && out == nil { CommandLineError.exit("export --format brat needs --out FOLDER (it writes .txt and .ann files)") }
        let idSet = ids.map { Set($0.split(separator: ",").map { $0.trimmingWhitespace }) }
        let items = ArticleArguments.resolve(files, ids: idSet)
        let options = ExportOptions(includeEntities: entities, offsets: unit, noOverlap: noOverlap,
                                    conllDocstart: conllDocstart == "conll2003", conllSeparator: separator)
        var documents: [AnnotationExport.Document] = []
        for item in items {
            let store = ArticleArguments.store(for: item, readOnly: true)
            for warning in store.warnings {
                StandardStreams.writeError("marginalia: \(TerminalSafe.oneLine(item.article.path)): \(TerminalSafe.oneLine(warning))\n")
            }
            if annotatedOnly && store.items.allSatisfy(\.isOrphaned) { continue }
            let analysis = AnnotationExport.needsAnalysis(kind, includeEntities: entities) ? Analyzer.analyze(item.article) : nil
            var document = AnnotationExport.Document(article: item.article, collection: store.collection, analysis: analysis, id: item.id)
            document.idIsNumber = item.idIsNumber
            documents.append(document)
        }
        if kind == .w3c && out == nil && documents.count > 1 {
            CommandLineError.exit("export --format w3c of several articles needs --out FOLDER")
        }
        guard let out else {
            for document in documents {
                let output = AnnotationExport.output(kind, document: document, options: options)
                warn(output.warnings)
                for file in output.files { StandardStreams.writeOutput(file.contents) }
            }
            return
        }
        do {
            let report = try AnnotationExport.write(kind, documents: documents, to: out, options: options)
            warn(report.warnings)
            for path in report.written { StandardStreams.writeError("wrote \(TerminalSafe.oneLine(path))\n") }
        } catch let error as ExportError {
            CommandLineError.exit(error.description)
        }
    }

    private func warn(_ warnings: [String]) {
        for warning in warnings { StandardStreams.writeError("marginalia: \(TerminalSafe.oneLine(warning))\n") }
    }
}
