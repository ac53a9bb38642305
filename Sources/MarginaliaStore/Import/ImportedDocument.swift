import MarginaliaText

/// What an import file says about one article, before it is placed: labels with the positions
/// and text they had in the other tool, or (W3C) whole annotations.
public struct ImportedDocument: Sendable {
    /// The article it belongs to, by corpus id or file stem (doccano `id`, brat file name, the
    /// fragment of a W3C `file:` URI); nil when the file does not say (CoNLL: by order).
    public var key: String?
    /// The text the other tool annotated, when the file holds it (doccano, brat `.txt`).
    public var text: ArticleText?
    /// `urn:sha256:` content identity (W3C): finds the article even if it moved or was renamed.
    public var contentID: String?
    public var labels: [ImportedLabel]
    public var annotations: [Annotation]
    /// CoNLL: sentences of (token, tag), placed by finding the tokens in order.
    public var tokens: [(token: String, tag: String)]
    /// Where it came from, for the report ("a.jsonl:3", "brat/7.ann").
    public var origin: String

    public init(key: String?, text: ArticleText? = nil, contentID: String? = nil, labels: [ImportedLabel] = [],
                annotations: [Annotation] = [], tokens: [(token: String, tag: String)] = [], origin: String) {
        self.key = key
        self.text = text
        self.contentID = contentID
        self.labels = labels
        self.annotations = annotations
        self.tokens = tokens
        self.origin = origin
    }
}

/// One label of another tool: a tag or an entity type on a span of its text.
public struct ImportedLabel: Sendable, Equatable {
    public var span: Span
    public var label: String
    public var note: String?

    public init(span: Span, label: String, note: String? = nil) {
        self.span = span
        self.label = label
        self.note = note
    }
}

/// How `import` maps names: a label that is an entity type becomes an entity correction (unless
/// the recognizer already has that mention), a label matching a tag (exactly, or as brat wrote
/// it, `LineFormatText.name`) becomes that tag, any other label a new tag added to the tag set.
public enum ImportFormat: String, CaseIterable, Sendable {
    case doccano, brat, w3c, conll
}

/// Readers of the files other tools write (the same formats `export` writes).
public enum ImportReader {
    /// doccano JSONL: one document a line (`id` keys it to a corpus article).
    public static func doccano(_ contents: String, origin: String, offsets: OffsetUnit = .codepoint) throws -> [ImportedDocument] {
        var documents: [ImportedDocument] = []
        for (n, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            let read: (text: ArticleText, labels: [LabeledSpan], id: String?)
            do { read = try DoccanoJSONL.read(line: String(line), offsets: offsets) } catch let error as ExportError {
                throw ExportError("\(origin):\(n + 1): \(error.description)")
            }
            // doccano keeps the text as given; the article's loaded text is normalised.
            let normalized = LoadedTextNormalization.normalize(read.text.string)
            var labels = read.labels.map { ImportedLabel(span: $0.span, label: $0.label) }
            if normalized.changed {
                let map = LoadedTextNormalization.offsetMap(read.text.scalars)
                labels = labels.map { ImportedLabel(span: Span(map[$0.span.start], map[$0.span.end]), label: $0.label) }
            }
            documents.append(ImportedDocument(key: read.id, text: normalized.text, labels: labels, origin: "\(origin):\(n + 1)"))
        }
        return documents
    }

    /// A brat `.ann` with the text of its `.txt`; the file stem keys it. `labels` maps type names
    /// to the names they display (`BratStandoff.readLabels` of the folder's `visual.conf`).
    public static func brat(ann: String, txt: String, stem: String, origin: String, offsets: OffsetUnit = .codepoint,
                            labels: [String: String] = [:]) throws -> ImportedDocument {
        let text = ArticleText(txt)
        let spans: [LabeledSpan]
        do { spans = try BratStandoff.read(ann: ann, text: text, offsets: offsets) } catch let error as ExportError {
            throw ExportError("\(origin): \(error.description)")
        }
        return ImportedDocument(key: AnnotationExport.idFromStem(stem), text: text,
                                labels: spans.map { ImportedLabel(span: $0.span, label: labels[$0.label] ?? $0.label, note: $0.note) }, origin: origin)
    }

    /// A W3C annotation file (a collection, a bare array, or one annotation).
    public static func w3c(_ bytes: [UInt8], origin: String) throws -> ImportedDocument {
        let result: AnnotationDecoder.Result
        do { result = try AnnotationDecoder.decode(bytes, path: origin) } catch let error as StoreError {
            throw ExportError(error.description)
        }
        let source = result.collection.source
        // A corpus article by its `#ID`, a file by its name without extension.
        let file = FileURI.path(of: source.uri) ?? source.path
        let key = FileURI.fragment(of: source.uri) ?? (file.isEmpty ? nil : PathText.deletingExtension(PathText.lastComponent(file)))
        return ImportedDocument(key: key, contentID: source.contentID.isEmpty ? nil : source.contentID,
                                annotations: result.collection.items, origin: origin)
    }

    /// CoNLL BIO: one document per `-DOCSTART-` (or the whole file).
    public static func conll(_ contents: String, origin: String) -> [ImportedDocument] {
        CoNLLExport.readDocuments(contents).enumerated().map { n, sentences in
            ImportedDocument(key: nil, tokens: sentences.flatMap { $0 }, origin: "\(origin) document \(n + 1)")
        }
    }
}
