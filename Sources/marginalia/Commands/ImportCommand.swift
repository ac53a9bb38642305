import ArgumentParser
import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaStore

/// `marginalia import --format doccano|brat|w3c|conll FILE... --into ARTICLE_OR_CORPUS`: brings
/// another tool's annotations into Marginalia's annotation files, through the same edits the
/// reader makes (so a reader that has the article open keeps it locked: import waits for no one
/// and reports the article as busy). Documents find their article by corpus id (doccano `id`,
/// brat file stem, a W3C `file:` URI's `#ID`), by content (`urn:sha256:` or the same text), or,
/// for CoNLL, by order. Labels are mapped to tags, entity types to entity corrections; the report
/// on stderr lists everything that could not be placed, and the exit status is 1 if anything was not.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import annotations from doccano, brat, W3C or CoNLL files.")

    @Option(help: "doccano (JSONL), brat (.ann beside its .txt, or a folder), w3c (annotation files or a folder), conll (BIO).")
    var format: String

    @Option(help: "The article or JSON-lines corpus (or corpus.jsonl#ID) the annotations belong to.")
    var into: String

    @Option(help: "Offset unit of the files: codepoint (default), utf16 (from JavaScript tools), utf8.")
    var offsets: String = "codepoint"

    @Argument(help: "Files (or brat/W3C folders) to import.")
    var files: [String]

    func run() throws {
        guard let kind = ImportFormat(rawValue: format) else { CommandLineError.exit("unknown import format '\(format)' (use doccano, brat, w3c or conll)") }
        guard let unit = OffsetUnit(rawValue: offsets) else { CommandLineError.exit("unknown --offsets '\(offsets)' (use codepoint, utf16 or utf8)") }
        guard !files.isEmpty else { CommandLineError.exit("import: no files given") }
        let documents = readDocuments(kind, unit)
        let items = ArticleArguments.resolve([into], ids: nil)
        guard !items.isEmpty else { CommandLineError.exit("\(into): no articles") }

        var report = AnnotationImport.Report()
        var byItem: [Int: [ImportedDocument]] = [:]
        for (n, document) in documents.enumerated() {
            guard let index = match(document, number: n, in: items, format: kind) else {
                report.unplaced.append("\(document.origin): no article in \(into) for it (id '\(document.key ?? "none")')")
                continue
            }
            byItem[index, default: []].append(document)
        }
        var articles = 0
        for (index, documents) in byItem.sorted(by: { $0.key < $1.key }) {
            let item = items[index]
            let store = ArticleArguments.store(for: item, readOnly: false)
            if case .readOnly(let reason) = store.access {
                report.unplaced.append("\(item.article.path): \(documents.count) document(s) not imported: \(reason)")
                _ = store.close()
                continue
            }
            let entities = store.corrected(Analyzer.analyze(item.article)).entities
            for document in documents { report.add(AnnotationImport.place(document, into: store, entities: entities)) }
            if let error = store.close() { CommandLineError.exit(error.description) }
            articles += 1
        }
        var summary = "imported \(report.placed) annotation\(report.placed == 1 ? "" : "s") into \(articles) article\(articles == 1 ? "" : "s")"
        if report.alreadyThere > 0 { summary += " (\(report.alreadyThere) already there)" }
        if !report.addedTags.isEmpty { summary += "; added to the tag set: " + report.addedTags.joined(separator: ", ") }
        if !report.unplaced.isEmpty { summary += "; \(report.unplaced.count) could not be placed:" }
        StandardStreams.writeError(TerminalSafe.oneLine(summary) + "\n")
        for line in report.unplaced { StandardStreams.writeError("  " + TerminalSafe.oneLine(line) + "\n") }
        if !report.unplaced.isEmpty { Glibc.exit(1) }
    }

    /// The article a document belongs to: the only one; else by id, content, text, or order (CoNLL).
    func match(_ document: ImportedDocument, number: Int, in items: [ArticleArguments.Item], format: ImportFormat) -> Int? {
        if items.count == 1 { return 0 }
        if let key = document.key, let i = items.firstIndex(where: { $0.id == key || ($0.id == nil && PathText.deletingExtension(PathText.lastComponent($0.article.path)) == key) }) {
            return i
        }
        if let content = document.contentID ?? document.text.map({ "urn:sha256:" + $0.sha256 }),
           let i = items.firstIndex(where: { "urn:sha256:" + $0.article.text.sha256 == content }) {
            return i
        }
        return format == .conll && number < items.count ? number : nil
    }

    func readDocuments(_ kind: ImportFormat, _ unit: OffsetUnit) -> [ImportedDocument] {
        var documents: [ImportedDocument] = []
        do {
            for path in expand(files, kind) {
                switch kind {
                case .doccano: documents += try ImportReader.doccano(try read(path), origin: path, offsets: unit)
                case .conll: documents += ImportReader.conll(try read(path), origin: path)
                case .w3c: documents.append(try ImportReader.w3c(Array(try read(path).utf8), origin: path))
                case .brat:
                    let txt = PathText.deletingExtension(path) + ".txt"
                    let visual = PathText.appending(PathText.parent(path).isEmpty ? "." : PathText.parent(path), "visual.conf")
                    let labels = FileStatus(path: visual) != nil ? BratStandoff.readLabels(visualConf: try read(visual)) : [:]
                    documents.append(try ImportReader.brat(ann: try read(path), txt: try read(txt), stem: PathText.deletingExtension(PathText.lastComponent(path)),
                                                           origin: path, offsets: unit, labels: labels))
                }
            }
        } catch let error as ExportError {
            CommandLineError.exit(error.description)
        } catch {
            CommandLineError.exit("\(error)")
        }
        return documents
    }

    /// Folders become their `.ann` (brat) or `.json` (W3C) files, in name order.
    func expand(_ paths: [String], _ kind: ImportFormat) -> [String] {
        paths.flatMap { path -> [String] in
            guard FileStatus(path: path)?.isDirectory == true else { return [path] }
            let ext = kind == .brat ? ".ann" : kind == .w3c ? ".json" : kind == .doccano ? ".jsonl" : ".conll"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(ext) }.sorted()
            return names.map { PathText.appending(path, $0) }
        }
    }

    func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw ExportError("\(path): cannot read") }
        return String(decoding: data, as: UTF8.self)
    }
}
