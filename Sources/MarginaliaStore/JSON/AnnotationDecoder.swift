import MarginaliaText

/// Reads an annotation file. Tolerant of older and partial files (missing `@context`, a single
/// body instead of an array, a target with only one selector, a bare array of annotations);
/// items it cannot understand are kept verbatim in `unreadableItems` and written back, never
/// dropped. Only a file that is not a collection at all is rejected, with a one-line reason.
public enum AnnotationDecoder {
    public struct Result: Sendable {
        public var collection: AnnotationCollection
        /// One line each, e.g. "item 3: no selector; kept unchanged".
        public var warnings: [String]
    }

    /// `now` fills the timestamps an older file left out.
    /// `defaultTagSet` is used when the file has no `tagSet` (older files).
    public static func decode(_ bytes: [UInt8], path: String, now: String = Timestamp.now(),
                              defaultTagSet: [String] = AnnotationCollection.defaultTagSet) throws -> Result {
        let json: JSONValue
        do {
            json = try JSONReader.parse(bytes)
        } catch let error as JSONReadError {
            throw StoreError.corrupt(path: path, reason: error.description)
        }
        return try decode(json, path: path, now: now, defaultTagSet: defaultTagSet)
    }

    public static func decode(_ json: JSONValue, path: String, now: String = Timestamp.now(),
                              defaultTagSet: [String] = AnnotationCollection.defaultTagSet) throws -> Result {
        var warnings: [String] = []
        var collection = AnnotationCollection(source: AnnotationSource(path: "", sha256: "", length: nil), tagSet: defaultTagSet)
        let rawItems: [JSONValue]
        switch json {
        case .array(let items):
            rawItems = items
        case .object(let fields):
            let type = json["type"]?.stringValue
            if type == "Annotation" {
                rawItems = [json]
                break
            }
            if let type, type != "AnnotationCollection" {
                throw StoreError.corrupt(path: path, reason: "type is \"\(type)\", not \"AnnotationCollection\"")
            }
            switch json["items"] {
            case .array(let items)?: rawItems = items
            case nil where type != nil: rawItems = []
            case nil: throw StoreError.corrupt(path: path, reason: "no \"items\" and no \"type\"")
            default: throw StoreError.corrupt(path: path, reason: "\"items\" is not an array")
            }
            if let generator = json["generator"]?.stringValue ?? json["generator"]?["name"]?.stringValue { collection.generator = generator }
            if let source = json["source"] {
                collection.source = AnnotationSource(path: source["path"]?.stringValue ?? "",
                                                     sha256: source["sha256"]?.stringValue ?? "",
                                                     length: source["length"]?.intValue)
                if case .object(let sourceFields) = source {
                    collection.source.uri = source["id"]?.stringValue ?? ""
                    let knownSource: Set<String> = ["id", "path", "sha256", "contentId", "length"]
                    collection.source.extraFields = sourceFields.filter { !knownSource.contains($0.0) }
                }
            }
            if let id = json["id"]?.stringValue { collection.id = id } else { collection.id = AnnotationCollection.derivedID(for: collection.source) }
            // Another tool's context entries stay; the W3C one and Marginalia's are written anew.
            let contexts: [JSONValue]
            switch json["@context"] {
            case .array(let entries)?: contexts = entries
            case let entry?: contexts = [entry]
            case nil: contexts = []
            }
            collection.extraContexts = contexts.filter { entry in
                entry != .string(AnnotationEncoder.context) && entry != AnnotationEncoder.projectContext
                    && entry["mg"] == nil   // an older version's project context
            }
            if let tags = json["tagSet"]?.arrayValue {
                collection.tagSet = tags.compactMap(\.stringValue)
            }
            let known: Set<String> = ["@context", "id", "type", "generator", "source", "tagSet", "items"]
            collection.extraFields = fields.filter { !known.contains($0.0) }
        default:
            throw StoreError.corrupt(path: path, reason: "the top level is neither an object nor an array")
        }
        var ids: Set<String> = []
        for (n, raw) in rawItems.enumerated() {
            switch annotation(from: raw, now: now, fallbackID: "urn:uuid:" + UUIDText.derived(from: collection.id + " item \(n)")) {
            case .success(var a):
                // Edits address annotations by id, so a copied item gets an id of its own.
                if !ids.insert(a.id).inserted {
                    warnings.append("item \(n + 1): id \(a.id) used twice; given a new id")
                    a.id = Annotation.newID()
                    ids.insert(a.id)
                }
                collection.items.append(a)
            case .failure(let problem):
                warnings.append("item \(n + 1): \(problem.reason); kept unchanged")
                collection.unreadableItems.append(raw)
            }
        }
        return Result(collection: collection, warnings: warnings)
    }

    struct Problem: Error { var reason: String }

