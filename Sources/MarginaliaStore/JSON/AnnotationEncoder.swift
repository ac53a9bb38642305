import MarginaliaText

/// Writes a collection in the docs/CONTRACTS.md shape: `@context` first, then `id`, `type`, `generator`,
/// `source`, `tagSet`, `items`; fields read from newer files follow, unchanged.
///
/// W3C Web Annotation requirements met here (scripts/interop checks them): every annotation and
/// the collection have an IRI `id` (`urn:uuid:`), `target.source` is an absolute `file:` URI,
/// `generator` is an agent object, and every term outside the W3C context (`tagSet`, the
/// source's `path`, `sha256`, `length`, `contentId`) is defined by a second `@context` entry, so
/// JSON-LD expansion keeps it. A quote's speaker is a `TextualBody` (the name) plus, when its
/// place in the text is known, a `SpecificResource` body selecting that place.
public enum AnnotationEncoder {
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    /// The IRI under which Marginalia's own terms live.
    public static let vocabulary = MarginaliaRelease.homepage + "ns#"

    /// The second `@context` entry: Marginalia's terms.
    public static let projectContext: JSONValue = .object([
        ("mg", .string(vocabulary)),
        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ("tagSet", .object([("@id", .string("mg:tagSet")), ("@container", .string("@list"))])),
        ("path", .string("mg:path")),
        ("sha256", .string("mg:sha256")),
        ("length", .object([("@id", .string("mg:length")), ("@type", .string("xsd:integer"))])),
        ("contentId", .object([("@id", .string("mg:contentId")), ("@type", .string("@id"))])),
    ])

    public static func generatorValue(_ name: String) -> JSONValue {
        .object([("id", .string(MarginaliaRelease.generatorID)), ("type", .string("Software")),
                 ("name", .string(name)), ("homepage", .string(MarginaliaRelease.homepage))])
    }

    public static func value(of collection: AnnotationCollection) -> JSONValue {
        let source = collection.source
        var sourceFields: [(String, JSONValue)] = []
        if !source.uri.isEmpty { sourceFields.append(("id", .string(source.uri))) }
        sourceFields += [("path", .string(source.path)), ("sha256", .string(source.sha256))]
        if !source.contentID.isEmpty { sourceFields.append(("contentId", .string(source.contentID))) }
        if let length = source.length { sourceFields.append(("length", .int(length))) }
        sourceFields += source.extraFields
        var fields: [(String, JSONValue)] = [
            ("@context", .array([.string(context), projectContext] + collection.extraContexts)),
            ("id", .string(collection.id)),
            ("type", .string("AnnotationCollection")),
            ("generator", generatorValue(collection.generator)),
            ("source", .object(sourceFields)),
            ("tagSet", .array(collection.tagSet.map { .string($0) })),
            ("items", .array(collection.items.map { value(of: $0, source: source) } + collection.unreadableItems)),
        ]
        fields += collection.extraFields
        return .object(fields)
    }

    /// The file contents: indented JSON and a final newline (friendly to diff and git).
    public static func data(of collection: AnnotationCollection) -> [UInt8] {
        value(of: collection).serializedBytes(pretty: true) + [0x0A]
    }

    public static func value(of a: Annotation, sourcePath: String) -> JSONValue {
        value(of: a, source: AnnotationSource(path: sourcePath, sha256: "", length: nil))
    }

    public static func value(of a: Annotation, source: AnnotationSource) -> JSONValue {
        let sourceIRI = source.uri.isEmpty ? source.path : source.uri
        func extras(_ key: String) -> [(String, JSONValue)] { a.preserved[key] ?? [] }
        var bodies: [JSONValue] = a.tags.map { textualBody(purpose: "tagging", value: $0, extras: extras(PreservedFields.tagBody($0))) }
        if let value = a.value {
            bodies.append(textualBody(purpose: a.motivation.rawValue, value: value, extras: extras(PreservedFields.valueBody)))
        }
        if let speaker = a.speaker {
            bodies.append(textualBody(purpose: "identifying", value: speaker.name, extras: extras(PreservedFields.speakerBody)))
            if let span = speaker.span {
                // Where the speaker is named: a resource of its own, not a selector on the name.
                bodies.append(.object([("type", .string("SpecificResource")), ("purpose", .string("identifying")),
                                       ("source", .string(sourceIRI)), ("selector", positionSelector(span, extras: []))]
                                      + extras(PreservedFields.speakerTarget)))
            }
        }
        if let note = a.note { bodies.append(textualBody(purpose: "commenting", value: note, extras: extras(PreservedFields.noteBody))) }
        bodies += a.extraBodies
        let selectors: [JSONValue] = [
            positionSelector(a.span, extras: extras(PreservedFields.positionSelector)),
            .object([("type", .string("TextQuoteSelector")), ("exact", .string(a.quote.exact)),
                     ("prefix", .string(a.quote.prefix)), ("suffix", .string(a.quote.suffix))]
                    + extras(PreservedFields.quoteSelector)),
        ] + a.extraSelectors
        var target: [(String, JSONValue)] = [("type", .string("SpecificResource")), ("source", .string(sourceIRI))]
        if !source.contentID.isEmpty { target.append(("contentId", .string(source.contentID))) }
        target.append(("selector", .array(selectors)))
        target += extras(PreservedFields.target)
        var fields: [(String, JSONValue)] = [
            ("id", .string(a.id)),
            ("type", .string("Annotation")),
            ("motivation", .string(a.motivation.rawValue)),
            ("created", .string(a.created)),
            ("modified", .string(a.modified)),
            ("body", .array(bodies)),
            ("target", .object(target)),
        ]
        fields += a.extraFields
        return .object(fields)
    }

    static func textualBody(purpose: String, value: String, extras: [(String, JSONValue)] = []) -> JSONValue {
        .object([("type", .string("TextualBody")), ("purpose", .string(purpose)), ("value", .string(value))] + extras)
    }

    static func positionSelector(_ span: Span, extras: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("TextPositionSelector")), ("start", .int(span.start)), ("end", .int(span.end))] + extras)
    }
}
