import MarginaliaText

/// doccano's sequence-labelling JSONL: one article a line,
/// `{"id": ..., "title": ..., "text": ..., "label": [[start, end, tag]]}`, offsets in code
/// points (Python `str` indices, as doccano's backend counts) or, for its editor and other
/// JavaScript tools, UTF-16 units (`ExportOptions.offsets`). doccano keeps `id` and `title`
/// as metadata of the example.
public enum DoccanoJSONL {
    public static func line(text: ArticleText, labels: [LabeledSpan], id: JSONValue? = nil, title: String? = nil,
                            offsets: OffsetUnit = .codepoint) -> String {
        let map = offsets.map(for: text)
        var fields: [(String, JSONValue)] = []
        if let id { fields.append(("id", id)) }
        if let title { fields.append(("title", .string(title))) }
        fields.append(("text", .string(text.string)))
        fields.append(("label", .array(labels.sorted().map {
            let (start, end) = map.convert($0.span)
            return .array([.int(start), .int(end), .string($0.label)])
        })))
        return JSONValue.object(fields).serialized()
    }

    /// Reads one line back. Accepts `label` or `labels` (newer doccano), as `[s, e, tag]` arrays
    /// or `{"start_offset", "end_offset", "label"}` objects. `id` is returned as written.
    public static func read(line: String, offsets: OffsetUnit = .codepoint) throws -> (text: ArticleText, labels: [LabeledSpan], id: String?) {
        let json: JSONValue
        do { json = try JSONReader.parse(line) } catch { throw ExportError("doccano line: \(error)") }
        guard let string = json["text"]?.stringValue else { throw ExportError("doccano line: no \"text\" string") }
        let text = ArticleText(string)
        let map = offsets.map(for: text)
        var labels: [LabeledSpan] = []
        let entries = (json["label"] ?? json["labels"])?.arrayValue ?? []
        for (n, entry) in entries.enumerated() {
            let start: Int?, end: Int?, label: String?
            if let parts = entry.arrayValue, parts.count == 3 {
                (start, end, label) = (parts[0].intValue, parts[1].intValue, parts[2].stringValue)
            } else {
                (start, end, label) = (entry["start_offset"]?.intValue, entry["end_offset"]?.intValue, entry["label"]?.stringValue)
            }
            guard let start, let end, let label, let s = map.codePoint(of: start), let e = map.codePoint(of: end),
                  s <= e, e <= text.count else {
                throw ExportError("doccano line: label \(n + 1) is not [start, end, tag] within the text (\(offsets.rawValue) offsets)")
            }
            labels.append(LabeledSpan(span: Span(s, e), label: label))
        }
        let id = json["id"]?.stringValue ?? json["id"]?.intValue.map(String.init)
        return (text, labels, id)
    }
}