    /// `fallbackID` names an item that has no `id` of its own (stable: derived from the
    /// collection's id and the item's place, so two read-only exports agree).
    static func annotation(from raw: JSONValue, now: String, fallbackID: String = Annotation.newID()) -> Swift.Result<Annotation, Problem> {
        guard case .object(let fields) = raw else { return .failure(Problem(reason: "not an object")) }
        var bodyValues: [JSONValue] = []
        switch raw["body"] {
        case .array(let items)?: bodyValues = items
        case .object?: bodyValues = [raw["body"]!]
        case .string(let s)?: bodyValues = [.object([("type", .string("TextualBody")), ("value", .string(s))])]
        default: break
        }
        var motivation: Motivation?
        if let m = raw["motivation"]?.stringValue {
            guard let known = Motivation(rawValue: m) else { return .failure(Problem(reason: "motivation \"\(m)\" not supported")) }
            motivation = known
        }
        guard let target = raw["target"] else { return .failure(Problem(reason: "no target")) }
        var selectorValues: [JSONValue] = []
        switch target["selector"] {
        case .array(let s)?: selectorValues = s
        case .object?: selectorValues = [target["selector"]!]
        default: return .failure(Problem(reason: "no selector in the target"))
        }
        var span: Span?
        var quote: TextQuote?
        var extraSelectors: [JSONValue] = []
        // Unknown fields of the objects understood here, kept for the encoder (issue: nothing a
        // file written by another tool holds is lost on re-save).
        var preserved: [String: [(String, JSONValue)]] = [:]
        func keep(_ object: JSONValue, except known: Set<String>, as key: String) {
            guard case .object(let fields) = object else { return }
            let unknown = fields.filter { !known.contains($0.0) }
            if !unknown.isEmpty { preserved[key] = unknown }
        }
        keep(target, except: ["type", "source", "contentId", "selector"], as: PreservedFields.target)
        for selector in selectorValues {
            switch selector["type"]?.stringValue {
            case "TextPositionSelector" where span == nil:
                guard let s = positionSpan(selector) else { return .failure(Problem(reason: "bad TextPositionSelector")) }
                span = s
                keep(selector, except: ["type", "start", "end"], as: PreservedFields.positionSelector)
            case "TextQuoteSelector" where quote == nil:
                guard let exact = selector["exact"]?.stringValue else { return .failure(Problem(reason: "TextQuoteSelector without exact")) }
                quote = TextQuote(exact: exact, prefix: selector["prefix"]?.stringValue ?? "",
                                  suffix: selector["suffix"]?.stringValue ?? "")
                keep(selector, except: ["type", "exact", "prefix", "suffix"], as: PreservedFields.quoteSelector)
            default:
                extraSelectors.append(selector)
            }
        }
        guard span != nil || quote != nil else { return .failure(Problem(reason: "no TextPositionSelector or TextQuoteSelector")) }

        var tags: [String] = [], note: String?, value: String?, speaker: SpeakerBody?, extraBodies: [JSONValue] = []
        var speakerSpan: Span?
        let textualKeys: Set<String> = ["type", "purpose", "value"]
        for body in bodyValues {
            let type = body["type"]?.stringValue ?? "TextualBody"
            if type == "SpecificResource", motivation == .classifying, speakerSpan == nil, body["purpose"]?.stringValue == "identifying",
               let place = selectorSpan(body["selector"]) {
                // Where the speaker is named (this version's form).
                speakerSpan = place
                keep(body, except: ["type", "purpose", "source", "selector"], as: PreservedFields.speakerTarget)
                continue
            }
            guard type == "TextualBody", let text = body["value"]?.stringValue else { extraBodies.append(body); continue }
            let purpose = body["purpose"]?.stringValue ?? implicitPurpose(motivation)
            switch purpose {
            case "tagging" where !tags.contains(text):
                tags.append(text)
                keep(body, except: textualKeys, as: PreservedFields.tagBody(text))
            case "commenting" where note == nil:
                note = text
                keep(body, except: textualKeys, as: PreservedFields.noteBody)
            case "identifying" where motivation == .classifying && speaker == nil:
                // Older files put the speaker's place as a selector on the name.
                speaker = SpeakerBody(name: text, span: body["selector"].flatMap(positionSpan))
                keep(body, except: textualKeys.union(["selector"]), as: PreservedFields.speakerBody)
            case "identifying" where value == nil && motivation != .classifying, "classifying" where value == nil:
                value = text
                keep(body, except: textualKeys, as: PreservedFields.valueBody)
            default: extraBodies.append(body)
            }
        }
        if let speakerSpan, speaker != nil { speaker!.span = speakerSpan }
        if motivation == nil {
            motivation = !tags.isEmpty ? .tagging : .commenting
        }
        let known: Set<String> = ["id", "type", "motivation", "created", "modified", "body", "target"]
        let created = raw["created"]?.stringValue ?? raw["modified"]?.stringValue ?? now
        let annotation = Annotation(
            id: raw["id"]?.stringValue ?? fallbackID, motivation: motivation!, created: created,
            modified: raw["modified"]?.stringValue ?? created,
            // A missing position is searched for by its quote; a missing quote trusts the position
            // (an empty `exact` tells the re-anchorer so).
            span: span ?? Span(0, 0), quote: quote ?? TextQuote(exact: ""), tags: tags, note: note, value: value,
            speaker: speaker, anchoring: .exact, extraFields: fields.filter { !known.contains($0.0) },
            extraBodies: extraBodies, extraSelectors: extraSelectors, preserved: preserved)
        return .success(annotation)
    }

    static func implicitPurpose(_ motivation: Motivation?) -> String {
        switch motivation {
        case .tagging?: return "tagging"
        case .identifying?: return "identifying"
        case .classifying?: return "classifying"
        case .commenting?, nil: return "commenting"
        }
    }

    /// The TextPositionSelector's span in a selector or an array of selectors.
    static func selectorSpan(_ selector: JSONValue?) -> Span? {
        switch selector {
        case .array(let items)?: return items.lazy.compactMap { $0["type"]?.stringValue == "TextPositionSelector" ? positionSpan($0) : nil }.first
        case let one?: return one["type"]?.stringValue == "TextPositionSelector" ? positionSpan(one) : nil
        case nil: return nil
        }
    }

    static func positionSpan(_ selector: JSONValue) -> Span? {
        guard let start = selector["start"]?.intValue, let end = selector["end"]?.intValue, start >= 0, start <= end else { return nil }
        return Span(start, end)
    }
}
