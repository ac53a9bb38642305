import MarginaliaText
import MarginaliaStore

/// One undoable user action: the store edit it made, a name for the message line, and the
/// passage it concerned (undo and redo select it again, so the user sees what changed).
struct UndoEntry {
    var edit: AnnotationEdit
    var description: String
    var span: Span?
}
