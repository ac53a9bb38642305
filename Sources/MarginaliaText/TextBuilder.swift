/// Accumulates the plain text the Markdown and HTML extractors produce: collapses whitespace,
/// separates blocks by exactly one blank line, and records heading spans in output offsets.
/// Spaces and breaks are only written when visible text follows, so nothing trails a block.
struct TextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var headings: [Span] = []
    private var pendingBreak = 0          // 0 none, 1 line break, 2 paragraph break
    private var pendingSpace = false
    private var headingOpen = false
    private var headingStart: Int? = nil

    init(capacity: Int = 0) { scalars.reserveCapacity(capacity) }

    /// True when the next visible scalar starts a line.
    var isAtLineStart: Bool { scalars.isEmpty || scalars.last == "\n" || pendingBreak > 0 }

    /// Appends visible text, first writing any pending break or collapsed space.
    mutating func append(_ c: Unicode.Scalar) {
        writePending()
        if headingOpen, headingStart == nil { headingStart = scalars.count }
        scalars.append(c)
    }

    mutating func append<S: Sequence>(contentsOf text: S) where S.Element == Unicode.Scalar {
        for c in text { append(c) }
    }

    /// A collapsible space: written once, and only between words on the same line.
    mutating func space() {
        if pendingBreak == 0, !scalars.isEmpty, scalars.last != "\n" { pendingSpace = true }
    }

    /// Text that keeps its whitespace and line breaks (code blocks, <pre>).
    mutating func appendVerbatim(_ c: Unicode.Scalar) {
        if c == "\n" {
            writePending()
            if !scalars.isEmpty { scalars.append("\n") }
        } else {
            append(c)
        }
    }

    mutating func lineBreak() {
        if !scalars.isEmpty, scalars.last != "\n" || pendingBreak > 0 { pendingBreak = max(pendingBreak, 1) }
        pendingSpace = false
    }

    mutating func paragraphBreak() {
        if !scalars.isEmpty { pendingBreak = 2 }
        pendingSpace = false
    }

    mutating func beginHeading() {
        if headingOpen { endHeading() }
        paragraphBreak()
        headingOpen = true
        headingStart = nil
    }

    mutating func endHeading() {
        guard headingOpen else { return }
        headingOpen = false
        if let start = headingStart, start < scalars.count { headings.append(Span(start, scalars.count)) }
        headingStart = nil
        paragraphBreak()
    }

    var isInHeading: Bool { headingOpen }

    /// The finished text, without trailing whitespace.
    mutating func finish() -> [Unicode.Scalar] {
        if headingOpen { endHeading() }
        return scalars
    }

    private mutating func writePending() {
        if !scalars.isEmpty {
            if pendingBreak == 2 {
                // Exactly one blank line, whatever verbatim newlines came before.
                while scalars.last == "\n" { scalars.removeLast() }
                scalars.append("\n"); scalars.append("\n")
            } else if pendingBreak == 1 {
                if scalars.last != "\n" { scalars.append("\n") }
            } else if pendingSpace {
                scalars.append(" ")
            }
        }
        pendingBreak = 0
        pendingSpace = false
    }
}
