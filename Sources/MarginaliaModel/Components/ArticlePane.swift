import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

/// What a component asks the coordinator to say on the bottom line (it never shows it itself).
struct StatusNote: Equatable {
    var text: String
    var isError = false
    init(_ text: String, error: Bool = false) { self.text = text; self.isError = error }
}

/// The article view: the document shown, scrolling, moving the selection (by unit, by word, to
/// a search match, by the mouse), visual ranges and Esc. The commands of the article context
/// come here (`CommandTable` calls `app.article`); what the status line should say comes back
/// as a `StatusNote`. The top row, selection and search are the `Document`'s, kept per article
/// so switching back finds it as it was; what outlives an article is here: the last `/` query
/// and the word a mouse drag started on. Searching lives in ArticlePane+Search.swift, unit and
/// word motions in ArticlePane+Motions.swift, the mouse in ArticlePane+Mouse.swift.
struct ArticlePane {
    /// The article shown (nil only before one is open); the coordinator switches it.
    var document: Document?
    /// Rows of text the pane shows; the coordinator keeps it in step with the screen (`syncLayout`).
    var pageHeight = 1
    /// The last `/` query (an empty `/` repeats it, also in another article).
    var lastSearchQuery: String?
    /// The word under a mouse press that a drag extends into a visual range.
    var dragAnchor: Span?

    /// `j`/`k`/`Space`/`Ctrl-D` with their counts: `rows` rows down (up when negative).
    func scroll(by rows: Int) {
        guard let document else { return }
        document.top = clampTop(document.layout.advance(document.top, by: rows))
        keepSelectionInView(scrolledDown: rows > 0)
    }

    /// Rows a page key moves: the page less one row of context, or half of it.
    var pageStep: Int { max(1, pageHeight - 1) }
    var halfPageStep: Int { max(1, pageHeight / 2) }

    /// The top row can go down until the last row sits at the bottom of the pane.
    func clampTop(_ p: ArticleLayout.Position) -> ArticleLayout.Position {
        guard let layout = document?.layout else { return p }
        let lowest = layout.advance(layout.lastPosition, by: -(pageHeight - 1))
        return min(p, lowest)
    }

    /// `g`: the top, and the first sentence selected (so `1` then tags what is seen first, not
    /// a sentence left somewhere in the middle of the screen); `G`: the bottom and the last one.
    func scrollToEnd(bottom: Bool) {
        guard let document else { return }
        document.top = bottom ? clampTop(document.layout.lastPosition) : document.layout.firstPosition
        selectEnd(last: bottom)
        keepSelectionInView(scrolledDown: bottom)
    }

    /// The first or last sentence (the paragraph, if a paragraph was selected); a visual range stays.
    private func selectEnd(last: Bool) {
        guard let document, let selection = document.selection, !selection.isVisual else { return }
        if case .paragraph = selection.unit, !document.paragraphs.isEmpty {
            let i = last ? document.paragraphs.count - 1 : 0
            document.selection = Selection(span: document.paragraphs[i], unit: .paragraph(i))
        } else if !document.sentences.isEmpty {
            let i = last ? document.sentences.count - 1 : 0
            document.selection = Selection(span: document.sentences[i], unit: .sentence(i))
        }
    }

    /// The text offsets shown in the article pane: from the top row's start to the bottom row's end.
    var visibleRange: Span? {
        guard let layout = document?.layout, let top = document?.top else { return nil }
        let start = layout.row(at: top).span.start
        let end = layout.row(at: layout.advance(top, by: pageHeight - 1)).span.end
        return Span(start, max(start, end))
    }

