import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// The `marginalia analyze` output of docs/CONTRACTS.md, field order included.
public enum AnalysisJSON {
    public static func value(for article: LoadedArticle, analysis: ArticleAnalysis, id: JSONValue? = nil) -> JSONValue {
        let text = article.text
        var fields: [(String, JSONValue)] = []
        if let id { fields.append(("id", id)) }
        fields.append(("source", .object([
            ("path", .string(article.path)),
            ("sha256", .string(SHA256.hex(of: text.string))),
            ("length", .int(text.count)),
            ("language", .string(analysis.language.rawValue)),
            ("format", .string(article.format.rawValue)),
        ] + (article.format == .plainText ? [] : [("text", JSONValue.string(text.string))]))))
        fields.append(("sentences", .array(analysis.segmentation.sentences.map { spanObject($0) })))
        fields.append(("paragraphs", .array(analysis.segmentation.paragraphs.map { spanObject($0) })))
        fields.append(("headings", .array(analysis.segmentation.headings.map { spanObject($0) })))
        fields.append(("entities", .array(analysis.entities.map { e in
            .object([
                ("start", .int(e.span.start)), ("end", .int(e.span.end)), ("text", .string(e.text)),
                ("type", .string(e.type.rawValue)), ("canonical", .string(e.canonical)),
                ("confidence", .double((e.confidence * 1000).rounded() / 1000)),
            ])
        })))
        fields.append(("quotes", .array(analysis.quotes.map { quoteObject($0, text: text) })))
        return .object(fields)
    }

    static func spanObject(_ span: Span) -> JSONValue {
        .object([("start", .int(span.start)), ("end", .int(span.end))])
    }

    static func quoteObject(_ q: Quotation, text: ArticleText) -> JSONValue {
        let whole = q.span
        var fields: [(String, JSONValue)] = [
            ("start", .int(whole.start)), ("end", .int(whole.end)),
            ("text", .string(q.spans.map { text[$0] }.joined(separator: " … "))),
        ]
        if q.spans.count > 1 {
            fields.append(("spans", .array(q.spans.map { .array([.int($0.start), .int($0.end)]) })))
        }
        fields.append(("kind", .string(q.kind.rawValue)))
        if let s = q.speaker {
            fields.append(("speaker", .object([
                ("text", .string(s.text)), ("start", .int(s.span.start)), ("end", .int(s.span.end)),
                ("canonical", .string(s.canonical)),
            ])))
        } else {
            fields.append(("speaker", .null))
        }
        return .object(fields)
    }
}
