import MarginaliaText

/// Why an annotation exists (W3C `motivation`). Tags and notes are the user's own data;
/// `identifying` and `classifying` are corrections of the analysis (docs/CONTRACTS.md).
public enum Motivation: String, Sendable, CaseIterable {
    case tagging, commenting, identifying, classifying
}

/// How an annotation's target was found in the article as it is now (runtime only, not saved).
public enum AnchorStatus: String, Sendable {
    /// The saved position still holds the saved `exact` text.
    case exact
    /// The `exact` text was found elsewhere (prefix/suffix chose among repeats).
    case reanchored
    /// The text was edited: the closest passage above the similarity threshold was taken.
    case fuzzy
    /// Not found: kept with its saved selectors, shown as orphaned, saved back unchanged.
    case orphaned
}

/// The speaker body of a quote correction: the name, and where it stands in the text if known.
public struct SpeakerBody: Sendable, Equatable {
    public var name: String
    public var span: Span?

    public init(name: String, span: Span? = nil) {
        self.name = name
        self.span = span
    }
}

/// One W3C Web Annotation on a passage of the article.
///
/// The target is held twice, as in the saved file: `span` (TextPositionSelector, code points)
/// and `quote` (TextQuoteSelector: exact text with 32 code points of context each side). Both
/// are kept in step with the text by `Annotation.make` and the re-anchorer; an orphan keeps the
/// selectors it was loaded with.
public struct Annotation: Sendable, Equatable, Identifiable {
    /// `urn:uuid:...`
    public var id: String
    public var motivation: Motivation
    /// ISO 8601 UTC, e.g. `2026-11-25T10:00:00Z` (kept as read, so files round-trip exactly).
    public var created: String
    public var modified: String
    public var span: Span
    public var quote: TextQuote
    /// Tagging bodies, in order.
    public var tags: [String]
    /// The commenting body.
    public var note: String?
    /// For corrections: `PER`/`LOC`/`ORG`/`MISC`/`none` (identifying) or `quote`/`not-quote`
    /// (classifying).
    public var value: String?
    /// For quote corrections: who is quoted.
    public var speaker: SpeakerBody?
    public var anchoring: AnchorStatus
    /// Fields, bodies and selectors this version does not know, written back unchanged.
    public var extraFields: [(String, JSONValue)]
    public var extraBodies: [JSONValue]
    public var extraSelectors: [JSONValue]
    /// Unknown fields inside the objects this version does understand, by place (`PreservedFields`):
    /// the target, its two selectors, each body. Written back into the same object on save.
    public var preserved: [String: [(String, JSONValue)]]

    public init(id: String = Annotation.newID(), motivation: Motivation, created: String, modified: String? = nil,
                span: Span, quote: TextQuote, tags: [String] = [], note: String? = nil, value: String? = nil,
                speaker: SpeakerBody? = nil, anchoring: AnchorStatus = .exact,
                extraFields: [(String, JSONValue)] = [], extraBodies: [JSONValue] = [], extraSelectors: [JSONValue] = [], preserved: [String: [(String, JSONValue)]] = [:]) {
        self.id = id
        self.motivation = motivation
        self.created = created
        self.modified = modified ?? created
        self.span = span
        self.quote = quote
        self.tags = tags
        self.note = note
        self.value = value
        self.speaker = speaker
        self.anchoring = anchoring
        self.extraFields = extraFields
        self.extraBodies = extraBodies
        self.extraSelectors = extraSelectors
        self.preserved = preserved
    }

    /// A new annotation on `span` of `text`, with both selectors computed from the text.
    public static func make(_ motivation: Motivation, span: Span, in text: ArticleText, tags: [String] = [],
                            note: String? = nil, value: String? = nil, speaker: SpeakerBody? = nil,
                            now: String = Timestamp.now()) -> Annotation {
        Annotation(motivation: motivation, created: now, span: span, quote: TextQuote(span: span, in: text),
                   tags: tags, note: note, value: value, speaker: speaker)
    }

