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
        .object(fields(for: article, analysis: analysis, id: id, offsets: offsets).map { key, field in
            switch field {
            case .value(let value): return (key, value)
            case .items(let count, let item): return (key, .array((0..<count).map(item)))
            }
        })
    }

    /// The same JSON as `value(...).serialized(pretty:)`, handed to `write` a piece at a time:
    /// the long arrays (sentences, entities, quotes) element by element, so the analysis of a
    /// big article is never held as one tree of values nor as one string.
    public static func write(for article: LoadedArticle, analysis: ArticleAnalysis, offsets: OffsetUnit = .codepoint,
                             pretty: Bool, to write: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        func newline(_ indent: Int) { if pretty { out.append(0x0A); out.append(contentsOf: repeatElement(0x20, count: indent * 2)) } }
        func flush() { if out.count >= 1 << 16 { write(out); out.removeAll(keepingCapacity: true) } }
        out.append(UInt8(ascii: "{"))
        for (n, (key, field)) in fields(for: article, analysis: analysis, offsets: offsets).enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(1)
            out.append(contentsOf: JSONValue.string(key).serializedBytes())
            out.append(UInt8(ascii: ":"))
            if pretty { out.append(0x20) }
            switch field {
            case .value(let value):
                out.append(contentsOf: value.serializedBytes(pretty: pretty, indent: 1))
            case .items(let count, let item):
                out.append(UInt8(ascii: "["))
                for i in 0..<count {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline(2)
                    out.append(contentsOf: item(i).serializedBytes(pretty: pretty, indent: 2))
                    flush()
                }
                if count > 0 { newline(1) }
                out.append(UInt8(ascii: "]"))
            }
        }
        newline(0)
        out.append(UInt8(ascii: "}"))
        write(out)
    }

    /// A top-level field: a value, or an array whose elements are made one at a time.
    enum Field {
        case value(JSONValue)
        case items(Int, (Int) -> JSONValue)
    }

    static func fields(for article: LoadedArticle, analysis: ArticleAnalysis, id: JSONValue? = nil,
                       offsets: OffsetUnit) -> [(String, Field)] {
        let text = article.text
        let map = offsets.map(for: text)
        var fields: [(String, Field)] = []
        if let id { fields.append(("id", .value(id))) }
        var source: [(String, JSONValue)] = [
            ("path", .string(article.path)),
            ("sha256", .string(text.sha256)),
            ("length", .int(text.count)),
            ("language", .string(analysis.language.rawValue)),
            ("format", .string(article.format.rawValue)),
        ]
        if offsets != .codepoint { source.append(("offsets", .string(offsets.rawValue))) }
        if article.format != .plainText || article.rawText != nil { source.append(("text", .string(text.string))) }
        fields.append(("source", .value(.object(source))))
        let s = analysis.segmentation
        fields.append(("sentences", .items(s.sentences.count) { spanObject(s.sentences[$0], map) }))
        fields.append(("paragraphs", .items(s.paragraphs.count) { spanObject(s.paragraphs[$0], map) }))
        fields.append(("headings", .items(s.headings.count) { spanObject(s.headings[$0], map) }))
        fields.append(("entities", .items(analysis.entities.count) { i in
            let e = analysis.entities[i]
            return .object([
                ("start", .int(map.convert(e.span.start))), ("end", .int(map.convert(e.span.end))), ("text", .string(e.text)),
                ("type", .string(e.type.rawValue)), ("canonical", .string(e.canonical)),
                ("confidence", .double((e.confidence * 1000).rounded() / 1000)),
            ])
        }))
        fields.append(("quotes", .items(analysis.quotes.count) { quoteObject(analysis.quotes[$0], text: text, map) }))
        return fields
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
