import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

/// Applies the user's corrections (identifying and classifying annotations, docs/CONTRACTS.md) on top of
/// the automatic analysis, so the article view, the panes, `analyze --with-annotations` and the
/// exports all show the same corrected entities and quotes. Later corrections (by `modified`)
/// win over earlier ones on the same span; orphaned annotations are not applied.
public enum Corrections {
    /// The confidence given to what the user asserted.
    public static let userConfidence = 1.0

    public static func apply(_ annotations: [Annotation], to analysis: ArticleAnalysis, text: ArticleText) -> ArticleAnalysis {
        let corrections = annotations.enumerated()
            .filter { $0.element.isCorrection && !$0.element.isOrphaned && $0.element.span.end <= text.count }
            .sorted { $0.element.modified != $1.element.modified ? $0.element.modified < $1.element.modified : $0.offset < $1.offset }
            .map(\.element)
        // Nothing to apply: the same arrays, not sorted copies (a big article's mentions twice).
        guard !corrections.isEmpty else { return analysis }
        var result = analysis
        for correction in corrections {
            switch correction.motivation {
            case .identifying: applyEntity(correction, to: &result.entities, text: text)
            case .classifying: applyQuote(correction, to: &result.quotes, entities: result.entities, text: text)
            default: break
            }
        }
        result.entities.sort { $0.span < $1.span }
        result.quotes.sort { $0.span < $1.span }
        return result
    }

    static func applyEntity(_ correction: Annotation, to entities: inout [EntityMention], text: ArticleText) {
        let span = correction.span
        guard let value = correction.value else { return }
        if value == CorrectionValue.noEntity {
            let exact = entities.contains { $0.span == span }
            entities.removeAll { exact ? $0.span == span : span.contains($0.span) }
            return
        }
        guard let type = EntityType(rawValue: value), !span.isEmpty else { return }
        if let i = entities.firstIndex(where: { $0.span == span }) {
            entities[i].type = type
            entities[i].confidence = userConfidence
            return
        }
        // A mention the recognizer missed or cut wrongly: the user's span replaces overlapping ones.
        let surface = text[span]
        let canonical = entities.first { $0.text == surface }?.canonical ?? surface
        entities.removeAll { $0.span.overlaps(span) }
        entities.append(EntityMention(span: span, text: surface, type: type, canonical: canonical, confidence: userConfidence))
    }

    static func applyQuote(_ correction: Annotation, to quotes: inout [Quotation], entities: [EntityMention], text: ArticleText) {
        let span = correction.span
        func matches(_ q: Quotation) -> Bool { q.span == span || q.spans.contains(span) }
        switch correction.value {
        case CorrectionValue.notQuote?:
            quotes.removeAll(where: matches)
        case CorrectionValue.quote?:
            guard !span.isEmpty else { return }
            let speaker = correction.speaker.map { speakerMention($0, near: span, entities: entities, text: text) }
            if let i = quotes.firstIndex(where: matches) {
                if let speaker { quotes[i].speaker = speaker }
                return
            }
            quotes.removeAll { $0.span.overlaps(span) }
            quotes.append(Quotation(spans: [span], kind: .direct, speaker: speaker))
        default:
            break
        }
    }

    /// The speaker as a mention: at its saved span, else at the occurrence of the name nearest
    /// the quote, else (a name not in the text) an empty span at the quote's start.
    static func speakerMention(_ body: SpeakerBody, near quote: Span, entities: [EntityMention], text: ArticleText) -> SpeakerMention {
        var span = body.span.flatMap { $0.end <= text.count ? $0 : nil }
        if span == nil {
            let name = Array(body.name.unicodeScalars)
            span = NgramIndex.linearOccurrences(of: name, in: text.scalars)
                .map { Span($0, $0 + name.count) }
                .min { abs($0.start - quote.start) < abs($1.start - quote.start) }
        }
        let found = span ?? Span(quote.start, quote.start)
        let canonical = entities.first { $0.span.overlaps(found) && !found.isEmpty }?.canonical ?? body.name
        return SpeakerMention(span: found, text: body.name, canonical: canonical)
    }
}
