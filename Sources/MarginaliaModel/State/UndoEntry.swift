import MarginaliaText
import MarginaliaStore

/// One undoable user action: the store edit it made, a name for the message line, and the
/// passage it concerned (undo and redo select it again, so the user sees what changed).
struct UndoEntry {
    var edit: AnnotationEdit
    var description: String
    var span: Span?
}

extension AnnotationEdit {
    /// Whether the edit adds, removes or changes a correction of the analysis.
    var touchesCorrections: Bool {
        switch self {
        case .insert(let a, _), .remove(let a, _): return a.isCorrection
        case .replace(let old, let new): return old.isCorrection || new.isCorrection
        case .setTagSet: return false
        case .batch(let edits): return edits.contains { $0.touchesCorrections }
        }
    }
}
