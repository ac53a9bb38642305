/// "heißt es in X": German reports quote documents, websites and places with an impersonal
/// "es heißt" and name the source in a prepositional phrase, before or after the verb:
/// „…“, heißt es in der Erklärung / Auf der Website heißt es: „…“ / Aus Paris hieß es, … „…“ /
/// In dem Bericht hatte es geheißen: „…“. The phrase (or its noun) is the speaker.
extension SpeakerFinder {
    /// Forms of "heißen" used impersonally with "es".
    static let impersonalSayingVerbs: Set<String> = ["heißt", "hieß", "hiess", "geheißen", "hieße"]

    /// Prepositions that introduce where or from whom an impersonal report comes.
    static let sourcePrepositions: Set<String> = ["in", "im", "auf", "aus", "von", "vom", "bei", "beim", "seitens"]

    /// Is unit `v` an impersonal "heißt es" / "es heißt" / "hatte es geheißen"?
    func isImpersonalSaying(_ v: Int) -> Bool {
        // "„…“, so" at the very end of a text asks about the unit after "so": there is none.
        guard units.indices.contains(v), units[v].isWord, SpeakerFinder.impersonalSayingVerbs.contains(units[v].lower) else { return false }
        let after = v + 1 < units.count && units[v + 1].lower == "es"
        let before = v > 0 && units[v - 1].lower == "es" || v > 1 && units[v - 2].lower == "es" && units[v - 1].isWord
        return after || before
    }

    /// The source of an impersonal "heißt es" at `v` inside `clause`: a prepositional phrase
    /// opening the clause ("In dem Antrag heißt es"), else the first one after the verb within a
    /// few words ("heißt es dazu in einer Mitteilung des Vereins").
    func impersonalSource(verb v: Int, clause: Range<Int>) -> Range<Int>? {
        guard isImpersonalSaying(v) else { return nil }
        let start = clause.lowerBound
        // The phrase ends at a comma: a relative clause after it describes it ("Im Brief, den …, heißt es").
        if start < v, SpeakerFinder.sourcePrepositions.contains(units[start].lower),
           let np = phrase(after: start, limit: (start..<v).first(where: { units[$0].text == "," }) ?? v) {
            return np
        }
        let after = v + 1 < units.count && units[v + 1].lower == "es" ? v + 2 : v + 1
        var k = after
        while k < min(clause.upperBound, after + 5, units.count), units[k].isWord {
            if SpeakerFinder.sourcePrepositions.contains(units[k].lower), let np = phrase(after: k, limit: clause.upperBound) {
                return np
            }
            k += 1
        }
        return nil
    }

    /// The source of "wie es aus X hieß": the verb ends the clause, so "es" is not next to it and
    /// the source phrase stands between them.
    func impersonalSource(wie w: Int, verb v: Int) -> Range<Int>? {
        guard SpeakerFinder.impersonalSayingVerbs.contains(units[v].lower) else { return nil }
        guard let p = ((w + 2)..<v).first(where: { SpeakerFinder.sourcePrepositions.contains(units[$0].lower) }) else { return nil }
        return phrase(after: p, limit: v)
    }

    /// Conjunctions that may open a sentence before "wie …" without starting a clause of their own.
    static let clauseLinkingConjunctions: Set<String> = ["aber", "und", "doch", "denn", "jedoch"]

    /// The noun phrase after preposition `p`; else, for phrases the noun-phrase rules do not take
    /// ("auf der documenta-Homepage", "in einer gestern verbreiteten Erklärung"), the words up to
    /// the next punctuation when there is a noun among them.
    private func phrase(after p: Int, limit: Int) -> Range<Int>? {
        if let np = forwardNP(from: p + 1, limit: limit) { return np }
        var end = p + 1
        while end < limit, end < p + 9, units[end].isWord { end += 1 }
        // A hyphen may join a lower-case name to a noun ("documenta-Homepage").
        return units[(p + 1)..<end].contains(where: { $0.isCapitalised || $0.text.split(separator: "-").last?.first?.isUppercase == true })
            ? (p + 1)..<end : nil
    }
}
