import MarginaliaText

/// What one model cell becomes on the terminal: the code points handed to setcchar (one spacing
/// character plus a few combining marks) and the columns they take by the C library's wcwidth.
struct DrawableText: Equatable {
    var scalars: [Unicode.Scalar]
    var columns: Int
    /// What to draw in the second column when the model gave two columns but wcwidth says the
    /// first character takes one: the next narrow character of the grapheme (the second half of
    /// a flag 🇩🇪), else nothing (the painter blanks it).
    var secondColumn: [Unicode.Scalar] = []
}

/// Turns a cell's grapheme into something curses can draw without corrupting the screen.
/// The model already made its text inert and measured it; this is defence in depth against a
/// control character slipping through and against the model's width disagreeing with wcwidth
/// (the terminal follows wcwidth, so a disagreement would shift the rest of the row).
enum CellText {
    /// setcchar takes one spacing character and at most CCHARW_MAX - 1 non-spacing ones.
    static let maxCombiningMarks = 4
    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"
    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// `available` is the number of columns the model gave this cell (2 when it is followed by a
    /// continuation cell); `width` is wcwidth.
    static func drawable(_ text: String, available: Int, width: (Unicode.Scalar) -> Int) -> DrawableText {
        let scalars = text.unicodeScalars.map { TerminalSafe.replacement(for: $0) ?? $0 }
        guard let first = scalars.first else { return DrawableText(scalars: [" "], columns: 1) }

        var base = first
        var baseWidth = width(first)
        var marks: [Unicode.Scalar] = []
        var rest = scalars.dropFirst()[...]
        if baseWidth == 0 {
            // A combining mark without a base would join the previous cell: give it a space.
            base = " "
            baseWidth = 1
            rest = scalars[...]
        } else if baseWidth < 0 {
            base = replacementCharacter
            baseWidth = 1
        }
        // Keep the combining marks that follow; stop at the next spacing character (an emoji
        // ZWJ sequence shows its first emoji rather than failing to draw at all).
        var next = rest.startIndex
        while next < rest.endIndex, width(rest[next]) == 0 {
            if rest[next] != zeroWidthJoiner && marks.count < maxCombiningMarks { marks.append(rest[next]) }
            next = rest.index(after: next)
        }
        if baseWidth > available {
            return DrawableText(scalars: [replacementCharacter], columns: 1)
        }
        var drawable = DrawableText(scalars: [base] + marks, columns: baseWidth)
        if baseWidth == 1, available == 2, next < rest.endIndex, width(rest[next]) == 1 {
            drawable.secondColumn = [rest[next]]
        }
        return drawable
    }
}
