import MarginaliaText

/// Organisation names built from a body's head noun and what follows it (issue 16):
/// - an association named by its members or trade in the genitive: "Bund der Steuerzahler",
///   "Zentralrat der Beispielgemeinden in Deutschland",
///   "Verband der Automobilindustrie", "Vereinigung der kommunalen Arbeitgeber", "Verein
///   Deutscher Ingenieure";
/// - a school or hospital named after its site: "Grundschule am Lindenplatz", "Gymnasium an der
///   Gartenstraße";
/// - a federal body named by one compound noun ("Bundesverfassungsgericht"), and a name ending in a
///   hyphenated institution ("Robert Koch-Institut").
/// Tables of word shapes and of a country's constitutional bodies, no other body's name.
extension GermanNamePatterns {
    /// Heads of associations that a genitive names ("Bund der Steuerzahler"); whole words, or
    /// compounds ending so ("Bundesverband der …", "Arbeitgebervereinigung"). Not "Bündnis der …"
    /// nor "Zentrum der …", "Institut der …": in news those are mostly a description ("das Zentrum
    /// der Stadt", "das größte Institut der Welt").
    /// Compared one by one, not hashed: asked of every capitalised word before "der" or "des".
    static let memberBodyHeads: [String] = ["Bund", "Bundes", "Verein", "Vereins", "Gewerkschaft", "Zentralrat", "Zentralrats", "Zentralrates"]
    /// Endings in both cases: "Verband" and "Bundesverband" ("Bereinigung" is no body).
    static let memberBodyEndings: [String] = ["verband", "Verband", "verbands", "Verbands", "verbandes", "Verbandes", "vereinigung", "Vereinigung"]

    /// Genitives after such a head that describe rather than name ("der Verband des Jahres",
    /// "den Bund der Ehe").
    static let descriptiveGenitives: Set<String> = [
        "Welt", "Stadt", "Jahres", "Jahre", "Landes", "Region", "Gemeinde", "Zukunft", "Zeit", "Ehe", "Liebe", "Freundschaft",
        "Geschichte", "Saison", "Woche", "Monats", "Tages", "Gegenwart", "Vergangenheit",
    ]

    /// "Bund der Steuerzahler", "Verband Deutscher Zeitschriftenverleger": a member body's head,
    /// then der / des (with lower-case or capitalised adjectives) or a capitalised adjective in -er
    /// alone, then a capitalised noun that is no place, no acronym and no description.
    static func memberBody(_ s: [Token], headAt i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        // Asked of every token: the link word compared and the head's ending read in bytes before
        // any hashing.
        guard i + 2 < s.count, isCapitalised(s[i].text) else { return nil }
        let link = s[i + 1].text
        let article = link.utf8.count == 3 && (link == "der" || link == "des")
        // "Deutscher", "Europäischer": an adjective's genitive plural, capitalised inside the name.
        // The noun list holds them as nouns ("ein Deutscher"), so the list is not asked.
        guard article || isCapitalised(link) && endsWith(link, "er") && link.unicodeScalars.count >= 5 else { return nil }
        let head = s[i].text
        guard memberBodyEndings.contains(where: { endsWith(head, $0) }) || memberBodyHeads.contains(where: { $0 == head }) else { return nil }
        if !article, lexicon.isPlace(link) { return nil }
        // "der größte Verband der Welt", "der europäische Dachverband des …", "ein Verein der …":
        // a description, not a name.
        if i > 0, indefiniteArticles.contains(s[i - 1].text) || !isCapitalised(s[i - 1].text) && isAdjectiveBeforeNoun(s[i - 1].text, words: words)
            && !["der", "die", "das", "den", "dem", "des"].contains(s[i - 1].text) { return nil }
        var j = i + 2
        // Adjectives before the noun: "der kommunalen Arbeitgeber", "des Deutschen Handwerks" (a
        // capitalised one only before a capitalised word, and no noun unless it ends like
        // "Deutschen": the list holds nationalities as nouns).
        while j + 1 < s.count, j - i <= 4, isCapitalised(s[j + 1].text), isAdjectiveBeforeNoun(s[j].text, words: words) { j += 1 }
        guard j < s.count else { return nil }
        let noun = s[j].text
        guard isCapitalised(noun), noun.unicodeScalars.contains(where: ScalarClass.isLowercase), !descriptiveGenitives.contains(noun),
              !lexicon.isPlace(noun), !isPlaceGenitive(noun, lexicon), words.wordClass(noun) != .other else { return nil }
        // "Bundesverband der Hersteller von Nährmitteln …", "Verband der Veteranen des Krieges": the
        // name goes on further than a rule can tell.
        if j + 1 < s.count, s[j + 1].text == "von" || s[j + 1].text == "für" { return nil }
        if j + 2 < s.count, s[j + 1].text == "des" || s[j + 1].text == "der", isCapitalised(s[j + 2].text) { return nil }
        // "Zentralrat der Juden in Deutschland", "Bund der Kirchen in der DDR": a country closes the name.
        if j + 2 < s.count, s[j + 1].text == "in" {
            let k = j + 3 < s.count && s[j + 2].text == "der" ? j + 3 : j + 2
            if lexicon.countries.contains(s[k].text) || countriesAndRegions.contains(s[k].text) { j = k }
        }
        return Span(s[i].span.start, s[j].span.end)
    }

