/// Turns Markdown into the readable text a reader shows: headings (ATX and setext) as their own
/// paragraphs, emphasis markers and code backticks removed, links and images as their text, list
/// items as lines with "• ", block quotes without ">", code blocks verbatim, HTML blocks and
/// reference definitions dropped, paragraphs separated by one blank line.
///
/// Block structure is read line by line; inline markup is resolved per block with a delimiter
/// stack, so the work stays linear in the input.
struct MarkdownExtractor {
    struct Result {
        var text: [Unicode.Scalar]
        var title: String?
        var headings: [Span]
    }

    private enum Block { case none, paragraph, listItem, table }

    private let s: [Unicode.Scalar]
    private var out: TextBuilder
    private var referenceLabels: Set<String> = []
    private var blockLines: [Range<Int>] = []
    private var block = Block.none
    private var inList = false
    private var quoteDepth = 0

    static func extract(_ scalars: [Unicode.Scalar]) -> Result {
        var extractor = MarkdownExtractor(scalars)
        return extractor.run()
    }

    private init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        out = TextBuilder(capacity: scalars.count)
    }

    private mutating func run() -> Result {
        var lines = MarkdownExtractor.lines(s)
        lines = skipFrontMatter(lines)
        var index = 0
        var fence: (char: Unicode.Scalar, length: Int)? = nil
        var inHTMLBlock = false, htmlComment = false
        while index < lines.count {
            var line = lines[index]
            index += 1
            if let open = fence {
                if isFenceClose(line, open) { fence = nil; out.paragraphBreak() } else { verbatim(line, dropIndent: 0) }
                continue
            }
            if inHTMLBlock {
                if htmlComment ? contains(line, "-->") : isBlank(line) { inHTMLBlock = false }
                continue
            }
            // Block quotes: strip the markers; a change of depth separates blocks.
            let (depth, inner) = stripQuoteMarkers(line)
            if depth != quoteDepth, !(depth < quoteDepth && block == .paragraph && !isBlank(inner)) {
                flush(); out.paragraphBreak(); quoteDepth = depth
            }
            line = inner
            if isBlank(line) { flush(); inList = false; continue }
            let indent = leadingSpaces(line)
            let content = trimmedLeading(line)   // indent counts columns (tab = 4), content scalars
            guard !content.isEmpty else { flush(); inList = false; continue }
            if indent >= 4, block == .none, !inList {
                flush(); out.paragraphBreak()
                verbatim(line, dropIndent: 4)
                while index < lines.count, leadingSpaces(lines[index]) >= 4, !isBlank(lines[index]) {
                    out.appendVerbatim("\n"); verbatim(lines[index], dropIndent: 4); index += 1
                }
                out.paragraphBreak()
                continue
            }
            if indent < 4, let open = fenceOpen(content) {
                flush(); out.paragraphBreak(); fence = open; continue
            }
            if indent < 4, let (level, text) = atxHeading(content) {
                _ = level
                flush(); inList = false
                out.beginHeading(); inline(text); out.endHeading()
                continue
            }
            if indent < 4, block == .paragraph, let _ = setextUnderline(content) {
                let text = blockLines
                blockLines = []; block = .none
                out.beginHeading(); inline(lines: text); out.endHeading()
                continue
            }
            if indent < 4, isThematicBreak(content) { flush(); out.paragraphBreak(); inList = false; continue }
            if indent < 4, block != .paragraph, startsHTMLBlock(content) {
                flush(); out.paragraphBreak()
                htmlComment = starts(content, "<!--")
                inHTMLBlock = !(htmlComment ? contains(content, "-->") : false)
                continue
            }
            if indent < 4, isReferenceDefinition(content) { continue }
            if let (marker, rest) = listItem(content) {
                flush()
                if !inList { out.paragraphBreak() } else { out.lineBreak() }
                inList = true
                out.append(contentsOf: marker.unicodeScalars)
                block = .listItem
                blockLines = [rest]
                continue
            }
            if s[content.lowerBound] == "|" {
                if isTableDelimiter(content) { continue }
                flush()
                if !inList { out.paragraphBreak() } else { out.lineBreak() }
                inList = true            // table rows are lines of one block, like list items
                block = .table
                blockLines = [content]
                flush()
                continue
            }
            if block == .none {
                out.paragraphBreak()
                inList = false
                block = .paragraph
            }
            blockLines.append(block == .listItem ? content : line)
        }
        flush()
        let text = out.finish()
        let title = out.headings.first.map { String(String.UnicodeScalarView(text[$0.range])) }
        return Result(text: text, title: title, headings: out.headings)
    }

    private mutating func flush() {
        guard block != .none else { return }
        if block == .table {
            inlineTableRow(blockLines[0])
        } else {
            inline(lines: blockLines)
        }
        blockLines = []
        block = .none
    }

    private mutating func verbatim(_ line: Range<Int>, dropIndent: Int) {
        var k = line.lowerBound
        var dropped = 0
        while k < line.upperBound, dropped < dropIndent, s[k] == " " || s[k] == "\t" {
            dropped += s[k] == "\t" ? 4 : 1; k += 1
        }
        if k == line.upperBound { out.appendVerbatim("\n"); return }
        for c in s[k..<line.upperBound] { out.appendVerbatim(c) }
        out.appendVerbatim("\n")
    }

    // MARK: inline markup

    /// The lines of one block joined: soft breaks become spaces, hard breaks (two trailing
    /// spaces or a backslash) line breaks.
    private mutating func inline(lines: [Range<Int>]) {
        var joined: [Unicode.Scalar] = []
        for (n, line) in lines.enumerated() {
            var a = line.lowerBound, b = line.upperBound
            while a < b, s[a] == " " || s[a] == "\t" { a += 1 }
            var hard = false
            if b - a >= 2, s[b - 1] == " ", s[b - 2] == " " { hard = true }
            while b > a, s[b - 1] == " " || s[b - 1] == "\t" { b -= 1 }
            if b > a, s[b - 1] == "\\", n < lines.count - 1 { hard = true; b -= 1 }
            joined.append(contentsOf: s[a..<b])
            if n < lines.count - 1 { joined.append(hard ? "\n" : " ") }
        }
        InlineMarkdown(text: joined, references: referenceLabels).render(into: &out)
    }

    private mutating func inline(_ range: Range<Int>) { inline(lines: [range]) }

    private mutating func inlineTableRow(_ row: Range<Int>) {
        var a = row.lowerBound, b = row.upperBound
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        if a < b, s[a] == "|" { a += 1 }
        if b > a, s[b - 1] == "|" { b -= 1 }
        var cells: [Unicode.Scalar] = []
        for c in s[a..<b] { cells.append(c) }
        InlineMarkdown(text: cells, references: referenceLabels).render(into: &out)
    }

    // MARK: line classification

    static func lines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in s.indices where s[i] == "\n" { result.append(start..<i); start = i + 1 }
        if start < s.count { result.append(start..<s.count) }
        return result
    }

    private mutating func skipFrontMatter(_ lines: [Range<Int>]) -> [Range<Int>] {
        // Reference definitions are collected first: a link may come before its definition.
        for line in lines where isReferenceDefinition(trimmedLeading(line)) {
            if let close = (line.lowerBound..<line.upperBound).first(where: { s[$0] == "]" }) {
                let label = String(String.UnicodeScalarView(s[(trimmedLeading(line).lowerBound + 1)..<close]))
                referenceLabels.insert(label.lowercased())
            }
        }
        guard let first = lines.first, text(first) == "---" else { return lines }
        for k in 1..<min(lines.count, 200) where text(lines[k]) == "---" || text(lines[k]) == "..." {
            return Array(lines[(k + 1)...])
        }
        return lines
    }

    private func text(_ r: Range<Int>) -> String {
        var b = r.upperBound
        while b > r.lowerBound, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        return String(String.UnicodeScalarView(s[r.lowerBound..<b]))
    }

    private func trimmedLeading(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        while a < r.upperBound, s[a] == " " || s[a] == "\t" { a += 1 }
        return a..<r.upperBound
    }

    private func isBlank(_ r: Range<Int>) -> Bool { r.allSatisfy { ScalarClass.isSpace(s[$0]) && s[$0] != "\u{00A0}" } }

    private func leadingSpaces(_ r: Range<Int>) -> Int {
        var n = 0
        for k in r { if s[k] == " " { n += 1 } else if s[k] == "\t" { n += 4 } else { break } }
        return n
    }

    private func starts(_ r: Range<Int>, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard r.count >= p.count else { return false }
        return (0..<p.count).allSatisfy { s[r.lowerBound + $0] == p[$0] }
    }

    private func contains(_ r: Range<Int>, _ needle: String) -> Bool {
        let p = Array(needle.unicodeScalars)
        guard r.count >= p.count else { return false }
        return (r.lowerBound...(r.upperBound - p.count)).contains { k in (0..<p.count).allSatisfy { s[k + $0] == p[$0] } }
    }

    private func stripQuoteMarkers(_ line: Range<Int>) -> (Int, Range<Int>) {
        var depth = 0
        var k = line.lowerBound
        while true {
            var m = k, spaces = 0
            while m < line.upperBound, s[m] == " ", spaces < 3 { m += 1; spaces += 1 }
            guard m < line.upperBound, s[m] == ">" else { break }
            depth += 1
            k = m + 1
            if k < line.upperBound, s[k] == " " { k += 1 }
        }
        return (depth, k..<line.upperBound)
    }

    private func fenceOpen(_ r: Range<Int>) -> (char: Unicode.Scalar, length: Int)? {
        guard let c = r.first.map({ s[$0] }), c == "`" || c == "~" else { return nil }
        var n = 0
        while r.lowerBound + n < r.upperBound, s[r.lowerBound + n] == c { n += 1 }
        guard n >= 3 else { return nil }
        if c == "`", s[(r.lowerBound + n)..<r.upperBound].contains("`") { return nil }
        return (c, n)
    }

    private func isFenceClose(_ line: Range<Int>, _ open: (char: Unicode.Scalar, length: Int)) -> Bool {
        let r = trimmedLeading(line)
        var n = 0
        while r.lowerBound + n < r.upperBound, s[r.lowerBound + n] == open.char { n += 1 }
        return n >= open.length && s[(r.lowerBound + n)..<r.upperBound].allSatisfy { ScalarClass.isSpace($0) }
    }

    private func atxHeading(_ r: Range<Int>) -> (Int, Range<Int>)? {
        var level = 0
        while r.lowerBound + level < r.upperBound, s[r.lowerBound + level] == "#" { level += 1 }
        guard level >= 1, level <= 6 else { return nil }
        var a = r.lowerBound + level
        guard a == r.upperBound || s[a] == " " || s[a] == "\t" else { return nil }
        while a < r.upperBound, ScalarClass.isSpace(s[a]) { a += 1 }
        var b = r.upperBound
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        // An optional closing run of "#" preceded by a space.
        var c = b
        while c > a, s[c - 1] == "#" { c -= 1 }
        if c < b, c == a || s[c - 1] == " " { b = c; while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 } }
        return (level, a..<b)
    }

    private func setextUnderline(_ r: Range<Int>) -> Int? {
        guard let c = r.first.map({ s[$0] }), c == "=" || c == "-" else { return nil }
        var k = r.lowerBound
        while k < r.upperBound, s[k] == c { k += 1 }
        guard s[k..<r.upperBound].allSatisfy({ ScalarClass.isSpace($0) }) else { return nil }
        return c == "=" ? 1 : 2
    }

    private func isThematicBreak(_ r: Range<Int>) -> Bool {
        guard let c = r.first.map({ s[$0] }), c == "*" || c == "-" || c == "_" else { return false }
        var count = 0
        for k in r {
            if s[k] == c { count += 1 } else if s[k] != " " && s[k] != "\t" { return false }
        }
        return count >= 3
    }

    private func startsHTMLBlock(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, s[r.lowerBound] == "<" else { return false }
        let c = s[r.lowerBound + 1]
        return c == "!" || c == "/" || (c.value < 0x80 && ScalarClass.isASCIILetter(c.value))
    }

    private func isReferenceDefinition(_ r: Range<Int>) -> Bool {
        // "[label]: destination". Footnotes ("[^1]: text") are content and stay.
        guard r.count > 4, s[r.lowerBound] == "[", s[r.lowerBound + 1] != "^" else { return false }
        var k = r.lowerBound + 1
        while k < r.upperBound, s[k] != "]" { if s[k] == "[" { return false }; k += 1 }
        guard k + 1 < r.upperBound, k > r.lowerBound + 1, s[k + 1] == ":" else { return false }
        return true
    }

    /// "- item", "* item", "+ item", "1. item", "1) item": the marker to write and the content.
    private func listItem(_ r: Range<Int>) -> (String, Range<Int>)? {
        guard let c = r.first.map({ s[$0] }) else { return nil }
        if c == "-" || c == "*" || c == "+" {
            guard r.count >= 2, s[r.lowerBound + 1] == " " || s[r.lowerBound + 1] == "\t" else { return nil }
            var a = r.lowerBound + 1
            while a < r.upperBound, s[a] == " " || s[a] == "\t" { a += 1 }
            // Task lists: "- [ ] todo" keeps its box as text.
            return ("• ", a..<r.upperBound)
        }
        var k = r.lowerBound
        while k < r.upperBound, ScalarClass.isDigit(s[k]), k - r.lowerBound < 9 { k += 1 }
        guard k > r.lowerBound, k + 1 < r.upperBound, s[k] == "." || s[k] == ")", s[k + 1] == " " || s[k + 1] == "\t" else { return nil }
        var a = k + 1
        while a < r.upperBound, s[a] == " " || s[a] == "\t" { a += 1 }
        let number = String(String.UnicodeScalarView(s[r.lowerBound..<k]))
        return ("\(number). ", a..<r.upperBound)
    }

    private func isTableDelimiter(_ r: Range<Int>) -> Bool {
        var dashes = 0
        for k in r {
            switch s[k] {
            case "-": dashes += 1
            case "|", ":", " ", "\t": continue
            default: return false
            }
        }
        return dashes >= 3
    }
}