    /// After a scroll, a selection that left the screen follows it, as Vim keeps its cursor in
    /// view: otherwise `1` would tag text nobody can see and `)` would jump back to where it was.
    /// It becomes the first sentence (or paragraph, if moving by paragraphs) starting in view when
    /// scrolling down, the last one when scrolling up. A visual range is left alone: the user is
    /// building it on purpose, and scrolling to look ahead must not cut it short (`)` still
    /// extends it from its head, which brings it back into view).
    func keepSelectionInView(scrolledDown: Bool) {
        guard let document, let selection = document.selection, !selection.isVisual, let view = visibleRange else { return }
        let span = selection.span
        let overlapsView = span.start < view.end && span.end > view.start || (span.start == span.end && view.start <= span.start && span.start <= view.end)
        if overlapsView { return }
        let byParagraph: Bool
        if case .paragraph = selection.unit { byParagraph = true } else { byParagraph = false }
        let spans = byParagraph ? document.paragraphs : document.sentences
        let startsInView = { (s: Span) in s.start >= view.start && s.start < view.end }
        let found = scrolledDown ? spans.firstIndex(where: startsInView) : spans.lastIndex(where: startsInView)
        // A unit longer than the screen starts above it: take the one the top row lies in.
        guard let index = found ?? spans.lastIndex(where: { $0.start <= view.start && $0.end > view.start }) else { return }
        document.selection = Selection(span: spans[index], unit: byParagraph ? .paragraph(index) : .sentence(index))
    }

    /// Scrolls so that `span` is on screen: its start, and its end too when it fits.
    func ensureVisible(_ span: Span) {
        guard let document else { return }
        let layout = document.layout
        let first = layout.position(of: span.start)
        let last = layout.position(of: max(span.start, span.end - 1))
        // Only rows within a page of the screen are walked (and wrapped), however far the jump.
        let bottom = layout.advance(document.top, by: pageHeight - 1)
        if first < document.top {
            document.top = first
        } else if last > bottom {
            let fits = layout.advance(first, by: pageHeight - 1) >= last
            document.top = fits ? layout.advance(last, by: -(pageHeight - 1)) : first
        }
        document.top = clampTop(document.top)
    }

    /// `zz` (and a jump from the library): `span` in the middle of the pane.
    func center(on span: Span) {
        guard let document else { return }
        document.top = clampTop(document.layout.advance(document.layout.position(of: span.start), by: -(pageHeight / 2)))
    }

    /// `zz`: the selection in the middle.
    func centerSelection() {
        if let span = document?.selection?.span { center(on: span) }
    }

    /// Sets the selection (ending any visual range unless `extendVisual`) and scrolls to it.
    func select(_ span: Span, unit: SelectionUnit, extendVisual: Bool = true) {
        guard let document else { return }
        var selection = Selection(span: span, unit: unit)
        if extendVisual, let old = document.selection, let anchor = old.anchor {
            selection.anchor = anchor
            selection.head = span
            selection.span = Span(min(anchor.start, span.start), max(anchor.end, span.end))
            selection.unit = unit
        }
        document.selection = selection
        ensureVisible(extendVisual && selection.isVisual ? span : selection.span)
    }

    /// The moving end of the selection: in visual mode its head, otherwise the selection itself.
    var selectionHead: Span? {
        guard let selection = document?.selection else { return nil }
        return selection.head ?? selection.span
    }

    /// `v`: starts a visual range at the selection, or ends it keeping the range selected.
    func toggleVisual() -> StatusNote? {
        guard let document, var selection = document.selection else { return StatusNote("nothing selected") }
        if selection.isVisual {
            selection.anchor = nil
            selection.head = nil
            selection.unit = .range
        } else {
            selection.anchor = selection.span
            selection.head = selection.span
        }
        document.selection = selection
        return nil
    }

    /// `Esc`: cancels a visual range (back to where it started) and clears the search highlight.
    func cancel() {
        guard let document else { return }
        if let selection = document.selection, let anchor = selection.anchor {
            var restored = Selection(span: anchor, unit: .range)
            if case .sentence = selection.unit, let i = document.sentences.firstIndex(of: anchor) { restored.unit = .sentence(i) }
            if case .paragraph = selection.unit, let i = document.paragraphs.firstIndex(of: anchor) { restored.unit = .paragraph(i) }
            document.selection = restored
            return
        }
        if document.search != nil {
            document.search = nil
            document.searchCount?.job.cancel()
            document.searchCount = nil
        }
    }
}
