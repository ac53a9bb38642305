import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

/// Corrections that add what the analysis missed or remove exactly what was meant:
/// `mark-entity TYPE`, `mark-quote [SPEAKER]`, and `x` (untag) on the selection.
extension ReaderApp {
    /// `:mark-entity PER`: the selection becomes an entity mention of that type (replacing
    /// overlapping mentions), saved as an identifying annotation, undoable, exported.
    public func markEntity(_ argument: String) {
        guard let type = EntityType(rawValue: argument.trimmingSpaces.uppercased()) else {
            if argument.trimmingSpaces.isEmpty { openPrompt(.command, text: "mark-entity ") } else {
                show(message: "entity types: PER LOC ORG MISC", error: true)
            }
            return
        }
        guard let document, let span = trimmedSelection, !span.isEmpty else { show(message: "nothing selected"); return }
        let surface = document.text[span]
        performEdit("\(surface) marked \(type.rawValue)", span: span) { $0.correctEntity(span, type: type.rawValue) }
        endVisualKeepingRange()
        if let i = document.entities.firstIndex(where: { $0.span == span }) {
            document.selection = Selection(span: span, unit: .entity(i))
        }
    }

    /// `:mark-quote [SPEAKER]`: the selection becomes a direct quote (with the speaker, if
    /// named), saved as a classifying annotation; without a name the speaker prompt opens.
    public func markQuote(_ speaker: String) {
        guard let document, let span = trimmedSelection, !span.isEmpty else { show(message: "nothing selected"); return }
        let name = speaker.trimmingSpaces
        let body = name.isEmpty ? nil : SpeakerBody(name: name)
        performEdit("quote marked" + (name.isEmpty ? "" : ", speaker: \(name)"), span: span) {
            $0.correctQuote(span, isQuote: true, speaker: body)
        }
        endVisualKeepingRange()
        if name.isEmpty, let q = document.quotes.firstIndex(where: { $0.span == span }) { startSpeakerPrompt(q) }
    }

    /// The selection without the spaces and newlines at its ends (a visual range of words).
    var trimmedSelection: Span? {
        guard let document, var span = selectedSpan else { return nil }
        let scalars = document.text.scalars
        while span.start < span.end, scalars[span.start].properties.isWhitespace { span.start += 1 }
        while span.end > span.start, scalars[span.end - 1].properties.isWhitespace { span.end -= 1 }
        return span
    }

    /// `x`: removes the tags on exactly the selected passage. Tags that only overlap it (the
    /// paragraph around a sentence) are not removed silently: they are listed, and the Tags
    /// pane opens on the first, where `x` removes the one chosen.
    public func untagSelection() {
        guard let document, let span = selectedSpan else { show(message: "nothing selected"); return }
        if performEdit("tags removed", span: span, { $0.removeTags(exactly: span) }) {
            endVisualKeepingRange()
            return
        }
        guard document.store?.isReadOnly == false else { return }
        let overlapping = tagPaneAnnotations.enumerated().filter { $0.element.motivation == .tagging && !$0.element.isOrphaned && $0.element.span.overlaps(span) }
        guard let first = overlapping.first else { show(message: "no tags here"); return }
        let names = overlapping.map { item in
            item.element.tags.joined(separator: ",") + " „" + truncated(document.text[item.element.span].replacing("\n", with: " "), width: 24) + "“"
        }
        focus(.tags)
        paneCursor[.tags] = first.offset
        show(message: "no tag on exactly this passage; overlapping: " + names.joined(separator: "; ")
             + " — \(keysOrName("untag", in: .pane)) removes the one under the cursor")
    }

    /// "x" (the first key bound to `command`), or ":command" when no key is.
    func keysOrName(_ command: String, in context: CommandContext? = nil) -> String {
        keymap.keys(for: command, in: context).first.map(KeyNotation.describe) ?? ":" + command
    }
}
