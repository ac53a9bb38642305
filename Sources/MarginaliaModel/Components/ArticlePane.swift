import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

/// The article view: scrolling, moving the selection (by unit, visual ranges, Esc) within the
/// shown document, and drawing it. Its state (top row, selection, search) is the `Document`'s, kept per article so
/// switching back finds it as it was; this value works on it for a page of `pageHeight` rows.
/// The commands of the article context reach it through `ReaderApp` (which also moves between
/// sentences, entities and matches, and answers for what is not the view's: messages, tags).
struct ArticlePane {
    let document: Document
    let pageHeight: Int

    func scroll(by rows: Int) {
        document.top = clampTop(document.layout.advance(document.top, by: rows))
        keepSelectionInView(scrolledDown: rows > 0)
    }

    /// The top row can go down until the last row sits at the bottom of the pane.
    func clampTop(_ p: ArticleLayout.Position) -> ArticleLayout.Position {
        let layout = document.layout
        let lowest = layout.advance(layout.lastPosition, by: -(pageHeight - 1))
        return min(p, lowest)
    }

    /// `g`: the top, and the first sentence selected (so `1` then tags what is seen first, not
    /// a sentence left somewhere in the middle of the screen); `G`: the bottom and the last one.
    func scrollToEnd(bottom: Bool) {
        document.top = bottom ? clampTop(document.layout.lastPosition) : document.layout.firstPosition
        selectEnd(last: bottom)
        keepSelectionInView(scrolledDown: bottom)
    }

    /// The first or last sentence (the paragraph, if a paragraph was selected); a visual range stays.
    private func selectEnd(last: Bool) {
        guard let selection = document.selection, !selection.isVisual else { return }
        if case .paragraph = selection.unit, !document.paragraphs.isEmpty {
            let i = last ? document.paragraphs.count - 1 : 0
            document.selection = Selection(span: document.paragraphs[i], unit: .paragraph(i))
        } else if !document.sentences.isEmpty {
            let i = last ? document.sentences.count - 1 : 0
            document.selection = Selection(span: document.sentences[i], unit: .sentence(i))
        }
    }

    /// The text offsets shown in the article pane: from the top row's start to the bottom row's end.
    var visibleRange: Span {
        let layout = document.layout
        let start = layout.row(at: document.top).span.start
        let end = layout.row(at: layout.advance(document.top, by: pageHeight - 1)).span.end
        return Span(start, max(start, end))
    }

