import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis

public enum AnnotationExportFormat: String, CaseIterable, Sendable {
    /// doccano JSONL, one article a line.
    case jsonl
    /// brat standoff, `.txt` + `.ann` per article.
    case brat
    /// CoNLL BIO tokens with entity types (after corrections).
    case conll
    /// The W3C annotation collection itself.
    case w3c
}

/// One output file of an export, named after the article.
public struct ExportedFile: Sendable, Equatable {
    public var name: String
    public var contents: String
}

/// Exports for `marginalia export` and the UI's `:export FORMAT PATH`.
///
///     let files = AnnotationExport.files(.brat, article: article, collection: store.collection, analysis: analysis)
///     let written = try AnnotationExport.write(.jsonl, documents: [doc], to: "out.jsonl")
///
/// Orphaned annotations are not exported (their positions are not in this text). Entities are
/// those of the analysis with the collection's corrections applied.
public enum AnnotationExport {
    public struct Document {
        public var article: LoadedArticle
        public var collection: AnnotationCollection
        /// The uncorrected analysis; computed on demand when nil and the format needs it.
        public var analysis: ArticleAnalysis?

        public init(article: LoadedArticle, collection: AnnotationCollection, analysis: ArticleAnalysis? = nil) {
            self.article = article
            self.collection = collection
            self.analysis = analysis
        }

        /// The analysis with the corrections of the collection applied.
        public func correctedAnalysis() -> ArticleAnalysis {
            Corrections.apply(collection.items, to: analysis ?? Analyzer.analyze(article), text: article.text)
        }

        /// The article's file name without its extension (brat pairs `NAME.txt` with `NAME.ann`).
        var baseName: String {
            let name = PathText.lastComponent(article.path)
            let stem = PathText.deletingExtension(name)
            return stem.isEmpty ? (name.isEmpty ? "article" : name) : stem
        }
    }

    /// Whether a format needs the analysis (entities or sentences).
    public static func needsAnalysis(_ format: AnnotationExportFormat, includeEntities: Bool) -> Bool {
        switch format {
        case .conll, .brat: return true
        case .jsonl: return includeEntities
        case .w3c: return false
        }
    }

    /// The files one article exports to. `includeEntities` adds the corrected entities to the
    /// doccano labels (brat always has them; CoNLL is entities only).
    public static func files(_ format: AnnotationExportFormat, document: Document, includeEntities: Bool = false) -> [ExportedFile] {
        let text = document.article.text
        // Only annotations that lie in this text (orphans are already left out).
        let items = document.collection.items.filter { $0.span.end <= text.count }
        let tags = LabeledSpan.fromAnnotations(items)
        switch format {
        case .jsonl:
            let entities = includeEntities ? LabeledSpan.fromEntities(document.correctedAnalysis().entities) : []
            return [ExportedFile(name: document.baseName + ".jsonl",
                                 contents: DoccanoJSONL.line(text: text, labels: LabeledSpan.fromAnnotations(items, commentLabel: nil) + entities) + "\n")]
        case .brat:
            let entities = LabeledSpan.fromEntities(document.correctedAnalysis().entities)
            return [ExportedFile(name: document.baseName + ".txt", contents: text.string),
                    ExportedFile(name: document.baseName + ".ann", contents: BratStandoff.ann(text: text, labels: tags + entities))]
        case .conll:
            let analysis = document.correctedAnalysis()
            return [ExportedFile(name: document.baseName + ".conll",
                                 contents: CoNLLExport.document(text: text, sentences: analysis.segmentation.sentences,
                                                                entities: analysis.entities))]
        case .w3c:
            let name = PathText.lastComponent(document.article.path) + AnnotationFileLocation.suffix
            return [ExportedFile(name: name, contents: String(decoding: AnnotationEncoder.data(of: document.collection), as: UTF8.self))]
        }
    }

    /// Writes the export of `documents` to `destination` and returns the paths written.
    /// - brat: `destination` is a folder (created if missing), `NAME.txt` + `NAME.ann` per article.
    /// - jsonl, conll: a file holding every article in order; or, if `destination` is an existing
    ///   folder (or ends with `/`), one file per article in it.
    /// - w3c: a file for one article; a folder for several.
    /// Each file is written atomically; a failure is a one-line `ExportError`.
    @discardableResult
    public static func write(_ format: AnnotationExportFormat, documents: [Document], to destination: String,
                             includeEntities: Bool = false, writer: AtomicFileWriter = AtomicFileWriter()) throws -> [String] {
        let existing = FileStatus(path: destination)
        let toFolder = format == .brat || existing?.isDirectory == true || destination.hasSuffix("/")
            || (format == .w3c && documents.count > 1)
        if let existing, !existing.isDirectory, toFolder {
            throw ExportError("\(destination): is a file; \(format.rawValue) export needs a folder here")
        }
        var written: [String] = []
        func put(_ contents: String, at path: String) throws {
            do { try writer.write(Array(contents.utf8), to: path) } catch { throw ExportError("\(path): cannot write (\(error))") }
            written.append(path)
        }
        if toFolder {
            var used: Set<String> = []
            for document in documents {
                for file in files(format, document: document, includeEntities: includeEntities) {
                    var name = file.name
                    var n = 2
                    while used.contains(name) {
                        // Two articles with the same name: keep both.
                        let ext = PathText.pathExtension(file.name)
                        name = PathText.deletingExtension(file.name) + "-\(n)." + ext
                        n += 1
                    }
                    used.insert(name)
                    try put(file.contents, at: PathText.appending(destination, name))
                }
            }
        } else {
            let contents = documents.flatMap { files(format, document: $0, includeEntities: includeEntities) }.map(\.contents).joined()
            try put(contents, at: destination)
        }
        return written
    }
}
