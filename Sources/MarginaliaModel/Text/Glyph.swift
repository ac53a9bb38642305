import MarginaliaText

/// One drawable unit of article text: a grapheme cluster (never split), its code-point range,
/// the inert text a cell shows for it and its width in columns.
public struct Glyph: Equatable, Sendable {
    /// Code-point offset of the cluster's first scalar in the article.
    public var offset: Int
    /// Number of code points in the cluster.
    public var length: Int
    /// What the cell shows: control characters as Control Pictures (ESC -> ␛), NBSP and tab as
    /// a space. Never contains a control character.
    public var text: String
    /// 0 (hidden: soft hyphen, zero-width format characters), 1 or 2 columns.
    public var width: Int
    /// A place the line may break after (an ordinary space; not NBSP).
    public var isBreakingSpace: Bool

    public var end: Int { offset + length }
}

/// Cuts a code-point range of the article into glyphs, cluster by cluster.
public enum GlyphScanner {
    public static func scan(_ text: ArticleText, _ span: Span, _ body: (Glyph) -> Void) {
        guard span.start < span.end else { return }
        var offset = span.start
        for character in text.string(span.start..<span.end) {
            let glyph = makeGlyph(character, offset: offset)
            offset += glyph.length
            body(glyph)
        }
    }

    public static func glyphs(_ text: ArticleText, _ span: Span) -> [Glyph] {
        var out: [Glyph] = []
        scan(text, span) { out.append($0) }
        return out
    }

    /// Glyphs of an arbitrary string (titles, notes, pane lines): offsets count from 0.
    public static func glyphs(of string: String) -> [Glyph] {
        var out: [Glyph] = []
        var offset = 0
        for character in string {
            let g = makeGlyph(character, offset: offset)
            offset += g.length
            out.append(g)
        }
        return out
    }

    static func makeGlyph(_ character: Character, offset: Int) -> Glyph {
        let scalars = character.unicodeScalars
        let length = scalars.count
        let first = scalars.first!
        switch first.value {
        case 0x20: return Glyph(offset: offset, length: length, text: " ", width: 1, isBreakingSpace: true)
        case 0x09: return Glyph(offset: offset, length: length, text: " ", width: 1, isBreakingSpace: true)
        case 0xA0, 0x202F: return Glyph(offset: offset, length: length, text: " ", width: 1, isBreakingSpace: false)
        case 0xAD: return Glyph(offset: offset, length: length, text: "", width: 0, isBreakingSpace: false)
        case 0x21...0x7E where length == 1:
            // Printable ASCII, most of any article: one column, nothing to make safe.
            return Glyph(offset: offset, length: 1, text: String(character), width: 1, isBreakingSpace: false)
        default: break
        }
        var safe = String.UnicodeScalarView()
        var replaced = false
        for scalar in scalars {
            if let r = TerminalSafe.replacement(for: scalar) { safe.append(r); replaced = true } else { safe.append(scalar) }
        }
        if replaced {
            let s = String(safe)
            return Glyph(offset: offset, length: length, text: s, width: max(1, min(2, DisplayWidth.of(s))), isBreakingSpace: false)
        }
        let isSpace = first.properties.generalCategory == .spaceSeparator
        var width = DisplayWidth.of(character)
        var shown = String(character)
        if width == 0 {
            // A combining mark with nothing to sit on is drawn on a dotted circle, so it stays
            // visible; zero-width format characters (ZWSP, ZWJ alone) are simply not drawn.
            let category = first.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark {
                shown = "\u{25CC}" + shown
                width = 1
            } else {
                shown = ""
            }
        }
        return Glyph(offset: offset, length: length, text: isSpace ? " " : shown, width: isSpace ? 1 : width, isBreakingSpace: isSpace)
    }
}