    /// Does `w` end in the ASCII `suffix`, compared in bytes?
    /// Asked many times per word by the patterns: the bytes compared in place (the generic
    /// `suffix(n).elementsEqual` walked indices and showed in profiles).
    static func endsWith(_ w: String, _ suffix: String) -> Bool {
        let n = suffix.utf8.count, m = w.utf8.count
        guard m >= n else { return false }
        if let equal = w.utf8.withContiguousStorageIfAvailable({ wb in
            suffix.utf8.withContiguousStorageIfAvailable { sb in
                var k = 0
                while k < n, wb[m - n + k] == sb[k] { k += 1 }
                return k == n
            }
        }), let equal { return equal }
        return w.utf8.suffix(n).elementsEqual(suffix.utf8)
    }

    private static func isAdjectiveBeforeNoun(_ w: String, words: GermanWords) -> Bool {
        guard w.unicodeScalars.count >= 4, ["e", "en", "er", "es"].contains(where: { w.hasSuffix($0) }), !notAdjectives.contains(w) else { return false }
        if !isCapitalised(w) { return true }
        return w.hasSuffix("schen") || w.hasSuffix("scher") || !words.isCommonNoun(w)
    }

    /// Heads of schools and hospitals named after their site ("Grundschule am Lindenplatz").
    static let siteNamedHeads: Set<String> = ["Schule", "Gymnasium", "Klinikum", "Krankenhaus", "Kolleg", "Lyzeum"]
    static let siteNamedEndings: [String] = ["schule", "gymnasium", "Schule", "Gymnasium"]

    /// "Grundschule am Lindenplatz", "Gymnasium an der Gartenstraße", "Schule im Rosengarten":
    /// a school's or hospital's head, am / im / an der, and a capitalised word the noun list does not
    /// hold ("am Montag", "im Norden", "am Stadtrand" are times and directions, not names). Not
    /// after an indefinite article ("eine Schule am Waldrand").
    static func siteNamedInstitution(_ s: [Token], headAt i: Int, words: GermanWords, lexicon: Lexicon) -> Span? {
        // Asked of every token: the link's length and the head's capital before any comparison.
        guard i + 2 < s.count, s[i + 1].text.utf8.count == 2, isCapitalised(s[i].text) else { return nil }
        var j = i + 1
        switch s[j].text {
        case "am", "im": j += 1
        case "an": guard s[j + 1].text == "der" else { return nil }; j += 2
        default: return nil
        }
        let head = s[i].text
        guard j < s.count, isCapitalised(head),
              siteNamedEndings.contains(where: { endsWith(head, $0) }) || siteNamedHeads.contains(head) else { return nil }
        if i > 0, indefiniteArticles.contains(s[i - 1].text) { return nil }
        let site = s[j].text
        guard isCapitalised(site), site.unicodeScalars.contains(where: ScalarClass.isLowercase), !words.isListedNoun(site),
              words.wordClass(site) != .other, !lexicon.firstNames.contains(site) else { return nil }
        // Capitalised adjectives before the head belong to the name ("Evangelische Schule am …").
        var start = i
        while start > 1, isNameAdjective(s[start - 1].text), isAttributive(s[start - 1].text, words: words) { start -= 1 }
        return Span(s[start].span.start, s[j].span.end)
    }
}

extension GermanNamePatterns {
    // The table `federalBodies` stands with the other tables of named organisations in
    // GermanKnownOrganisations.swift.

    /// A federal body's name as a whole word (not "Bundeswehr-Hubschrauber"). Each is unique, so
    /// after an indefinite article it is some other body's organ ("auf einem außerordentlichen
    /// Bundestag wählte der Sportverband …"), not the federal one.
    static func federalBody(_ s: [Token], at i: Int) -> Span? {
        let w = s[i].text
        guard w.utf8.first == UInt8(ascii: "B"), w.utf8.count >= 9, w.hasPrefix("Bundes"), federalBodyForms.contains(w) else { return nil }
        var k = i - 1
        while k >= 0, i - k <= 3, !isCapitalised(s[k].text), !indefiniteArticles.contains(s[k].text),
              ["e", "en", "er", "es", "em"].contains(where: { s[k].text.hasSuffix($0) }) { k -= 1 }
        if k >= 0, indefiniteArticles.contains(s[k].text) { return nil }
        // "Bundesrat Beispielmann": a member's title (in Switzerland and Austria) before a name.
        if w.hasPrefix("Bundesrat"), i + 1 < s.count, isCapitalised(s[i + 1].text) { return nil }
        return s[i].span
    }

    /// "Robert Koch-Institut", "Ernst Abbe-Gymnasium": a name of several words whose last word is a
    /// hyphenated institution ("…-Institut", "…-Schule") is that institution, not a person.
    static func typeInstitutionCompounds(_ mentions: inout [EntityMention]) {
        // Bytes looked at first: a space and a hyphen (String.contains walks Characters).
        for k in mentions.indices where mentions[k].type != .ORG && mentions[k].text.utf8.contains(0x20) && mentions[k].text.utf8.contains(0x2D) {
            guard let last = mentions[k].text.split(separator: " ").last, last.contains("-"),
                  let head = last.split(separator: "-").last, compoundInstitutionHeads.contains(String(head)) else { continue }
            mentions[k].type = .ORG
        }
    }
}
