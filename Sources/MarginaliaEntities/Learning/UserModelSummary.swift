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
}
