import MarginaliaText

/// A body named by capitalised adjectives before a compound whose last part is an organisation's
/// head: "der Internationale Strafgerichtshof", "die Evangelische Beispielpartei", "die Deutsche
/// Luftsicherung", "des Europäischen Musterverbands". Inside a sentence an adjective is capitalised
/// only as part of a name, and a compound that ends in such a head names a body.
/// Not the bare head ("das Auswärtige Amt", "der Oberste Rat", "das Historische Institut" are no
/// names in GermEval), not after a place adjective in -er ("die Berliner Polizei", "der Kölner
/// Stadtrat": a place and a common noun), not at a sentence's start, and not where the name goes on
/// ("… Gesellschaft für …").
enum GermanAdjectiveBodies {
    /// Last parts of a compound that names a body, lower case, in the nominative singular or plural.
    static let headEndings: [String] = [
        "partei", "gerichtshof", "gemeinschaft", "organisation", "agentur", "kommission", "bank", "union", "allianz",
        "liga", "bund", "verband", "rat", "betriebe", "werke", "versicherung", "sicherung", "stiftung", "akademie",
        "komitee", "gesellschaft", "behörde", "versammlung", "kongress", "zentrum", "institut", "bewegung", "fonds",
        // chambers ("Bayerische Landesärztekammer")
        "kammer",
    ]
    /// Heads that name a body after such adjectives as whole words, with their genitives: bishops'
    /// conferences, federations of towns, state railways and armies ("die Beispielische
    /// Bischofskonferenz", "der Deutsche Städtetag", "die Musterländischen Bundesbahnen").
    static let wholeHeadForms: Set<String> = Set([
        "Bischofskonferenz", "Rektorenkonferenz", "Gemeindetag", "Städtetag", "Landkreistag", "Bundesbahn", "Bundesbahnen", "Bundesheer",
        "Bundesforste",
    ].flatMap { [$0, $0 + "s", $0 + "es"] })
    /// The endings with their genitives ("des Deutschen Musterverbandes", "der Europäischen Beispielbank").
    static let headForms: [String] = headEndings.flatMap { [$0, $0 + "s", $0 + "es"] }

    /// Compounds ending like a head that name no body ("Heirat", "Vorrat", "Apparat", "Beirat").
    static func isFalseCompound(_ lower: String) -> Bool {
        for ending in ["heirat", "vorrat", "apparat", "beirat", "zierat", "gaskammer", "schatzkammer", "folterkammer", "dunkelkammer", "herzkammer", "speisekammer", "brennkammer"] where lower.contains(ending) { return true }
        return false
    }

    /// The span of such a name whose head is token `i`, or nil.
    static func body(_ s: [Token], headAt i: Int, words: GermanWords) -> Span? {
        guard i > 1 else { return nil }
        let word = s[i].text
        // Asked of every token: the word before must end like an adjective (a byte) and the word be
        // long and capitalised before any ending is compared.
        guard let end = s[i - 1].text.utf8.last, end == UInt8(ascii: "e") || end == UInt8(ascii: "n") || end == UInt8(ascii: "s")
                || end == UInt8(ascii: "r"), word.utf8.count >= 7, GermanNamePatterns.isCapitalised(word),
              GermanNamePatterns.isCapitalised(s[i - 1].text) else { return nil }
        // A compound: the word is capitalised, the ending lower case, so the head has a first part
        // ("Strafgerichtshof", "Cyber-Abwehrzentrum"). Compared in bytes: asked of every long word.
        guard headForms.contains(where: { GermanNamePatterns.endsWith(word, $0) }) || wholeHeadForms.contains(word),
              !isFalseCompound(word.lowercased()) else { return nil }
        var start = i
        while start > 1, i - start < 3, isBodyAdjective(s[start - 1].text, words: words) { start -= 1 }
        guard start < i else { return nil }
        // The word before is lower case or punctuation: a capitalised one makes a longer name whose
        // edge a rule cannot tell ("Quendel Europäische Beispielbank").
        let before = s[start - 1].text
        if GermanNamePatterns.isCapitalised(before) && !["Der", "Die", "Das", "Den", "Dem", "Des"].contains(before) { return nil }
        if GermanNamePatterns.indefiniteArticles.contains(before) { return nil }
        if i + 1 < s.count, ["für", "von", "zur", "zum"].contains(s[i + 1].text) { return nil }
        // "die Beispielische Bischofskonferenz der Musterinseln": the whole head's name goes on.
        if i + 1 < s.count, wholeHeadForms.contains(word), s[i + 1].text == "der" || s[i + 1].text == "des" { return nil }
        return Span(s[start].span.start, s[i].span.end)
    }

    /// A capitalised adjective inside a name: ending -e, -en, -es, or -er only after "-isch",
    /// "-al" or "-ig" ("Deutscher", "Internationaler"); not a place's ("Berliner") nor a listed noun.
    static func isBodyAdjective(_ w: String, words: GermanWords) -> Bool {
        // "US-amerikanische": a description of origin, capitalised for its first part only.
        guard GermanNamePatterns.isNameAdjective(w), !w.utf8.contains(UInt8(ascii: "-")) else { return false }
        // An adjective in -isch or -al may be listed as a noun too ("Internationale"); another word
        // must not be a listed noun.
        let stem = w.hasSuffix("en") || w.hasSuffix("es") || w.hasSuffix("er") ? String(w.dropLast(2)) : String(w.dropLast())
        guard GermanNamePatterns.endsWith(stem, "isch") || GermanNamePatterns.endsWith(stem, "al")
                || GermanNamePatterns.isAttributive(w, words: words) else { return false }
        if GermanNamePatterns.endsWith(w, "er") {
            return GermanNamePatterns.endsWith(w, "ischer") || GermanNamePatterns.endsWith(w, "aler") || GermanNamePatterns.endsWith(w, "iger")
        }
        return true
    }

    /// Adds each such name where no mention crosses it; mentions inside it give way.
    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, words: GermanWords) -> [EntityMention] {
        GermanOrganisationShapes.addingNames(mentions, tokens: tokens, text: text) { body($0, headAt: $1, words: words) }
    }
}
