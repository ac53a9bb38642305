/// Trimming without Foundation's CharacterSet (SystemLibrary.swift says why). Written for String
/// and Substring rather than generically over StringProtocol: the generic version ran through
/// protocol witnesses in callers of other modules, and rebuilt the result scalar by scalar.
extension String {
    /// Without leading and trailing spaces, tabs and other horizontal white space (Unicode white
    /// space that is not a line break, the byte order mark and the zero-width space).
    public var trimmingSpaces: String { self[...].trimmingSpaces }
    /// Without leading and trailing white space and line breaks.
    public var trimmingWhitespace: String { self[...].trimmingWhitespace }
    /// Without leading and trailing line breaks.
    public var trimmingNewlines: String { self[...].trimmingNewlines }
}

extension Substring {
    /// See `String.trimmingSpaces`.
    public var trimmingSpaces: String { trimming { TrimmingClass.isSpace($0) && !TrimmingClass.isNewline($0) } }
    /// See `String.trimmingWhitespace`.
    public var trimmingWhitespace: String { trimming(where: TrimmingClass.isSpace) }
    /// See `String.trimmingNewlines`.
    public var trimmingNewlines: String { trimming(where: TrimmingClass.isNewline) }

    private func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        // A slice of the scalar view becomes a String by copying its UTF-8 at once.
        return String(scalars[first...last])
    }
}

/// The characters trimming drops.
enum TrimmingClass {
    /// The text code's white space (`ScalarClass.isSpace`), and the zero-width space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool { ScalarClass.isSpace(s) || s == "\u{200B}" }

    /// Foundation's newline set: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