    /// After a scroll, a selection that left the screen follows it, as Vim keeps its cursor in
    /// view: otherwise `1` would tag text nobody can see and `)` would jump back to where it was.
    /// It becomes the first sentence (or paragraph, if moving by paragraphs) starting in view when
    /// scrolling down, the last one when scrolling up. A visual range is left alone: the user is
    /// building it on purpose, and scrolling to look ahead must not cut it short (`)` still
    /// extends it from its head, which brings it back into view).
    func keepSelectionInView(scrolledDown: Bool) {
        guard let selection = document.selection, !selection.isVisual else { return }
        let view = visibleRange
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

    func center(on span: Span) {
        document.top = clampTop(document.layout.advance(document.layout.position(of: span.start), by: -(pageHeight / 2)))
    }

    /// Sets the selection (ending any visual range unless `extendVisual`) and scrolls to it.
    func select(_ span: Span, unit: SelectionUnit, extendVisual: Bool = true) {
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
        guard let selection = document.selection else { return nil }
        return selection.head ?? selection.span
    }

    /// Moves to the `count`-th next (or previous) unit of `spans` from the selection. Returns
    /// what the status line should say: no such units, or an end of the list reached.
    func moveSelection(in spans: [Span], forward: Bool, count: Int, unit: (Int) -> SelectionUnit, name: String) -> String? {
        guard !spans.isEmpty else { return document.isAnalysed ? "no \(name)s in this article" : "still analysing…" }
        let topOffset = document.layout.row(at: document.top).span.start
        let reference = selectionHead ?? Span(topOffset, topOffset)
        var index: Int
        if let current = spans.firstIndex(of: reference) {
            // On a unit of this kind: step from it.
            index = forward ? current + count : current - count
        } else if forward {
            // From another kind of selection (a sentence, a match): the first unit after its start,
            // or one starting with it but inside it (an entity opening the sentence).
            index = (spans.firstIndex { $0.start > reference.start || ($0.start == reference.start && $0.end < reference.end) } ?? spans.count) + count - 1
        } else {
            index = (spans.lastIndex { $0.start < reference.start } ?? -1) - (count - 1)
        }
        var note: String?
        if index >= spans.count { index = spans.count - 1; note = "last \(name)" }
        if index < 0 { index = 0; note = "first \(name)" }
        select(spans[index], unit: unit(index))
        return note
    }

    /// `v`: starts a visual range at the selection, or ends it keeping the range selected;
    /// false when nothing is selected.
    func toggleVisual() -> Bool {
        guard var selection = document.selection else { return false }
        if selection.isVisual {
            selection.anchor = nil
            selection.head = nil
            selection.unit = .range
        } else {
            selection.anchor = selection.span
            selection.head = selection.span
        }
        document.selection = selection
        return true
    }

    /// `Esc`: cancels a visual range (back to where it started) and clears the search highlight.
    func cancel() {
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

/// What the article pane draws: the document (its layout, analysis and caches), whether it has
/// the focus, and the highlights of the annotations (tags, pending marks).
struct ArticleView {
    let document: Document
    var focused: Bool
    var annotationLayers: [SpanIndex<String>]
}

/// The article pane: title row, wrapped text with headings, entity/quote/search/selection
/// highlights layered in that order.
struct ArticleRenderer {
    let view: ArticleView
    var document: Document { view.document }
    let theme: ResolvedTheme

    /// A highlight drawn over the text: a theme scope on a span.
    typealias Layer = SpanIndex<String>

    func layers(textHeight: Int) -> [Layer] {
        var out: [Layer] = []
        out.append(document.caches.entityLayer.value(for: document.analysisVersion) {
            // An uncertain mention is drawn with the type's ".uncertain" style (dimmed in the bundled themes).
            SpanIndex((document.highlightedAnalysis?.entities ?? []).lazy.map {
                ($0.span, (PaneRows.entityScopes[$0.type] ?? "entity") + ($0.isUncertain ? ".uncertain" : ""))
            })
        })
        out.append(document.caches.quoteLayer.value(for: document.analysisVersion) {
            SpanIndex((document.highlightedAnalysis?.quotes ?? []).lazy.flatMap { q in
                q.spans.map { ($0, "quote") } + (q.speaker.map { $0.span.isEmpty ? [] : [($0.span, "quote.speaker")] } ?? [])
            })
        })
        out.append(contentsOf: view.annotationLayers)
        // Search hits go over the selection, so the current match stays visible inside it.
        if let selection = document.selection {
            out.append(SpanIndex([(selection.span, selection.isVisual ? "selection.visual" : "selection")]))
        }
        if let search = document.search {
            if search.isCounting {
                // All matches are still being counted: those of the rows on screen, found now.
                let shown = visibleSpan(textHeight: textHeight)
                let hits = TextSearch.find(search.query, in: document.text, startingIn: shown.start..<shown.end)
                out.append(SpanIndex(hits.map { ($0, "search.match") }))
            } else {
                let key = DocumentCaches.SearchKey(analysis: document.analysisVersion, query: search.query, matches: search.matches.count)
                out.append(document.caches.searchLayer.value(for: key) { SpanIndex(search.matches.map { ($0, "search.match") }) })
            }
            if let current = search.currentSpan {
                out.append(SpanIndex([(current, "search.current")]))
            }
        }
        return out
    }

    /// The text of the rows the article pane shows.
    func visibleSpan(textHeight: Int) -> Span {
        let layout = document.layout
        let bottom = layout.advance(document.top, by: max(0, textHeight - 1))
        return Span(layout.row(at: document.top).span.start, layout.row(at: bottom).span.end)
    }

    func draw(into grid: inout CellGrid, geometry: ScreenGeometry) {
        let base = theme.base
        let articleRect = geometry.article
        guard articleRect.height > 0 else { return }
        // Title row: the article's title, highlighted when the article has the focus.
        let titleScope = view.focused ? "ui.title.focused" : "ui.title"
        let titleStyle = theme.apply(titleScope, to: base)
        grid.fill(Rect(x: articleRect.x, y: articleRect.y, width: articleRect.width, height: 1), style: titleStyle)
        grid.put(" " + truncated(document.titleRowText, width: max(0, articleRect.width - 1)), x: articleRect.x, y: articleRect.y,
                 maxWidth: articleRect.width, style: titleStyle)

        let textRect = geometry.articleText
        let layout = document.layout
        let layers = self.layers(textHeight: textRect.height)
        let headingStyle = theme.apply("ui.heading", to: base)
        var position = document.top
        let last = layout.lastPosition
        for y in 0..<textRect.height {
            if y > 0 {
                if position == last { break }
                position = layout.advance(position, by: 1)
            }
            let row = layout.row(at: position)
            if row.isPadding { continue }
            let rowBase = layout.isHeading(line: row.line) ? headingStyle : base
            let hits = layers.map { $0.overlapping(row.span) }
            var x = 0
            drawTagMarker(hits, into: &grid, x: textRect.x - 1, y: textRect.y + y, base: rowBase)
            GlyphScanner.scan(document.text, row.span) { glyph in
                guard glyph.width > 0, x + glyph.width <= textRect.width else { return }
                var style = rowBase
                var tagsHere = 0
                for layerHits in hits {
                    var here = layerHits.filter { $0.span.start <= glyph.offset && glyph.offset < $0.span.end }
                    // The innermost (shortest) passage is drawn last: its colour shows.
                    if here.count > 1 { here.sort { $0.span.length > $1.span.length } }
                    for hit in here {
                        style = theme.apply(hit.value, to: style)
                        if hit.value.hasPrefix("tag") { tagsHere += 1 }
                    }
                }
                // Where tagged passages overlap, the overlap is marked so both stay visible.
                if tagsHere > 1 { style = theme.apply("tag.overlap", to: style) }
                grid.putGlyph(glyph, x: textRect.x + x, y: textRect.y + y, style: style)
                x += glyph.width
            }
        }
    }

    /// The margin left of a row with tagged text: a bar in the innermost tag's style, or the
    /// number of tags (2-9) where tagged passages overlap on the row, so overlaps stay visible.
    func drawTagMarker(_ hits: [[(span: Span, value: String)]], into grid: inout CellGrid, x: Int, y: Int, base: Style) {
        let tags = hits.joined().filter { $0.value.hasPrefix("tag") }
        guard x >= 0, let innermost = tags.min(by: { $0.span.length < $1.span.length }) else { return }
        var style = theme.apply(innermost.value, to: base)
        if tags.count > 1 { style = theme.apply("tag.overlap", to: style) }
        grid.put(tags.count > 1 ? String(min(9, tags.count)) : "▌", x: x, y: y, maxWidth: 1, style: style)
    }
}
