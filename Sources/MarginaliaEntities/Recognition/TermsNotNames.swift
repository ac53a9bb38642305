import MarginaliaText

/// Capitalised terms that are no names (issue 16: precision of MISC and ORG): substances written
/// as formulas or abbreviations, diseases and roles by their abbreviations, and coined terms in quotation marks that the sentence uses as a
/// common noun. GermEval marks neither ("130 Gramm CO2", "der Sprengstoff TNT", "eine „Achse der
/// Vernunft“"); the tagger reads the capitals and the marks as a name's. Also the groups of states
/// named by a number ("G7", "G20"), which are organisations, not MISC.
enum TermsNotNames {
    /// Substances by formula or abbreviation (general chemistry; not "PET" or "EPO", which
    /// name other things too), diseases and a role by their abbreviations.
    static let commonTerms: Set<String> = [
        "CO2", "CO₂", "SO2", "SO₂", "NO2", "NO₂", "NOx", "N2O", "N₂O", "CH4", "CH₄", "H2O", "H₂O", "NH3", "NH₃",
        "O3", "O₃", "H2S", "H₂S", "TNT", "PVC", "DDT", "PCB", "FCKW", "HFKW", "LSD", "THC", "MDMA", "PFAS",
        "DNA", "DNS", "RNA", "mRNA",
        "AIDS", "Aids", "HIV", "BSE", "SARS", "MERS", "EHEC", "CEO",
    ]

    /// Words before an opening mark that make the quoted phrase a common noun: an indefinite
    /// article or quantifier ("von einer „Gefahr für alle“") or a word that coins a term ("die
    /// sogenannten „Rosinenbomber“", "unter dem Begriff „Fahrendes Volk“").
    static let termCues: Set<String> = CommonNounUse.indefinite.union([
        "sogenannt", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem",
        "genannte", "genannten", "genannter", "genanntes", "genanntem", "Begriff", "Begriffs", "Schlagwort", "Stichwort",
    ])

    static func apply(_ mentions: [EntityMention], text: ArticleText, words: GermanWords = .shipped) -> [EntityMention] {
        // The texts the article uses as a quoted common noun somewhere: dropped everywhere in it
        // ("eine „Wegmarke“ … die „Wegmarke“").
        var terms = Set<String>()
        for m in mentions where (m.type == .MISC || m.type == .ORG) && isQuotedTerm(m, text, words: words) {
            terms.insert(m.text)
        }
        var kept: [EntityMention] = []
        kept.reserveCapacity(mentions.count)
        for var m in mentions {
            if commonTerms.contains(m.text) || isVirusSubtype(m.text) { continue }
            if terms.contains(m.text), m.type == .MISC || m.type == .ORG { continue }
            if m.type == .MISC, isNumberedGroup(m.text) { m.type = .ORG }
            kept.append(m)
        }
        return kept
    }

    /// An influenza subtype: "H5N1", "H1N1".
    static func isVirusSubtype(_ w: String) -> Bool {
        let s = Array(w.unicodeScalars)
        guard s.count >= 4, s.count <= 6, s[0] == "H", let n = s.firstIndex(of: "N"), n > 1, n < s.count - 1 else { return false }
        return s[1..<n].allSatisfy(ScalarClass.isNumeric) && s[(n + 1)...].allSatisfy(ScalarClass.isNumeric)
    }

    /// "G7", "G8", "G20": a group of states.
    static func isNumberedGroup(_ w: String) -> Bool {
        let s = w.unicodeScalars
        return s.count >= 2 && s.count <= 3 && s.first == "G" && s.dropFirst().allSatisfy(ScalarClass.isNumeric)
    }

    /// A mention opening right after a mark that a term cue stands before, whose first word is a
    /// common noun, and that is no part of a hyphenated compound („Bild“-Zeitung).
    static func isQuotedTerm(_ m: EntityMention, _ text: ArticleText, words: GermanWords) -> Bool {
        var open = m.span.start - 1
        if open > 0, text[open] == " " { open -= 1 }
        guard open > 0, "„\"«»“‚".unicodeScalars.contains(text[open]) else { return false }
        var close = m.span.end
        if close < text.count, text[close] == " " { close += 1 }
        if close + 1 < text.count, text[close] == WorkTitles.Marks(open: text[open]).close, text[close + 1] == "-" { return false }
        var before = open
        while before > 0, text[before - 1] == " " { before -= 1 }
        guard before < open, let cue = wordEnding(at: before, text), isTermCue(text[cue]) else { return false }
        let first = m.text.split(separator: " ").first.map(String.init) ?? m.text
        return words.isCommonNoun(first)
    }

    static func isTermCue(_ w: String) -> Bool { termCues.contains(w) || CommonNounUse.indefinite.contains(w.lowercased()) }

    /// The word of letters that ends right before `end`.
    static func wordEnding(at end: Int, _ text: ArticleText) -> Span? {
        var s = end
        while s > 0, NameContinuation.isLetter(text[s - 1]) { s -= 1 }
        return s < end ? Span(s, end) : nil
    }
}