    /// Tags (and optionally a note) on a passage.
    public static func tagging(_ span: Span, in text: ArticleText, tags: [String], note: String? = nil,
                               now: String = Timestamp.now()) -> Annotation {
        make(.tagging, span: span, in: text, tags: tags, note: note, now: now)
    }

    /// A note alone on a passage.
    public static func comment(_ span: Span, in text: ArticleText, note: String, now: String = Timestamp.now()) -> Annotation {
        make(.commenting, span: span, in: text, note: note, now: now)
    }

    /// An entity correction: `type` confirms or changes the type of the mention on `span` (or
    /// adds one the recognizer missed); `nil` rejects it (saved as `none`).
    public static func entityCorrection(_ span: Span, in text: ArticleText, type: String?,
                                        now: String = Timestamp.now()) -> Annotation {
        make(.identifying, span: span, in: text, value: type ?? CorrectionValue.noEntity, now: now)
    }

    /// A quote correction: `isQuote` false rejects the quote on `span`; true confirms or adds it,
    /// with an optional speaker.
    public static func quoteCorrection(_ span: Span, in text: ArticleText, isQuote: Bool, speaker: SpeakerBody? = nil,
                                       now: String = Timestamp.now()) -> Annotation {
        make(.classifying, span: span, in: text, value: isQuote ? CorrectionValue.quote : CorrectionValue.notQuote,
             speaker: speaker, now: now)
    }

    /// The same annotation moved to `span` of `text` (selectors recomputed), with its status.
    public func anchored(at span: Span, in text: ArticleText, status: AnchorStatus) -> Annotation {
        var copy = self
        copy.span = span
        copy.quote = TextQuote(span: span, in: text)
        copy.anchoring = status
        return copy
    }

    public var isOrphaned: Bool { anchoring == .orphaned }
    public var isCorrection: Bool { motivation == .identifying || motivation == .classifying }

    public static func newID() -> String { "urn:uuid:" + UUIDText.random() }

    public static func == (lhs: Annotation, rhs: Annotation) -> Bool {
        lhs.id == rhs.id && lhs.motivation == rhs.motivation && lhs.created == rhs.created
            && lhs.modified == rhs.modified && lhs.span == rhs.span && lhs.quote == rhs.quote && lhs.tags == rhs.tags
            && lhs.note == rhs.note && lhs.value == rhs.value && lhs.speaker == rhs.speaker
            && lhs.anchoring == rhs.anchoring && JSONValue.object(lhs.extraFields) == JSONValue.object(rhs.extraFields)
            && lhs.extraBodies == rhs.extraBodies && lhs.extraSelectors == rhs.extraSelectors
            && PreservedFields.equal(lhs.preserved, rhs.preserved)
    }
}

/// Where unknown fields of understood objects are kept (`Annotation.preserved` keys).
public enum PreservedFields {
    public static let target = "target"
    public static let positionSelector = "selector.position"
    public static let quoteSelector = "selector.quote"
    public static let valueBody = "body.value"
    public static let noteBody = "body.note"
    public static let speakerBody = "body.speaker"
    public static let speakerTarget = "body.speakerTarget"
    public static func tagBody(_ tag: String) -> String { "body.tag." + tag }

    static func equal(_ a: [String: [(String, JSONValue)]], _ b: [String: [(String, JSONValue)]]) -> Bool {
        a.count == b.count && a.allSatisfy { key, fields in b[key].map { JSONValue.object($0) == JSONValue.object(fields) } ?? false }
    }
}

/// The body values of corrections (docs/CONTRACTS.md).
public enum CorrectionValue {
    public static let noEntity = "none"
    public static let quote = "quote"
    public static let notQuote = "not-quote"
    public static let entityTypes = ["PER", "LOC", "ORG", "MISC"]
}
