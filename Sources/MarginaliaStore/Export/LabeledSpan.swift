import MarginaliaText
import MarginaliaEntities

/// A labelled span as the span-based exchange formats (doccano, brat) hold it: a tag or an
/// entity type, and for brat an optional note.
public struct LabeledSpan: Sendable, Hashable, Comparable {
    public var span: Span
    public var label: String
    public var note: String?
    /// From the recognizer (after corrections) rather than the user's own tags.
    public var isEntity: Bool

    public init(span: Span, label: String, note: String? = nil, isEntity: Bool = false) {
        self.span = span
        self.label = label
        self.note = note
        self.isEntity = isEntity
    }

    public static func < (lhs: LabeledSpan, rhs: LabeledSpan) -> Bool {
        if lhs.span != rhs.span { return lhs.span < rhs.span }
        return lhs.label < rhs.label
    }

    /// The labels of a store's annotations: one per tag of each tagging annotation (the note
    /// rides on the first), plus a `Comment` for a note without tags. Orphans are left out:
    /// their positions are not in this text.
    public static func fromAnnotations(_ annotations: [Annotation], commentLabel: String? = "Comment") -> [LabeledSpan] {
        var labels: [LabeledSpan] = []
        for a in annotations where !a.isOrphaned {
            switch a.motivation {
            case .tagging:
                for (n, tag) in a.tags.enumerated() { labels.append(LabeledSpan(span: a.span, label: tag, note: n == 0 ? a.note : nil)) }
            case .commenting:
                if let commentLabel, let note = a.note { labels.append(LabeledSpan(span: a.span, label: commentLabel, note: note)) }
            default:
                break
            }
        }
        return labels.sorted()
    }

    public static func fromEntities(_ entities: [EntityMention]) -> [LabeledSpan] {
        entities.map { LabeledSpan(span: $0.span, label: $0.type.rawValue, isEntity: true) }
    }
}

/// A format-level import/export failure, one line.
public struct ExportError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
