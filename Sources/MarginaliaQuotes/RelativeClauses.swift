import MarginaliaText
import MarginaliaEntities

/// Relative clauses inside a German clause's first constituent: "Im Bericht, der gestern
/// erschien, heißt es: „…“" — the relative clause belongs to the noun before it, so the clause
/// of "heißt" starts at "Im", not after the last comma.
extension SpeakerFinder {
    /// Does a relative clause open right after the comma at `c` (", der …", ", mit dem …")?
    func opensRelativeClause(afterComma c: Int) -> Bool {
        guard language != .english, c + 1 < units.count, units[c].text == "," else { return false }
        var r = c + 1
        if r + 1 < units.count, SpeakerFinder.placePrepositions.contains(units[r].lower) || ["von", "durch", "wegen"].contains(units[r].lower) { r += 1 }
        return units[r].isWord && !units[r].isCapitalised && SpeakerFinder.relativePronouns.contains(units[r].lower)
    }

    /// The start of the clause whose finite verb is `v`: after the last comma, colon or semicolon
    /// before it, unless that comma closes a relative clause right before the verb; then the
    /// clause reaches back over the relative clause to the noun it describes.
    func clauseStart(verb v: Int, from start: Int) -> Int {
        let breaks = [":", ";", ","]
        guard let b = (start..<v).last(where: { breaks.contains(units[$0].text) }) else { return start }
        guard b == v - 1, units[b].text == ",",
              let c = (start..<b).last(where: { breaks.contains(units[$0].text) }), opensRelativeClause(afterComma: c) else { return b + 1 }
        let before = (start..<c).last(where: { breaks.contains(units[$0].text) }).map { $0 + 1 } ?? start
        return before < c ? before : b + 1
    }
}

extension SpeakerFinder {
    /// "Müllers Einsatz", "Merkels Plan": a capitalised name ending in the genitive -s (or an
    /// apostrophe) right before a common noun of the same phrase that is no name itself, nor a
    /// person ("Meiers Sohn", "Müllers Sprecher" speak).
    func isPrenominalGenitive(_ k: Int, in np: Range<Int>) -> Bool {
        guard language != .english, k + 1 < np.upperBound, units[k].isCapitalised,
              units[k].text.hasSuffix("s") || units[k].text.hasSuffix("'") || units[k].text.hasSuffix("’"),
              units[k + 1].isWord, units[k + 1].isCapitalised,
              !SpeechCueLexicon.isRoleNoun(units[k + 1].lower), !PersonNouns.isPerson(units[k + 1].text) else { return false }
        return !entities.overlapping(units[k + 1].span).contains { $0.type == .PER || $0.type == .ORG }
    }
}
