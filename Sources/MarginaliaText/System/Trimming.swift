/// Trimming without Foundation's CharacterSet (SystemLibrary.swift says why).
extension StringProtocol {
    /// Without leading and trailing spaces, tabs and other horizontal white space (Foundation's
    /// `.whitespaces`: Unicode white space that is not a line break, and the zero-width space).
    public var trimmingSpaces: String { trimming { Self.isSpace($0) && !Self.isNewline($0) } }
    /// Without leading and trailing white space and line breaks.
    public var trimmingWhitespace: String { trimming(where: Self.isSpace) }
    /// Without leading and trailing line breaks.
    public var trimmingNewlines: String { trimming(where: Self.isNewline) }

    private func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == "\u{200B}"
    }

    /// Foundation's newline set: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
    private static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
