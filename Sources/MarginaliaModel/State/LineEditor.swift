/// A one-line text editor for the `:` line, `/` search and notes: inserts typed characters at
/// the cursor (a combining mark joins the character before it, as it should), moves by
/// grapheme cluster, deletes before or under the cursor. Keys reach it through the keymap's
/// prompt rows (`EditingCommands`), which name an `Edit`.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in grapheme clusters (0 = before the first).
    public private(set) var cursor: Int
    /// The whole text is selected (a prompt opened on an old value): typing replaces it,
    /// deleting clears it, a cursor motion keeps it and ends the selection.
    public private(set) var isAllSelected: Bool

    public init(_ text: String = "", selectAll: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.isAllSelected = selectAll && !text.isEmpty
    }

    /// The edits the prompt's command rows perform.
    public enum Edit: Sendable, Equatable { case left, right, start, end, deleteBackward, deleteForward, deleteToStart }

    public mutating func apply(_ edit: Edit) {
        if isAllSelected {
            isAllSelected = false
            if edit == .deleteBackward || edit == .deleteForward || edit == .deleteToStart { replace(with: ""); return }
        }
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { break }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { break }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .deleteToStart:
            text = String(text.dropFirst(cursor))
            cursor = 0
        }
    }

    /// Types `c` at the cursor. Controls never enter the buffer; the rest may merge with its
    /// neighbour (e + U+0301 = é), so the cursor is recomputed from the new prefix.
    public mutating func insert(_ c: Character) {
        guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        if isAllSelected { replace(with: "") }
        let split = text.index(text.startIndex, offsetBy: cursor)
        let prefix = String(text[..<split]) + String(c)
        text = prefix + String(text[split...])
        cursor = prefix.count
    }

    /// Replaces the whole text, the cursor at its end (history, completion).
    public mutating func replace(with text: String) {
        self.text = text
        cursor = text.count
        isAllSelected = false
    }

    /// Display columns before the cursor.
    public var cursorColumn: Int { DisplayWidth.of(String(text.prefix(cursor))) }
}
