import FoundationEssentials
import MarginaliaText
import MarginaliaAnalysis

public enum AnnotationExportFormat: String, CaseIterable, Sendable {
    /// doccano JSONL, one article a line.
    case jsonl
    /// brat standoff, `.txt` + `.ann` per article, `annotation.conf` + `visual.conf` per folder.
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
///     let output = AnnotationExport.files(.brat, document: doc, options: options)   // files + warnings
///     let report = try AnnotationExport.write(.jsonl, documents: [doc], to: "out.jsonl")
///
/// Orphaned annotations are not exported (their positions are not in this text). Entities are
/// those of the analysis with the collection's corrections applied.
public enum AnnotationExport {
    public struct Document {
        public var article: LoadedArticle
        public var collection: AnnotationCollection
        /// The uncorrected analysis; computed on demand when nil and the format needs it.
        public var analysis: ArticleAnalysis?
        /// The corpus id of a corpus article (doccano's `id`, the stem of per-article files).
        public var id: String?
        /// The corpus gave the id as a JSON number: doccano's `id` is written as one too.
        public var idIsNumber = false

        public init(article: LoadedArticle, collection: AnnotationCollection, analysis: ArticleAnalysis? = nil, id: String? = nil) {
            self.article = article
            self.collection = collection
            self.analysis = analysis
            self.id = id
        }

        /// The analysis with the corrections of the collection applied.
        public func correctedAnalysis() -> ArticleAnalysis {
            Corrections.apply(collection.items, to: analysis ?? Analyzer.analyze(article), text: article.text)
        }

        /// The stem of this article's output files: a corpus article's id made safe as a file name
        /// (`AnnotationExport.fileStem`), else the file's name without its extension (brat pairs
        /// `NAME.txt` with `NAME.ann`).
        public var baseName: String {
            if let id { return AnnotationExport.fileStem(id) }
            let name = PathText.lastComponent(article.path)
            let stem = PathText.deletingExtension(name)
            return stem.isEmpty ? (name.isEmpty ? "article" : name) : stem
        }

        var name: String { PathText.lastComponent(article.path) }
    }

    /// The files of one article, and one-line warnings (overlaps a tool would drop).
    public struct Output: Sendable, Equatable {
        public var files: [ExportedFile]
        public var warnings: [String]
        /// brat: the type names used (for annotation.conf).
        public var labels: [String]
    }

    /// What `write` did.
    public struct Report: Sendable, Equatable {
        public var written: [String] = []
        public var warnings: [String] = []
    }

    /// Longest file-name stem before it is shortened with a hash (file systems allow 255 bytes).
    static let maxStemBytes = 180

