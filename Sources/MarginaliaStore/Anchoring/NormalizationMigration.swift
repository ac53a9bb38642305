import MarginaliaText

/// Annotations that older versions made on a corpus article's raw text (a BOM and CRLF kept, so
/// every offset after a line end counted the CR) moved onto the loaded text by the exact offset
/// map of the normalisation; their quotes are recomputed, and they count as re-anchored.
enum NormalizationMigration {
    static func move(_ items: [Annotation], from raw: ArticleText, to text: ArticleText) -> [Annotation] {
        let map = LoadedTextNormalization.offsetMap(raw.scalars)
        func moved(_ span: Span) -> Span? {
            guard span.end < map.count else { return nil }
            return Span(map[span.start], map[span.end])
        }
        return items.map { item in
            // Only positions that still hold their saved text in the raw form are trusted.
            guard item.quote.exact.isEmpty || ScalarString.equals(item.quote.exact, raw, item.span.start, item.span.end),
                  let span = moved(item.span) else { return item }
            var copy = item.anchored(at: span, in: text, status: .reanchored)
            if let place = item.speaker?.span { copy.speaker?.span = moved(place) }
            return copy
        }
    }
}
