import MarginaliaText

/// The German passes were written against the tagger's margin score (`TaggerModel.marginScore`:
/// is this a name at all), and their thresholds keep that meaning; what the reader is shown is
/// the calibrated chance that the name is right (`TaggerModel.confidence`). So the recognizer
/// tags with the margin score, and once every pass has run, a mention that still carries the
/// score of a tagger span it overlaps (the span itself, a name a pass made whole around it:
/// "Bad [Homburg]", cut from it, or retyped by the article's votes) is shown with that span's
/// calibrated chance. Names the passes made or repeated keep theirs (0.6, 0.85).
struct TaggerSpanConfidence {
    let span: Span
    let score: Double
    let shown: Double

    /// `spans` in text order (as the recognizer makes them).
    static func show(_ spans: [TaggerSpanConfidence], in mentions: [EntityMention]) -> [EntityMention] {
        guard !spans.isEmpty else { return mentions }
        var result = mentions
        for k in result.indices {
            let m = result[k]
            // The first tagger span that ends after the mention's start (tagger spans do not
            // overlap each other, so their ends are in order too).
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].span.end <= m.span.start { lo = mid + 1 } else { hi = mid }
            }
            var shown: Double? = nil
            var i = lo
            while i < spans.count, spans[i].span.start < m.span.end {
                if spans[i].score == m.confidence { shown = min(shown ?? 1, spans[i].shown) }
                i += 1
            }
            if let shown { result[k].confidence = shown }
        }
        return result
    }
}
