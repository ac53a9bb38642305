/// The unit an exported offset counts. Marginalia's own truth is code points (Python `str`
/// indices: brat, doccano's backend, spaCy); JavaScript tools count UTF-16 code units
/// (hypothes.is, doccano's editor, INCEpTION's brat reader); byte-oriented tools count UTF-8.
/// Conversion happens only at the edge, in exports and `analyze --offsets`.
public enum OffsetUnit: String, CaseIterable, Sendable {
    case codepoint, utf16, utf8

    /// The table that converts code-point offsets of `text` to this unit.
    public func map(for text: ArticleText) -> OffsetMap { OffsetMap(text: text, unit: self) }
}

/// Code-point offsets of one text converted to another unit, in O(1) per offset after one pass.
public struct OffsetMap: Sendable {
    public let unit: OffsetUnit
    /// `units[i]` = offset in `unit` of code point `i` (count + 1 entries); empty for code points.
    private let units: [Int]

    public init(text: ArticleText, unit: OffsetUnit) {
        self.unit = unit
        guard unit != .codepoint else { units = []; return }
        var table = [Int](repeating: 0, count: text.count + 1)
        var total = 0
        for (i, scalar) in text.scalars.enumerated() {
            table[i] = total
            total += unit == .utf16 ? UTF16.width(scalar) : UTF8.width(scalar)
        }
        table[text.count] = total
        units = table
    }

    /// The offset of code point `offset` in this unit (offsets beyond the text clamp to its end).
    public func convert(_ offset: Int) -> Int {
        guard unit != .codepoint else { return offset }
        return units[max(0, min(offset, units.count - 1))]
    }

    public func convert(_ span: Span) -> (start: Int, end: Int) { (convert(span.start), convert(span.end)) }

    /// The code-point offset of a `unit` offset, nil if it falls inside a character (half of a
    /// surrogate pair, the middle of a UTF-8 sequence) or beyond the text.
    public func codePoint(of offset: Int) -> Int? {
        guard unit != .codepoint else { return offset >= 0 ? offset : nil }
        var lo = 0, hi = units.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if units[mid] == offset { return mid }
            if units[mid] < offset { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}
