/// Recognises the headings of plain-text news: a short line standing alone between blank lines
/// ("Washington sucht erstmals das Gespräch") that does not read like a sentence or a list item.
enum HeadingHeuristic {
    static let maximumLength = 100
    static let maximumWords = 14

    /// Scalars that, at the end of a line, make it a sentence or a lead-in rather than a heading.
    /// This and `isBullet` are switches rather than Sets: the first Set of a new element type
    /// costs the runtime a search of every protocol conformance in the program (about 50
    /// microseconds), and both run before the reader's first frame.
    static func isSentenceEnder(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "\u{2026}", ":", ";", ",": return true
        default: return false
        }
    }

    /// Characters that open a list item when a space follows.
    static func isBullet(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "•", "·", "▪", "‣", "◦", "-", "*", "+", "–", "—", "○", "■", "□", "►", "→": return true
        default: return false
        }
    }

    static func looksLikeHeading(_ paragraph: Span, _ s: ScalarStore) -> Bool {
        guard paragraph.length > 0, paragraph.length < maximumLength else { return false }
        var words = 1
        var hasLetter = false
        for i in paragraph.range {
            let c = s[i]
            if c == "\n" { return false }
            if ScalarClass.isSpace(c) { words += 1; if words > maximumWords { return false } }
            else if !hasLetter, ScalarClass.isLetter(c) { hasLetter = true }
        }
        guard hasLetter, !isListItem(paragraph, s), !isByline(paragraph, s) else { return false }
        // The last character, looking through closing quotes and brackets: „Wir geben nicht auf“
        // is a headline, „Wir geben nicht auf.“ a sentence.
        var end = paragraph.end - 1
        while end > paragraph.start, ScalarClass.isQuote(s[end]) || ScalarClass.isClosingBracket(s[end]) { end -= 1 }
        return !isSentenceEnder(s[end])
    }

    /// Openings of bylines and credits, which stand alone like headings but are not.
    static let bylineOpenings: [[Unicode.Scalar]] = [
        "Von ", "By ", "Foto:", "Fotos:", "Bild:", "Quelle:", "Text:", "Photo:", "Source:", "Mitarbeit:", "Aus dem ",
    ].map { Array($0.unicodeScalars) }

    static func isByline(_ paragraph: Span, _ s: ScalarStore) -> Bool {
        bylineOpenings.contains { opening in
            opening.count <= paragraph.length && opening.indices.allSatisfy { s[paragraph.start + $0] == opening[$0] }
        }
    }

    static func isListItem(_ paragraph: Span, _ s: ScalarStore) -> Bool {
        let first = s[paragraph.start]
        let second: Unicode.Scalar? = paragraph.length > 1 ? s[paragraph.start + 1] : nil
        if isBullet(first), second.map(ScalarClass.isSpace) ?? true { return true }
        // "1. ...", "2) ...", "a) ..."
        var i = paragraph.start
        while i < paragraph.end, ScalarClass.isDigit(s[i]), i - paragraph.start < 3 { i += 1 }
        if i == paragraph.start, i + 1 < paragraph.end, ScalarClass.isLetter(s[i]), s[i + 1] == ")" { return true }
        return i > paragraph.start && i + 1 < paragraph.end && (s[i] == "." || s[i] == ")") && ScalarClass.isSpace(s[i + 1])
    }
}
