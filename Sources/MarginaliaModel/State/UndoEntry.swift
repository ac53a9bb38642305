import MarginaliaText
import MarginaliaStore

/// One undoable user action: the store edit it made, a name for the message line, and the
/// passage it concerned (undo and redo select it again, so the user sees what changed).
struct UndoEntry {
    var edit: AnnotationEdit
    var description: String
    var span: Span?
}

/// One article's edits, newest last: what `u` undoes and what Ctrl-R redoes. Only the
/// `AnnotationEditor` changes it.
struct EditHistory {
    private(set) var undoable: [UndoEntry] = []
    private(set) var redoable: [UndoEntry] = []

    /// A new edit: what was undone can no longer be redone.
    mutating func record(_ entry: UndoEntry) {
        undoable.append(entry)
        redoable.removeAll()
    }

    /// The edit to undo, moved to the redo side; nil when there is none.
    mutating func takeUndo() -> UndoEntry? {
        guard let entry = undoable.popLast() else { return nil }
        redoable.append(entry)
        return entry
    }

    /// The edit to redo, moved back to the undo side; nil when there is none.
    mutating func takeRedo() -> UndoEntry? {
        guard let entry = redoable.popLast() else { return nil }
        undoable.append(entry)
        return entry
    }
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
