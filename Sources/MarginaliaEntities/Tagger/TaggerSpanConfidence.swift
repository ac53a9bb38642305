import MarginaliaText

/// The German passes were written against the tagger's margin score (`TaggerModel.marginScore`:
/// is this a name at all), and their thresholds keep that meaning; what the reader is shown is
/// the calibrated chance that the name is right (`TaggerModel.confidence`). So the recognizer
/// tags with the margin score, and once every pass has run, a mention that still carries a
/// tagger span's score (the span itself, or a name a pass made whole around it: "Bad [Homburg]")
/// is shown with that span's calibrated chance. Names the passes made or repeated keep theirs.
struct TaggerSpanConfidence {
    let span: Span
    let type: EntityType
    let score: Double
    let shown: Double

    /// `spans` in text order (as the recognizer makes them).
    static func show(_ spans: [TaggerSpanConfidence], in mentions: [EntityMention]) -> [EntityMention] {
        guard !spans.isEmpty else { return mentions }
        var result = mentions
        for k in result.indices {
            let m = result[k]
            // The first tagger span that could lie inside the mention.
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].span.start < m.span.start { lo = mid + 1 } else { hi = mid }
            }
            var shown: Double? = nil
            var i = lo
            while i < spans.count, spans[i].span.start < m.span.end {
                let t = spans[i]
                if t.span.end <= m.span.end, t.type == m.type, t.score == m.confidence { shown = min(shown ?? 1, t.shown) }
                i += 1
            }
            if let shown { result[k].confidence = shown }
        }
        return result
    }
}
