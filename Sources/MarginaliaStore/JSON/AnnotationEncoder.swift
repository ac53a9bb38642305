import MarginaliaText

/// Writes a collection in the docs/CONTRACTS.md shape: `@context` first, then `type`, `generator`,
/// `source`, `tagSet`, `items`; fields read from newer files follow, unchanged.
public enum AnnotationEncoder {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    public static func value(of collection: AnnotationCollection) -> JSONValue {
        var sourceFields: [(String, JSONValue)] = [("path", .string(collection.source.path)),
                                                   ("sha256", .string(collection.source.sha256))]
        if let length = collection.source.length { sourceFields.append(("length", .int(length))) }
        var fields: [(String, JSONValue)] = [
            ("@context", .string(context)),
            ("type", .string("AnnotationCollection")),
            ("generator", .string(collection.generator)),
            ("source", .object(sourceFields)),
            ("tagSet", .array(collection.tagSet.map { .string($0) })),
            ("items", .array(collection.items.map { value(of: $0, sourcePath: collection.source.path) } + collection.unreadableItems)),
        ]
        fields += collection.extraFields
        return .object(fields)
    }

    /// The file contents: indented JSON and a final newline (friendly to diff and git).
    public static func data(of collection: AnnotationCollection) -> [UInt8] {
        value(of: collection).serializedBytes(pretty: true) + [0x0A]
    }

    public static func value(of a: Annotation, sourcePath: String) -> JSONValue {
        var bodies: [JSONValue] = a.tags.map { textualBody(purpose: "tagging", value: $0) }
        if let value = a.value { bodies.append(textualBody(purpose: a.motivation.rawValue, value: value)) }
        if let speaker = a.speaker {
            var fields: [(String, JSONValue)] = [("type", .string("TextualBody")), ("purpose", .string("identifying")),
                                                 ("value", .string(speaker.name))]
            if let span = speaker.span { fields.append(("selector", positionSelector(span))) }
            bodies.append(.object(fields))
        }
        if let note = a.note { bodies.append(textualBody(purpose: "commenting", value: note)) }
        bodies += a.extraBodies
        let selectors: [JSONValue] = [
            positionSelector(a.span),
            .object([("type", .string("TextQuoteSelector")), ("exact", .string(a.quote.exact)),
                     ("prefix", .string(a.quote.prefix)), ("suffix", .string(a.quote.suffix))]),
        ] + a.extraSelectors
        var fields: [(String, JSONValue)] = [
            ("id", .string(a.id)),
            ("type", .string("Annotation")),
            ("motivation", .string(a.motivation.rawValue)),
            ("created", .string(a.created)),
            ("modified", .string(a.modified)),
            ("body", .array(bodies)),
            ("target", .object([("source", .string(sourcePath)), ("selector", .array(selectors))])),
        ]
        fields += a.extraFields
        return .object(fields)
    }

    static func textualBody(purpose: String, value: String) -> JSONValue {
        .object([("type", .string("TextualBody")), ("purpose", .string(purpose)), ("value", .string(value))])
    }

    static func positionSelector(_ span: Span) -> JSONValue {
        .object([("type", .string("TextPositionSelector")), ("start", .int(span.start)), ("end", .int(span.end))])
    }
}