    /// An id as a file-name stem, for exported files and the corpus's annotation files alike:
    /// ASCII letters, digits, `-`, `_` and inner dots stay, every other byte becomes `%XX`.
    /// Injective (two ids never share a file), never hidden, `.`, `..` or a path; a stem longer
    /// than 180 bytes is cut and keeps distinct ids distinct by a hash of the whole id.
    public static func fileStem(_ id: String) -> String {
        var out = ""
        for (n, byte) in id.utf8.enumerated() {
            let plain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: ".") && n > 0)
            out += plain ? String(Character(Unicode.Scalar(byte))) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
        }
        if out.isEmpty { out = "%00" }
        if out.utf8.count > maxStemBytes {
            out = String(out.utf8.prefix(maxStemBytes - 20).map { Character(Unicode.Scalar($0)) }) + "~" + String(SHA256.hex(of: id).prefix(16))
        }
        return out
    }

    /// The id a `fileStem` was made from (`art%207` -> `art 7`); nil if it is not such a stem.
    public static func idFromStem(_ stem: String) -> String? {
        var bytes: [UInt8] = []
        let u = Array(stem.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%") {
                guard i + 2 < u.count, let v = UInt8(String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(v); i += 3
            } else {
                bytes.append(u[i]); i += 1
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Whether a format needs the analysis (entities or sentences).
    public static func needsAnalysis(_ format: AnnotationExportFormat, includeEntities: Bool) -> Bool {
        switch format {
        case .conll, .brat: return true
        case .jsonl: return includeEntities
        case .w3c: return false
        }
    }

    /// The files one article exports to.
    public static func files(_ format: AnnotationExportFormat, document: Document, includeEntities: Bool = false) -> [ExportedFile] {
        output(format, document: document, options: ExportOptions(includeEntities: includeEntities)).files
    }

    public static func output(_ format: AnnotationExportFormat, document: Document, options: ExportOptions) -> Output {
        let text = document.article.text
        // Only annotations that lie in this text (orphans are already left out).
        let items = document.collection.items.filter { $0.span.end <= text.count }
        switch format {
        case .jsonl:
            let entities = options.includeEntities ? LabeledSpan.fromEntities(document.correctedAnalysis().entities) : []
            let (labels, warnings) = overlapsHandled(LabeledSpan.fromAnnotations(items, commentLabel: nil) + entities, document: document,
                                                     options: options, tool: "doccano",
                                                     keepSetting: "create the project with \"Allow overlapping entity\" checked")
            let id: JSONValue = document.idIsNumber ? (document.id.flatMap { Int($0) }.map { .int($0) } ?? .string(document.id!))
                : .string(document.id ?? document.name)
            let line = DoccanoJSONL.line(text: text, labels: labels, id: id, title: document.article.title, offsets: options.offsets)
            return Output(files: [ExportedFile(name: document.baseName + ".jsonl", contents: line + "\n")], warnings: warnings, labels: [])
        case .brat:
            let tags = LabeledSpan.fromAnnotations(items)
            let entities = LabeledSpan.fromEntities(document.correctedAnalysis().entities)
            var labels = tags + entities
            var warnings: [String] = []
            if options.noOverlap { (labels, warnings) = overlapsHandled(labels, document: document, options: options, tool: "brat", keepSetting: "") }
            return Output(files: [ExportedFile(name: document.baseName + ".txt", contents: text.string),
                                  ExportedFile(name: document.baseName + ".ann", contents: BratStandoff.ann(text: text, labels: labels, offsets: options.offsets))],
                          warnings: warnings, labels: labels.map(\.label))
        case .conll:
            let analysis = document.correctedAnalysis()
            return Output(files: [ExportedFile(name: document.baseName + ".conll",
                                               contents: CoNLLExport.document(text: text, sentences: analysis.segmentation.sentences,
                                                                              entities: analysis.entities, docstart: options.conllDocstart,
                                                                              separator: options.conllSeparator))],
                          warnings: [], labels: [])
        case .w3c:
            var collection = document.collection
            if options.offsets != .codepoint {
                // TextPositionSelector in the unit the target tool counts (hypothes.is: UTF-16).
                let map = options.offsets.map(for: text)
                collection.items = collection.items.map { a in
                    var a = a
                    guard !a.isOrphaned, a.span.end <= text.count else { return a }
                    let (s, e) = map.convert(a.span)
                    a.span = Span(s, e)
                    if let place = a.speaker?.span, place.end <= text.count { let (ps, pe) = map.convert(place); a.speaker!.span = Span(ps, pe) }
                    return a
                }
            }
            let name = (document.id != nil ? document.baseName : document.name) + AnnotationFileLocation.suffix
            return Output(files: [ExportedFile(name: name, contents: String(decoding: AnnotationEncoder.data(of: collection), as: UTF8.self))],
                          warnings: [], labels: [])
        }
    }

    /// With `--no-overlap` the labels `OverlapResolution` keeps (and a note of what it dropped);
    /// without it all labels, and a warning naming the setting that keeps overlaps in `tool`.
    static func overlapsHandled(_ labels: [LabeledSpan], document: Document, options: ExportOptions, tool: String,
                                keepSetting: String) -> ([LabeledSpan], [String]) {
        let name = document.id.map { "article \($0)" } ?? document.name
        if options.noOverlap {
            let (kept, dropped) = OverlapResolution.resolve(labels)
            return (kept, dropped.isEmpty ? [] : ["\(name): --no-overlap dropped \(dropped.count) overlapping label\(dropped.count == 1 ? "" : "s")"])
        }
        let pairs = OverlapResolution.overlaps(labels)
        guard !pairs.isEmpty, !keepSetting.isEmpty else { return (labels, []) }
        return (labels, ["\(name): \(pairs.count) overlapping label pair\(pairs.count == 1 ? "" : "s"); \(tool) drops them unless you \(keepSetting) (or export with --no-overlap)"])
    }

    /// Writes the export of `documents` to `destination`.
    /// - brat: `destination` is a folder (created if missing), `NAME.txt` + `NAME.ann` per article
    ///   and one `annotation.conf` and `visual.conf` naming every type used.
    /// - jsonl, conll: a file holding every article in order; or, if `destination` is an existing
    ///   folder (or ends with `/`), one file per article in it.
    /// - w3c: a file for one article; a folder for several.
    /// Each file is written atomically; a failure is a one-line `ExportError`.
    @discardableResult
    public static func write(_ format: AnnotationExportFormat, documents: [Document], to destination: String,
                             options: ExportOptions = ExportOptions(), writer: AtomicFileWriter = AtomicFileWriter()) throws -> Report {
        let existing = FileStatus(path: destination)
        let toFolder = format == .brat || existing?.isDirectory == true || destination.hasSuffix("/")
            || (format == .w3c && documents.count > 1)
        if let existing, !existing.isDirectory, toFolder {
            throw ExportError("\(destination): is a file; \(format.rawValue) export needs a folder here")
        }
        var report = Report()
        func put(_ contents: String, at path: String) throws {
            do { try writer.write(Array(contents.utf8), to: path) } catch { throw ExportError("\(path): cannot write (\(error))") }
            report.written.append(path)
        }
        if toFolder {
            var used: Set<String> = []
            var labels: [String] = []
            for document in documents {
                let output = output(format, document: document, options: options)
                report.warnings += output.warnings
                labels += output.labels
                for file in output.files {
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
            if format == .brat {
                let all = Set(labels).sorted()
                try put(BratStandoff.annotationConf(labels: all, allowOverlap: !options.noOverlap), at: PathText.appending(destination, "annotation.conf"))
                try put(BratStandoff.visualConf(labels: all), at: PathText.appending(destination, "visual.conf"))
            }
        } else {
            var contents = ""
            for document in documents {
                let output = output(format, document: document, options: options)
                report.warnings += output.warnings
                contents += output.files.map(\.contents).joined()
            }
            try put(contents, at: destination)
        }
        return report
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
