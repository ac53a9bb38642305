import MarginaliaText
import MarginaliaStore

/// The rows of the Tags pane, built from the article's annotations: the tag (or correction,
/// note, orphan) as the marker, the excerpt and note as the label, fitted to the pane's width.
enum TagPaneRows {
    /// `scope(index, name)`: the theme scope of tag `name`, `index` in the tag set.
    static func rows(_ annotations: [Annotation], text: ArticleText, tagSet tags: [String], paneWidth: Int, language: Language,
                     scope tagScope: (Int, String) -> String) -> [PaneItem] {
        annotations.map { a in
            let excerpt = truncated(text[a.span].replacing("\n", with: " "), width: 48)
            var marker: String
            var scope: String?
            switch a.motivation {
            case .tagging:
                marker = a.tags.joined(separator: ",")
                scope = a.tags.first.map { t in tags.firstIndex(of: t).map { tagScope($0, t) } ?? "tag" }
            case .commenting: marker = "note"; scope = "ui.hint"
            case .identifying: marker = a.value == CorrectionValue.noEntity ? "¬entity" : "=\(a.value ?? "?")"; scope = "entity"
            case .classifying: marker = a.value == CorrectionValue.notQuote ? "¬quote" : (a.speaker.map { "quote:\($0.name)" } ?? "quote"); scope = "quote"
            }
            if a.isOrphaned { marker = "orphaned " + marker; scope = "ui.orphan" }
            let shown = a.isOrphaned ? a.quote.exact : excerpt
            let label = label(excerpt: shown, note: a.note, width: labelWidth(marker: marker, paneWidth: paneWidth), language: language)
            return PaneItem(label: label, scope: scope, marker: marker, target: a.isOrphaned ? nil : a.span)
        }
    }

    /// Columns left for a row's label after its marker (the pane's frame, the indent and the
    /// space after the marker taken off, as `SidePane.draw` draws them).
    static func labelWidth(marker: String, paneWidth: Int) -> Int {
        max(8, paneWidth - 2 - 1 - DisplayWidth.of(marker) - 1)
    }

    /// `„excerpt“ ✎ note` fitted into `width` columns: with a note the excerpt is cut first (down to a
    /// third of the row), so the note stays visible. A passage that opens with its own
    /// quotation mark („Man hört…) gets no second one.
    static func label(excerpt: String, note: String?, width: Int, language: Language) -> String {
        let text = TerminalSafe.oneLine(excerpt.replacing("\n", with: " "))
        let ownMark = text.unicodeScalars.first.map { quotationMarks.contains($0) } ?? false
        let marks = ownMark ? 0 : 2
        guard let note, !note.isEmpty else {
            let body = truncated(text, width: max(1, width - marks))
            return ownMark ? body : ExcerptMarks.quoted(body, language: language)
        }
        let noteText = " ✎ " + TerminalSafe.oneLine(note.replacing("\n", with: " "))
        // The excerpt keeps a third of the row (enough to recognise the passage), the note the rest.
        let excerptMinimum = min(DisplayWidth.of(text), max(8, width / 3))
        let noteWidth = min(DisplayWidth.of(noteText), max(0, width - marks - excerptMinimum))
        let body = truncated(text, width: max(4, width - marks - noteWidth))
        let quoted = ownMark ? body : ExcerptMarks.quoted(body, language: language)
        return quoted + truncated(noteText, width: max(3, width - DisplayWidth.of(quoted)))
    }

    /// Opening quotation marks (German, English, French, single and double).
    static let quotationMarks: Set<Unicode.Scalar> = ["„", "\"", "“", "”", "«", "»", "‚", "‘", "’", "‹", "›", "'"]

    /// "claim 3 · fact 1 · 2 orphaned": the count per tag, the tag set's order first.
    static func counts(_ annotations: [Annotation], tagSet: [String]) -> String {
        var counts: [String: Int] = [:]
        var orphans = 0
        for a in annotations {
            if a.isOrphaned { orphans += 1 }
            for t in a.tags { counts[t, default: 0] += 1 }
        }
        var parts = tagSet.filter { counts[$0] != nil }.map { "\($0) \(counts[$0]!)" }
        parts += counts.keys.filter { !tagSet.contains($0) }.sorted().map { "\($0) \(counts[$0]!)" }
        if orphans > 0 { parts.append("\(orphans) orphaned") }
        return parts.joined(separator: " · ")
    }
}
