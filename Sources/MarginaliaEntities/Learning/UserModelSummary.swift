/// What a user model has learned, as lines for `:model` and `marginalia model show`.
public enum UserModelSummary {
    public static func lines(_ m: UserNERModel) -> [String] {
        var lines = ["\(m.updates) corrected sentences learned (\(m.refusedUpdates) refused by the replay check), "
                     + "\(m.weightRows) weight rows, \(m.lexicon.confirmed.count) confirmed and \(m.lexicon.rejected.count) rejected names"]
        let silenced = m.lexicon.rejected.keys.filter(m.lexicon.isSilenced).sorted()
        if !silenced.isEmpty { lines.append("no longer suggested: " + silenced.prefix(12).joined(separator: ", ")) }
        if !m.changes.isEmpty {
            lines.append("last changes (newest first):")
            for c in m.changes.reversed().prefix(10) {
                lines.append("  \(c.kind) \(c.name)" + (c.type.isEmpty ? "" : " as \(c.type)"))
            }
        }
        return lines
    }

    /// The same in one status-line message, most telling first (it may be cut at the screen's edge).
    public static func oneLine(_ m: UserNERModel) -> String {
        var parts: [String] = []
        let silenced = m.lexicon.rejected.keys.filter(m.lexicon.isSilenced).sorted()
        if !silenced.isEmpty { parts.append("no longer suggested: " + silenced.prefix(6).joined(separator: ", ")) }
        if !m.changes.isEmpty {
            parts.append("last: " + m.changes.reversed().prefix(4).map { "\($0.kind) \($0.name)" + ($0.type.isEmpty ? "" : " as \($0.type)") }
                .joined(separator: ", "))
        }
        parts.append("\(m.updates) sentences learned, \(m.refusedUpdates) refused, \(m.weightRows) weight rows, "
                     + "\(m.lexicon.confirmed.count) confirmed / \(m.lexicon.rejected.count) rejected names")
        return "user model: " + parts.joined(separator: " | ")
    }
}
