/// Quotations grouped by who said them, for the Quotes pane ("Maria Sacharowa (2)").
public struct SpeakerGroup: Sendable, Equatable {
    /// The canonical speaker name, or nil for quotations with no known speaker.
    public var speaker: String?
    /// Indices into the quotation list passed to `SpeakerGroups.group`, in text order.
    public var quotations: [Int]

    public var count: Int { quotations.count }
}

public enum SpeakerGroups {
    /// Groups by canonical speaker name: speakers in order of their first quotation, the
    /// quotations without a speaker last.
    public static func group(_ quotations: [Quotation]) -> [SpeakerGroup] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        var unknown: [Int] = []
        for (index, quote) in quotations.enumerated() {
            guard let name = quote.speaker?.canonical else { unknown.append(index); continue }
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(index)
        }
        var groups = order.map { SpeakerGroup(speaker: $0, quotations: members[$0]!) }
        if !unknown.isEmpty { groups.append(SpeakerGroup(speaker: nil, quotations: unknown)) }
        return groups
    }
}
