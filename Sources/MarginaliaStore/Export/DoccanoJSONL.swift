import MarginaliaText

/// doccano's sequence-labelling JSONL: one article a line, `{"text": ..., "label": [[start, end, tag]]}`,
/// offsets in code points (Python `str` indices, as doccano's backend counts).
public enum DoccanoJSONL {
    public static func line(text: ArticleText, labels: [LabeledSpan]) -> String {
        JSONValue.object([
            ("text", .string(text.string)),
            ("label", .array(labels.sorted().map { .array([.int($0.span.start), .int($0.span.end), .string($0.label)]) })),
        ]).serialized()
    }

    /// Reads one line back. Accepts `label` or `labels` (newer doccano), as `[s, e, tag]` arrays
    /// or `{"start_offset", "end_offset", "label"}` objects.
    public static func read(line: String) throws -> (text: ArticleText, labels: [LabeledSpan]) {
        let json: JSONValue
        do { json = try JSONReader.parse(line) } catch { throw ExportError("doccano line: \(error)") }
        guard let string = json["text"]?.stringValue else { throw ExportError("doccano line: no \"text\" string") }
        let text = ArticleText(string)
        var labels: [LabeledSpan] = []
        let entries = (json["label"] ?? json["labels"])?.arrayValue ?? []
        for (n, entry) in entries.enumerated() {
            let start: Int?, end: Int?, label: String?
            if let parts = entry.arrayValue, parts.count == 3 {
                (start, end, label) = (parts[0].intValue, parts[1].intValue, parts[2].stringValue)
            } else {
                (start, end, label) = (entry["start_offset"]?.intValue, entry["end_offset"]?.intValue, entry["label"]?.stringValue)
            }
            guard let start, let end, let label, start >= 0, start <= end, end <= text.count else {
                throw ExportError("doccano line: label \(n + 1) is not [start, end, tag] within the text")
            }
            labels.append(LabeledSpan(span: Span(start, end), label: label))
        }
        return (text, labels)
    }
}
