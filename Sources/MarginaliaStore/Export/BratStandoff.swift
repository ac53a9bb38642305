import MarginaliaText

/// brat standoff: the article as `NAME.txt` and its annotations as `NAME.ann`, one text-bound
/// annotation a line (`T1<TAB>claim 0 90<TAB>text`), notes as `#1<TAB>AnnotatorNotes T1<TAB>note`.
/// brat counts offsets in code points (Python indices), like Marginalia; INCEpTION's brat reader
/// counts UTF-16 units (`ExportOptions.offsets`). A span across line breaks is written as
/// fragments (`0 5;6 12`), since brat's text column is one line. Type names and texts pass
/// through `LineFormatText`, so no tag name can break a line or a column.
public enum BratStandoff {
    public static func ann(text: ArticleText, labels: [LabeledSpan], offsets: OffsetUnit = .codepoint) -> String {
        let map = offsets.map(for: text)
        var out = ""
        var noteNumber = 0
        for (n, label) in labels.sorted().enumerated() {
            let id = "T\(n + 1)"
            let pieces = fragments(of: label.span, in: text)
            let columns = pieces.map { piece -> String in
                let (start, end) = map.convert(piece)
                return "\(start) \(end)"
            }.joined(separator: ";")
            let surface = pieces.map { text[$0] }.joined(separator: " ")
            out += "\(id)\t\(typeName(label.label)) \(columns)\t\(oneLine(surface))\n"
            if let note = label.note {
                noteNumber += 1
                out += "#\(noteNumber)\tAnnotatorNotes \(id)\t\(oneLine(note))\n"
            }
        }
        return out
    }

    /// brat type names hold no whitespace, controls or configuration syntax.
    static func typeName(_ label: String) -> String { LineFormatText.name(label) }

    static func oneLine(_ s: String) -> String { LineFormatText.oneLine(s) }

    /// `annotation.conf`: the entity and tag types the `.ann` files use, and (unless overlaps were
    /// resolved away) the `<OVERLAP>` rule that lets brat load crossing and nested spans, which
    /// the default configuration and pybrat reject.
    public static func annotationConf(labels: [String], allowOverlap: Bool) -> String {
        var out = "# Written by marginalia export --format brat: the types its .ann files use.\n[entities]\n"
        for name in typeNames(labels) { out += name + "\n" }
        out += "\n[relations]\n"
        if allowOverlap {
            // Any type may overlap any type, crossing or nested (brat's own syntax, see its docs).
            out += "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
        }
        out += "\n[events]\n\n[attributes]\n"
        return out
    }

    /// `visual.conf`: per type its display label, the tag's own name (so `import` gives a tag
    /// brat had to rename back its name), and a colour (entities in the reader's colours).
    public static func visualConf(labels: [String]) -> String {
        let colours = ["PER": "#7fa2ff", "LOC": "#8fb3a0", "ORG": "#d8a0e0", "MISC": "#e0c080"]
        let palette = ["#ffccaa", "#aaddff", "#ccffaa", "#ffaacc", "#e0e0a0", "#c0c0ff", "#a0e0e0", "#f0b0b0", "#d0d0d0"]
        var out = "# Written by marginalia export --format brat.\n[labels]\n"
        let names = typeNames(labels)
        var display: [String: String] = [:]
        for label in labels where display[typeName(label)] == nil {
            display[typeName(label)] = String(oneLine(label).map { $0 == "|" ? "/" : $0 }).trimmingSpaces
        }
        for name in names { out += "\(name) | \(display[name].flatMap { $0.isEmpty ? nil : $0 } ?? name)\n" }
        out += "\n[drawing]\n"
        for (n, name) in names.enumerated() { out += "\(name)\tbgColor:\(colours[name] ?? palette[n % palette.count])\n" }
        return out
    }

    /// The display label of each type in a `visual.conf` (`type | label | short`): how `import`
    /// maps a renamed type back to its tag.
    public static func readLabels(visualConf: String) -> [String: String] {
        var labels: [String: String] = [:]
        var inLabels = false
        for line in visualConf.split(separator: "\n") {
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("[") { inLabels = trimmed == "[labels]"; continue }
            guard inLabels, !trimmed.hasPrefix("#") else { continue }
            let parts = trimmed.split(separator: "|").map { $0.trimmingWhitespace }
            if parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty { labels[parts[0]] = parts[1] }
        }
        return labels
    }

    static func typeNames(_ labels: [String]) -> [String] {
        var seen: Set<String> = []
        return labels.map(typeName).filter { seen.insert($0).inserted }
    }

    /// The span cut at line breaks (the breaks themselves left out); one piece if it has none.
    static func fragments(of span: Span, in text: ArticleText) -> [Span] {
        var pieces: [Span] = []
        var start = span.start
        for i in span.range where text[i] == "\n" {
            if i > start { pieces.append(Span(start, i)) }
            start = i + 1
        }
        if span.end > start { pieces.append(Span(start, span.end)) }
        return pieces.isEmpty ? [span] : pieces
    }

    /// Reads an `.ann` file against its text. Text-bound annotations become spans from their
    /// first fragment's start to their last fragment's end; `AnnotatorNotes` attach to theirs;
    /// other lines (relations, events, attributes) are skipped. Errors name the line.
    public static func read(ann: String, text: ArticleText, offsets: OffsetUnit = .codepoint) throws -> [LabeledSpan] {
        let map = offsets.map(for: text)
        var byID: [String: LabeledSpan] = [:]
        var order: [String] = []
        var notes: [(String, String)] = []
        for (n, line) in ann.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            let where_ = "brat .ann line \(n + 1)"
            guard columns.count >= 2 else { throw ExportError("\(where_): expected tab-separated columns") }
            if columns[0].hasPrefix("T") {
                let parts = columns[1].split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ExportError("\(where_): expected TYPE START END") }
                var spans: [Span] = []
                for fragment in parts[1].split(separator: ";") {
                    let numbers = fragment.split(separator: " ").compactMap { Int($0) }
                    guard numbers.count == 2, let start = map.codePoint(of: numbers[0]), let end = map.codePoint(of: numbers[1]),
                          start <= end, end <= text.count else {
                        throw ExportError("\(where_): bad offsets '\(fragment)' for a text of \(text.count) code points")
                    }
                    spans.append(Span(start, end))
                }
                guard let first = spans.first, let last = spans.last else { throw ExportError("\(where_): no offsets") }
                if columns.count == 3 {
                    let expected = spans.map { text[$0] }.joined(separator: " ")
                    guard oneLine(expected) == columns[2] else {
                        throw ExportError("\(where_): text '\(columns[2])' does not match the .txt at \(parts[1])")
                    }
                }
                byID[columns[0]] = LabeledSpan(span: Span(first.start, last.end), label: parts[0])
                order.append(columns[0])
            } else if columns[0].hasPrefix("#") {
                let parts = columns[1].split(separator: " ")
                if parts.count == 2, parts[0] == "AnnotatorNotes" { notes.append((String(parts[1]), columns.count == 3 ? columns[2] : "")) }
            }
        }
        for (id, note) in notes {
            guard byID[id] != nil else { throw ExportError("brat .ann: note for unknown annotation \(id)") }
            byID[id]!.note = note
        }
        return order.compactMap { byID[$0] }
    }
}
