import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// The `marginalia analyze` output of docs/CONTRACTS.md, field order included.
public enum AnalysisJSON {
    /// `offsets`: the unit of every start/end (code points unless a JavaScript tool asks for
    /// UTF-16); `source.offsets` names it when it is not code points. The loaded text is printed
    /// (`source.text`) when it is not the input's plain text: extracted from Markdown or HTML, or
    /// normalised (`article.rawText`: a BOM or CRLF in a JSON-lines text).
    public static func value(for article: LoadedArticle, analysis: ArticleAnalysis, id: JSONValue? = nil,
                             offsets: OffsetUnit = .codepoint) -> JSONValue {
        let text = article.text
        let map = offsets.map(for: text)
        var fields: [(String, JSONValue)] = []
        if let id { fields.append(("id", id)) }
        var source: [(String, JSONValue)] = [
            ("path", .string(article.path)),
            ("sha256", .string(text.sha256)),
            ("length", .int(text.count)),
            ("language", .string(analysis.language.rawValue)),
            ("format", .string(article.format.rawValue)),
        ]
        if offsets != .codepoint { source.append(("offsets", .string(offsets.rawValue))) }
        if article.format != .plainText || article.rawText != nil { source.append(("text", .string(text.string))) }
        fields.append(("source", .object(source)))
        fields.append(("sentences", .array(analysis.segmentation.sentences.map { spanObject($0, map) })))
        fields.append(("paragraphs", .array(analysis.segmentation.paragraphs.map { spanObject($0, map) })))
        fields.append(("headings", .array(analysis.segmentation.headings.map { spanObject($0, map) })))
        fields.append(("entities", .array(analysis.entities.map { e in
            .object([
                ("start", .int(map.convert(e.span.start))), ("end", .int(map.convert(e.span.end))), ("text", .string(e.text)),
                ("type", .string(e.type.rawValue)), ("canonical", .string(e.canonical)),
                ("confidence", .double((e.confidence * 1000).rounded() / 1000)),
            ])
        })))
        fields.append(("quotes", .array(analysis.quotes.map { quoteObject($0, text: text, map) })))
        return .object(fields)
    }

    static func spanObject(_ span: Span, _ map: OffsetMap) -> JSONValue {
        .object([("start", .int(map.convert(span.start))), ("end", .int(map.convert(span.end)))])
    }

    static func quoteObject(_ q: Quotation, text: ArticleText, _ map: OffsetMap) -> JSONValue {
        let whole = q.span
        var fields: [(String, JSONValue)] = [
            ("start", .int(map.convert(whole.start))), ("end", .int(map.convert(whole.end))),
            ("text", .string(q.spans.map { text[$0] }.joined(separator: " … "))),
        ]
        if q.spans.count > 1 {
            fields.append(("spans", .array(q.spans.map { .array([.int(map.convert($0.start)), .int(map.convert($0.end))]) })))
        }
        fields.append(("kind", .string(q.kind.rawValue)))
        if let s = q.speaker {
            fields.append(("speaker", .object([
                ("text", .string(s.text)), ("start", .int(map.convert(s.span.start))), ("end", .int(map.convert(s.span.end))),
                ("canonical", .string(s.canonical)),
            ])))
        } else {
            fields.append(("speaker", .null))
        }
        return .object(fields)
    }
}
