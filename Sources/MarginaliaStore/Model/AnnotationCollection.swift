import MarginaliaText

/// The article an annotation file belongs to, as recorded when it was saved.
public struct AnnotationSource: Sendable, Equatable {
    public var path: String
    /// The article as an absolute `file:` URI (`file:///news/corpus.jsonl#11059` for a corpus
    /// article): `target.source` of every annotation. Empty if unknown (older files).
    public var uri: String = ""
    /// Fields of the saved `source` object this version does not know, written back unchanged.
    public var extraFields: [(String, JSONValue)] = []
    /// Hex SHA-256 of the loaded text as UTF-8 (the `analyze` fingerprint); empty if unknown.
    public var sha256: String
    /// Length in code points; nil if unknown (older files).
    public var length: Int?

    public init(path: String, sha256: String, length: Int?) {
        self.path = path
        self.sha256 = sha256
        self.length = length
    }

    /// The source record of `text` loaded from `path`; `articlePath` (the article as opened,
    /// relative or absolute) gives the `file:` URI.
    public init(path: String, text: ArticleText, articlePath: String? = nil) {
        self.init(path: path, sha256: text.sha256, length: text.count)
        if let articlePath { uri = FileURI.from(path: articlePath) }
    }

    /// `urn:sha256:<hex>`: the identity of the text whatever its file is called (RFC 6920 names
    /// it `ni:`; `urn:sha256:` is what W3C examples and IPFS-style tools use).
    public var contentID: String { sha256.isEmpty ? "" : "urn:sha256:" + sha256 }

    public static func == (lhs: AnnotationSource, rhs: AnnotationSource) -> Bool {
        lhs.path == rhs.path && lhs.sha256 == rhs.sha256 && lhs.length == rhs.length && lhs.uri == rhs.uri
            && JSONValue.object(lhs.extraFields) == JSONValue.object(rhs.extraFields)
    }
}

/// A W3C AnnotationCollection: every annotation of one article (the whole annotation file).
public struct AnnotationCollection: Sendable, Equatable {
    public static let defaultTagSet = ["claim", "source", "speculation", "fact", "opinion"]

    /// `urn:uuid:...`, kept once saved; a new collection's is derived from its article's URI, so
    /// exporting the same unannotated article twice gives the same id.
    public var id: String
    public var generator: String
    public var source: AnnotationSource
    /// `@context` entries besides the W3C one and Marginalia's (another tool's terms), kept.
    public var extraContexts: [JSONValue] = []
    public var tagSet: [String]
    public var items: [Annotation]
    /// Items that could not be read as annotations: kept and written back unchanged.
    public var unreadableItems: [JSONValue]
    /// Top-level fields this version does not know, written back unchanged.
    public var extraFields: [(String, JSONValue)]

    public init(id: String? = nil, generator: String = MarginaliaRelease.generator, source: AnnotationSource, tagSet: [String] = AnnotationCollection.defaultTagSet,
                items: [Annotation] = [], unreadableItems: [JSONValue] = [], extraFields: [(String, JSONValue)] = []) {
        self.id = id ?? AnnotationCollection.derivedID(for: source)
        self.generator = generator
        self.source = source
        self.tagSet = tagSet
        self.items = items
        self.unreadableItems = unreadableItems
        self.extraFields = extraFields
    }

    /// A stable id for a collection that has none yet: from the article's URI (else its path).
    public static func derivedID(for source: AnnotationSource) -> String {
        "urn:uuid:" + UUIDText.derived(from: "marginalia collection " + (source.uri.isEmpty ? source.path : source.uri))
    }

    public func index(of id: String) -> Int? { items.firstIndex { $0.id == id } }

    /// Annotations in text order (start, then longer first), orphans last.
    public var inTextOrder: [Annotation] {
        items.enumerated().sorted { a, b in
            if a.element.isOrphaned != b.element.isOrphaned { return !a.element.isOrphaned }
            if a.element.span.start != b.element.span.start { return a.element.span.start < b.element.span.start }
            if a.element.span.end != b.element.span.end { return a.element.span.end > b.element.span.end }
            return a.offset < b.offset
        }.map(\.element)
    }

    public static func == (lhs: AnnotationCollection, rhs: AnnotationCollection) -> Bool {
        lhs.id == rhs.id && lhs.extraContexts == rhs.extraContexts && lhs.generator == rhs.generator && lhs.source == rhs.source && lhs.tagSet == rhs.tagSet && lhs.items == rhs.items
            && lhs.unreadableItems == rhs.unreadableItems && JSONValue.object(lhs.extraFields) == JSONValue.object(rhs.extraFields)
    }
}
