import MarginaliaText

/// The article an annotation file belongs to, as recorded when it was saved.
public struct AnnotationSource: Sendable, Equatable {
    public var path: String
    /// Hex SHA-256 of the loaded text as UTF-8 (the `analyze` fingerprint); empty if unknown.
    public var sha256: String
    /// Length in code points; nil if unknown (older files).
    public var length: Int?

    public init(path: String, sha256: String, length: Int?) {
        self.path = path
        self.sha256 = sha256
        self.length = length
    }

    /// The source record of `text` loaded from `path`.
    public init(path: String, text: ArticleText) {
        self.init(path: path, sha256: SHA256.hex(of: text.string), length: text.count)
    }
}

/// A W3C AnnotationCollection: every annotation of one article (the whole annotation file).
public struct AnnotationCollection: Sendable, Equatable {
    public static let defaultTagSet = ["claim", "source", "speculation", "fact", "opinion"]

    public var generator: String
    public var source: AnnotationSource
    public var tagSet: [String]
    public var items: [Annotation]
    /// Items that could not be read as annotations: kept and written back unchanged.
    public var unreadableItems: [JSONValue]
    /// Top-level fields this version does not know, written back unchanged.
    public var extraFields: [(String, JSONValue)]

    public init(generator: String = MarginaliaRelease.generator, source: AnnotationSource, tagSet: [String] = AnnotationCollection.defaultTagSet,
                items: [Annotation] = [], unreadableItems: [JSONValue] = [], extraFields: [(String, JSONValue)] = []) {
        self.generator = generator
        self.source = source
        self.tagSet = tagSet
        self.items = items
        self.unreadableItems = unreadableItems
        self.extraFields = extraFields
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
        lhs.generator == rhs.generator && lhs.source == rhs.source && lhs.tagSet == rhs.tagSet && lhs.items == rhs.items
            && lhs.unreadableItems == rhs.unreadableItems && JSONValue.object(lhs.extraFields) == JSONValue.object(rhs.extraFields)
    }
}
