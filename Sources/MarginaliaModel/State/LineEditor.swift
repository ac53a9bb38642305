/// A one-line text editor for the `:` line, `/` search and notes: inserts typed characters at
/// the cursor (a combining mark joins the character before it, as it should), moves by
/// grapheme cluster, deletes with Backspace/Delete.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in grapheme clusters (0 = before the first).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    public enum Result: Equatable { case editing, submit, cancel }

    public mutating func handle(_ key: Key) -> Result {
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { break }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { break }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .control("u"):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .character(let c):
            // Controls never enter the buffer; the rest may merge with its neighbour
            // (e + U+0301 = é), so the cursor is recomputed from the new prefix.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { break }
            let split = text.index(text.startIndex, offsetBy: cursor)
            let prefix = String(text[..<split]) + String(c)
            text = prefix + String(text[split...])
            cursor = prefix.count
        default: break
        }
        return .editing
    }

    /// Display columns before the cursor.
    public var cursorColumn: Int { DisplayWidth.of(String(text.prefix(cursor))) }
}
