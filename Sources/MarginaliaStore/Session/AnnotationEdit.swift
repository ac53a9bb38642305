import MarginaliaText

/// One reversible change to a store's annotations. Every editing call of `AnnotationStore`
/// returns the edit it performed; the UI keeps them on its undo stack and undoes one with
/// `store.perform(edit.inverse)` (and redoes with `store.perform(edit)`).
public indirect enum AnnotationEdit: Sendable, Equatable {
    case insert(Annotation, at: Int)
    case remove(Annotation, at: Int)
    case replace(old: Annotation, new: Annotation)
    case setTagSet(old: [String], new: [String])
    case batch([AnnotationEdit])

    public var inverse: AnnotationEdit {
        switch self {
        case .insert(let a, let i): return .remove(a, at: i)
        case .remove(let a, let i): return .insert(a, at: i)
        case .replace(let old, let new): return .replace(old: new, new: old)
        case .setTagSet(let old, let new): return .setTagSet(old: new, new: old)
        case .batch(let edits): return .batch(edits.reversed().map(\.inverse))
        }
    }

    /// True if the edit changes nothing (e.g. removing tags where there were none).
    public var isEmpty: Bool {
        if case .batch(let edits) = self { return edits.allSatisfy(\.isEmpty) }
        return false
    }
}
