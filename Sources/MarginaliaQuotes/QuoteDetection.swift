import MarginaliaText
import MarginaliaEntities

/// Entry point of the quote layer. Placeholder first version: every „…“ or “…” pair, no speaker.
public enum QuoteDetection {
    public static func detect(_ text: ArticleText, segmentation: Segmentation, entities: [EntityMention], language: Language) -> [Quotation] {
        var quotes: [Quotation] = []
        var open: Int? = nil
        for (i, c) in text.scalars.enumerated() {
            if c == "„" || c == "“" && open == nil { open = i; continue }
            if (c == "“" || c == "”"), let o = open { quotes.append(Quotation(spans: [Span(o + 1, i)])); open = nil }
            if c == "\n" { open = nil }
        }
        return quotes
    }
}
