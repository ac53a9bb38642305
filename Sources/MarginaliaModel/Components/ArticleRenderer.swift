import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

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
            SpanIndex((document.highlightedAnalysis?.entities ?? []).map {
                ($0.span, (PaneRows.entityScopes[$0.type] ?? "entity") + ($0.isUncertain ? ".uncertain" : ""))
            })
        })
        out.append(document.caches.quoteLayer.value(for: document.analysisVersion) {
            var spans: [(Span, String)] = []
            for q in document.highlightedAnalysis?.quotes ?? [] {
                for s in q.spans { spans.append((s, "quote")) }
                if let speaker = q.speaker, !speaker.span.isEmpty { spans.append((speaker.span, "quote.speaker")) }
            }
            return SpanIndex(spans)
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
