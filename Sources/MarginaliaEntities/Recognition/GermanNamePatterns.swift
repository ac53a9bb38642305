import MarginaliaText

/// Name patterns the sentence tagger misses or cuts, applied to its German mentions:
/// - organisations with a legal form: "Beispiel Logistik GmbH", "Freunde des Stadtparks e. V.";
/// - institutions named by a head noun and a place: "Landgericht Köln", "Stadtwerke Bremen",
///   "Technische Universität München";
/// - common-noun evidence: a lone, unconfident capitalised common noun (a role, a title, an
///   object) is not a name.
/// The tables are word shapes and legal forms, not names: nothing here lists a particular body.
public enum GermanNamePatterns {
    /// Legal forms closing an organisation's name (as tokens; "e. V." is matched on the text).
    static let legalForms: Set<String> = [
        "GmbH", "gGmbH", "mbH", "AG", "Aktiengesellschaft", "KG", "KGaA", "OHG", "GbR", "SE", "UG", "eG", "e.V.", "e.G.", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "plc",
        // English forms that keep their period ("Beispiel Corp.", "Beispiel Bros.", "Beispiel & Co.").
        "Corp", "Corp.", "Co.", "Bros.",
    ]
    private static let lowercasedLegalForms = Set(legalForms.map { $0.lowercased() })

    /// Is `word` a legal form, in any case ("Beispiel GmbH", "con solar ag")? The quote judge asks too.
    public static func isLegalForm(anyCase word: String) -> Bool { lowercasedLegalForms.contains(word.lowercased()) }

    /// Endings of nouns that head an institution's name when a place follows ("Landgericht",
    /// "Amtsgericht", "Stadtwerke", "Finanzamt", "Handwerkskammer", "Universität").
    static let institutionEndings: [String] = [
        "gericht", "gerichtshof", "amt", "werke", "kammer", "schule", "universität", "klinik", "klinikum",
        "krankenhaus", "präsidium", "anwaltschaft", "sparkasse", "volksbank", "museum", "theater", "zoo",
        "tierpark", "gymnasium", "verwaltung", "bibliothek", "oper", "philharmonie", "ministerium", "akademie",
        "zentrale", "polizei", "anstalt", "behörde", "agentur", "verband", "verein", "stiftung", "institut", "zentrum",
        "warte", "center", "feuerwehr", "gefängnis", "galerie", "orchester", "schauspielhaus", "kunsthalle", "bühne", "bühnen",
        "konservatorium", "studio", "studios",
        // Banks named by their region or town ("Raiffeisenbank Beispieltal", "Landesbank Musterland").
        // A police office before its town is left out: GermEval keeps the town alone there.
        "raiffeisenbank", "landesbank",
        // Hospitals, district and audit authorities, federations of towns and job centres named by
        // their canton, district or town ("Kantonsspital Beispielstadt", "Bezirkshauptmannschaft Muster").
        "kantonsspital", "regionalspital", "bezirksspital", "hauptmannschaft", "bezirksregierung", "rechnungshof",
        "landkreistag", "städtetag", "gemeindetag", "autobahnmeisterei", "jobcenter", "universitätsmedizin",
    ]

    /// Short heads of an institution's name, matched as whole words ("Uni Beispielstadt": "Juni"
    /// before a place is no university; "Messe Beispielstadt" is the trade-fair company, a "Fachmesse"
    /// before a place no body; "Diakonie Musterland", "Caritas Beispielstadt" the church charities).
    static let institutionShortHeads: Set<String> = ["Uni", "Messe", "Diakonie", "Caritas"]

    /// The endings and their genitives, compared in bytes.
    static let institutionEndingForms: [String] = institutionEndings.flatMap { [$0, $0 + "s", $0 + "es", $0 + "ses"] }

    /// Head nouns of media and party names after capitalised adjectives ("Süddeutsche Zeitung",
    /// "Bayerischer Rundfunk", "Kieler Nachrichten", "Freie Demokratische Partei", "Kölner Zoo");
    /// a hyphenated compound counts by its last part ("Kölner Stadt-Anzeiger").
    static let namedHeads: Set<String> = [
        "Zeitung", "Rundfunk", "Rundschau", "Anzeiger", "Morgenpost", "Post", "Kurier", "Tagblatt", "Tageblatt",
        "Nachrichten", "Presse", "Presse-Agentur", "Nachrichtenagentur", "Partei", "Zoo", "Tierpark",
        // Churches named by their confession ("Evangelische Kirche", "Lippische Landeskirche").
        "Kirche", "Landeskirche",
    ]

    /// Heads that are names only after a place adjective in -er ("Kieler Nachrichten", not "Gute Nachrichten").
    static let placeAdjectiveHeads: Set<String> = ["Nachrichten", "Presse", "Post"]

    /// Capitalised words ending like an adjective that determine a noun rather than name it.
    static let determinerAdjectives: Set<String> = [
        "Jede", "Jeder", "Jedes", "Diese", "Dieser", "Dieses", "Welche", "Welcher", "Keine", "Keiner", "Alle", "Manche",
        "Einige", "Viele", "Andere", "Anderer", "Beide", "Unsere", "Unserer", "Ihre", "Ihrer", "Seine", "Seiner", "Meine",
        "Solche", "Jene", "Jener", "Sämtliche", "Erste", "Erster", "Letzte", "Letzter", "Nächste", "Einzige",
    ]

    /// Mentions below this confidence that are a single common noun are dropped.
    static let commonNounConfidence = 0.75
    static let patternConfidence = 0.85
    /// Below this the tagger's name gives way to a pattern that crosses it.
    static let unsureConfidence = 0.1

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords = .shipped) -> [EntityMention] {
        // A word found confidently somewhere in the article is a name there and everywhere.
        let confident = Set(mentions.filter { $0.confidence >= commonNounConfidence }.map(\.text))
        var result = mentions.filter { confident.contains($0.text) || !isCommonNoun($0, lexicon: lexicon, words: words) }
        typeRegionsAsPlaces(&result, text: text)
        GermanPlaceFrames.apply(&result, text: text, lexicon: lexicon, words: words)
        var added: [EntityMention] = []
        // Where each place the tagger found starts, and where it ends ("St. Pauli" is one place).
        var locations: [Int: Int] = [:]
        for m in result where m.type == .LOC { locations[m.span.start] = m.span.end }
        let organisations = Set(result.filter { $0.type == .ORG }.map(\.span.start))
        var organisationEnds: [Int: Int] = [:]
        for m in result where m.type == .ORG { organisationEnds[m.span.start] = m.span.end }
        // A pattern inside a longer name the tagger found does not cut it ("1. FC Nürnberg",
        // "Mitteldeutscher Verlag Halle").
        // A name the tagger is unsure of does not block one ("Mercantile Exchange pro Unze Gold"
        // inside "New Yorker Mercantile Exchange pro Unze Gold").
        let foundSpans = result.filter { $0.confidence >= unsureConfidence }.map(\.span).sorted()
        // Asked once per article, and only where a club's shape ("Hannover 96") was seen.
        var aboutSport: Bool? = nil
        // Particle and surname of each particle name found ("zu Guttenberg"), to be found alone later.
        var particleTails = Set<[String]>()
        // Organisations named after a noun of their kind ("der Konzern X") or before an organisation's
        // compound head ("X-Konzern"), to be found alone later.
        var apposedNames = Set<String>()
        // Last words of the people named in full: such a word after a media noun is an object.
        var surnames = Set<String>()
        for m in result where m.type == .PER && m.text.utf8.contains(0x20) && !isAfterOrganisationKind(m.span, text, lexicon: lexicon) {
            if let last = m.text.split(separator: " ").last { surnames.insert(String(last)) }
        }
        for sentence in tokens {
            var i = 0
            while i < sentence.count {
                var found: EntityMention? = nil
                var particle: Int? = nil
                var apposed = false
                // Most patterns need a capitalised word at `i` (a head, a kind noun, a place's
                // name): asked once here, so that for lower-case words and punctuation (most
                // tokens) those patterns are not called at all. A pattern that may start at
                // another token (a quote mark, a particle, "e. V.", "dpa") stays ungated.
                let capital = isCapitalised(sentence[i].text)
                if let span = mediaTitle(sentence, openAt: i) ?? quotedOrganisation(sentence, openAt: i) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = unquotedMediaTitle(sentence, at: i) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = mediaApposition(sentence, nounAt: i, words: words, lexicon: lexicon, surnames: surnames) {
                    found = mention(span, .ORG, text)
                } else if let span = legalFormName(sentence, closingAt: i, text: text, words: words, surnames: surnames) {
                    found = mention(span, .ORG, text)
                    if let stem = legalNameStem(sentence, span: span, closingAt: i, lexicon: lexicon, words: words, surnames: surnames) { apposedNames.insert(stem) }
                } else if let span = particleName(sentence, particleAt: i, lexicon: lexicon, words: words, organisations: organisations) {
                    found = mention(span, .PER, text)
                    particle = i
                } else if capital, let span = memberBody(sentence, headAt: i, lexicon: lexicon, words: words)
                            ?? siteNamedInstitution(sentence, headAt: i, words: words, lexicon: lexicon) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = purposeInstitution(sentence, headAt: i, lexicon: lexicon, locations: locations, words: words) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = publicOffice(sentence, at: i, lexicon: lexicon, locations: locations, words: words) ?? codedBody(sentence, at: i) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = institution(sentence, headAt: i, lexicon: lexicon, locations: locations, words: words) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = organisationApposition(sentence, nounAt: i, words: words, lexicon: lexicon, surnames: surnames, locations: locations) {
                    found = mention(span, .ORG, text)
                    apposed = true
                } else if let span = lowerCaseName(sentence, at: i) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = federalBody(sentence, at: i), !organisations.contains(span.start) {
                    found = mention(span, .ORG, text)
                } else if let span = knownOrganisation(sentence, at: i, surnames: surnames) ?? partyByAdjective(sentence, at: i),
                          organisationEnds[span.start] != span.end {
                    found = mention(span, .ORG, text)
                } else if capital, let span = numberedClub(sentence, at: i, lexicon: lexicon, words: words),
                          aboutSport ?? { let a = isAboutSport(tokens); aboutSport = a; return a }() {
                    found = mention(span, .ORG, text)
                } else if capital, let span = adjectiveHeadedName(sentence, headAt: i, lexicon: lexicon) {
                    found = mention(span, .ORG, text)
                } else if capital, let span = englishPlaceName(sentence, headAt: i, words: words, lexicon: lexicon) {
                    found = mention(span, .LOC, text)
                } else if let span = !capital ? camelCaseBrand(sentence, at: i)
                            : webOutlet(sentence, headAt: i) ?? compoundInstitution(sentence, at: i, lexicon: lexicon, words: words)
                            ?? ofNamedBody(sentence, headAt: i, lexicon: lexicon, words: words)
                            ?? englishHeadedName(sentence, headAt: i, words: words) ?? teamName(sentence, at: i, organisations: organisationEnds)
                            ?? clubBySuffix(sentence, at: i, words: words, lexicon: lexicon) {
                    found = mention(span, .ORG, text)
                }
                i += 1
                guard let m = found, !isInsideLonger(m.span, found: foundSpans) else { continue }
                // A legal form's name may reach back over a pattern found before it ("… Köln GmbH").
                // Patterns are found in text order and never overlap, so the ones it reaches are
                // the last few (removing from the whole list made long documents quadratic).
                while let last = added.last, last.span.overlaps(m.span) { added.removeLast() }
                added.append(m)
                while i < sentence.count, sentence[i].span.start < m.span.end { i += 1 }
                if let p = particle { particleTails.insert(sentence[p..<i].map(\.text)) }
                if apposed { apposedNames.insert(m.text) }
            }
        }
        if !particleTails.isEmpty {
            added += particleTailNames(particleTails, in: tokens, text: text, added: added, found: foundSpans)
            added.sort { $0.span < $1.span }
        }
        // The pattern's span replaces the pieces the tagger found inside or across it. `added` is
        // sorted and free of overlaps: one binary search per mention instead of a pass per pattern.
        result.removeAll { overlapsAny($0.span, added) }
        result.append(contentsOf: added)
        result.sort { $0.span < $1.span }   // in place: no second copy of a big article's mentions
        organisationEdges(&result, text: text, lexicon: lexicon, words: words)
        typeRepublicsAsPlaces(&result)
        typeInstitutionCompounds(&result)
        dropCommitteeCompounds(&result)
        mergedNames(&result, text: text)
        result = listedAfterKind(result, tokens: tokens, text: text, words: words, names: &apposedNames)
        apposedNames.formUnion(compoundEvidenceNames(tokens: tokens, lexicon: lexicon, words: words, surnames: surnames))
        result = repeatOrganisationNames(result, names: apposedNames, tokens: tokens, text: text, lexicon: lexicon)
        result = listedOrganisations(inflectedOrganisations(result, tokens: tokens, text: text), text: text)
        return acronymExpansions(bracketAcronyms(result, text: text), tokens: tokens, text: text)
    }

    /// Does `span` start inside a name of `sorted` (in text order), or lie inside a longer one?
    /// Or end inside one ("Fußballverein Benfica" in "Benfica Lissabon")? The tagger's name wins
    /// then ("Mitteldeutscher Verlag Halle" before "Halle (Saale)"); a pattern starting where the
    /// tagger's name starts, or before it, may extend it ("Kranich Solar" + "AG").
    static func isInsideLonger(_ span: Span, found sorted: [Span]) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        // Names starting before it (the nearest few), then those starting inside it.
        var k = max(0, lo - 3)
        while k < sorted.count, sorted[k].start < span.end {
            let f = sorted[k]
            if f.start < span.start && span.start < f.end || f.start == span.start && f.end > span.end
                || f.start > span.start && f.end > span.end { return true }
            k += 1
        }
        return false
    }

    /// Does `span` overlap one of `sorted` (in text order, not overlapping each other)?
    static func overlapsAny(_ span: Span, _ sorted: [EntityMention]) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo].span.overlaps(span)
    }

    static func mention(_ span: Span, _ type: EntityType, _ text: ArticleText) -> EntityMention {
        let surface = text[span]
        return EntityMention(span: span, text: surface, type: type, canonical: surface, confidence: patternConfidence)
    }

    /// Asked of nearly every token: ScalarClass answers ASCII from a table.
    static func isCapitalised(_ s: String) -> Bool { s.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }

    /// A capitalised word that may stand inside a name: not a frequent non-noun placed first
    /// ("Gestern", "Laut"), and not a determiner.
    private static func isNameWord(_ token: Token, first: Bool, words: GermanWords) -> Bool {
        guard isCapitalised(token.text) else { return false }
        if first, words.wordClass(token.text) == .other { return false }
        return !["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines"].contains(token.text)
    }

    /// "Beispiel Logistik GmbH", "Freunde des Stadtparks e. V.": capitalised words (and "&", "-",
    /// "für", "und") before a legal form, back to a determiner, a lower-case word or punctuation.
    private static func legalFormName(_ s: [Token], closingAt i: Int, text: ArticleText, words: GermanWords, surnames: Set<String> = []) -> Span? {
        var end: Int
        // Legal forms are ASCII and start with a capital, "g", "m" or "e": most tokens are not hashed.
        guard let lead = s[i].text.utf8.first, lead >= 65 && lead <= 90 || lead == 101 || lead == 103 || lead == 109 else { return nil }
        let t = s[i].text.utf8
        if legalForms.contains(s[i].text)
            || t.count == 2 && t.first == UInt8(ascii: "C") && t.last == UInt8(ascii: "o") && i + 1 < s.count && s[i + 1].text == "." {
            end = s[i].span.end
            // "GmbH & Co. KG"
            if i + 3 < s.count, s[i + 1].text == "&", s[i + 2].text.hasPrefix("Co"), legalForms.contains(s[i + 3].text) { end = s[i + 3].span.end }
            // "Beispiel Co. Ltd.", "Beispiel & Co. KG": a second form.
            else if i + 1 < s.count, s[i + 1].text != ".", legalForms.contains(s[i + 1].text) { end = s[i + 1].span.end }
            // "… Beispiel Corp." at a sentence's end: the period the tokenizer split off is the form's.
            else if i + 1 < s.count, s[i + 1].text == ".", s[i + 1].span.start == s[i].span.end, englishPeriodForms.contains(s[i].text) { end = s[i + 1].span.end }
        } else if s[i].text == "e", i + 3 < s.count, s[i + 1].text == ".", s[i + 2].text == "V", s[i + 3].text == "." {
            end = s[i + 3].span.end
        } else if s[i].text == "e.", i + 1 < s.count, s[i + 1].text == "V." {
            end = s[i + 1].span.end
        } else {
            return nil
        }
        guard i > 0 else { return nil }
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 8 {
            let t = s[k]
            // Another legal form closes the name before ("A Corp., B Corp. und C Corp.").
            if legalForms.contains(t.text) { break }
            if isNameWord(t, first: k == 0, words: words) || ["&", "-", "für", "und", "zur", "zum"].contains(t.text)
                || t.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                k -= 1
                continue
            }
            break
        }
        start = k + 1
        // The name starts with a capitalised word, never with a connector.
        while start < i, !isCapitalised(s[start].text) { start += 1 }
        // "Firma Beispiel GmbH": the noun of its kind stays outside the name, as in an apposition.
        while start + 1 < i, isKindBeforeName(s[start].text), isCapitalised(s[start + 1].text) { start += 1 }
        guard start < i else { return nil }
        // "Meier & Co.": a person the article names and company, not a firm.
        if s[i].text.hasPrefix("Co"), s[start..<i].contains(where: { surnames.contains($0.text) }) { return nil }
        return Span(s[start].span.start, end)
    }

    static func isInstitutionHead(_ word: String) -> Bool {
        guard word.utf8.count >= 2, isCapitalised(word) else { return false }
        if clubPrefixes.contains(word) || institutionShortHeads.contains(word) { return true }
        guard word.utf8.count >= 3 else { return false }
        let lower = word.lowercased()
        // The genitive too: "des Landgerichts Beispielstadt", "des Gefängnisses Beispielstadt".
        return institutionEndingForms.contains { endsWith(lower, $0) }
    }

    /// "Landgericht Köln", "Universität zu Köln", "Technische Universität München": a head noun
    /// followed by a place (the place list or a location the tagger found).
    private static func institution(_ s: [Token], headAt i: Int, lexicon: Lexicon, locations: [Int: Int], words: GermanWords) -> Span? {
        var p = i + 1
        if p < s.count, s[p].text == "zu" { p += 1 }
        // The place first: a hash look-up that rarely succeeds, before the head's endings.
        guard p < s.count, isCapitalised(s[i].text), var placeEnd = place(s, at: p, lexicon: lexicon, locations: locations),
              isInstitutionHead(s[i].text), !isPlaceGenitive(s[p].text, lexicon) else { return nil }
        // "FC Bayern München": a club's name may hold a region and a town.
        if clubPrefixes.contains(s[i].text), placeEnd + 1 < s.count, let next = place(s, at: placeEnd + 1, lexicon: lexicon, locations: locations) {
            placeEnd = next
        }
        // "Mainz 05", "Hannover 96": a club's year.
        if clubPrefixes.contains(s[i].text), placeEnd + 1 < s.count, s[placeEnd + 1].text.utf8.count == 2,
           s[placeEnd + 1].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            placeEnd += 1
        }
        // Capitalised adjectives before the head belong to the name, not at a sentence's start.
        var start = i
        // "1. FC Köln": a club's ordinal.
        if clubPrefixes.contains(s[i].text), i > 0, s[i - 1].text.hasSuffix("."), s[i - 1].text.utf8.dropLast().allSatisfy({ $0 >= 48 && $0 <= 57 }),
           s[i - 1].text.utf8.count > 1 {
            return Span(s[i - 1].span.start, s[placeEnd].span.end)
        }
        while start > 1, isCapitalised(s[start - 1].text), isAttributive(s[start - 1].text, words: words),
              ["e", "en", "er", "es", "em"].contains(where: { s[start - 1].text.hasSuffix($0) }),
              !["Der", "Die", "Das", "Den", "Dem", "Des", "Eine", "Einer", "Einen", "Einem", "Eines"].contains(s[start - 1].text) {
            start -= 1
        }
        return Span(s[start].span.start, s[placeEnd].span.end)
    }

    /// "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Bayerischer Rundfunk",
    /// "Sozialdemokratische Partei Deutschlands": one to three capitalised adjectives (or place
    /// adjectives in -er) before a media or party head, a place's genitive after it. "Die
    /// Zeitung" and "Jede Partei" are not names: a determiner is no adjective.
    private static func adjectiveHeadedName(_ s: [Token], headAt i: Int, lexicon: Lexicon) -> Span? {
        guard i > 0, isCapitalised(s[i].text) else { return nil }
        let head = s[i].text
        // Asked of every token: the hyphen looked for in the bytes (walking Characters cost more
        // than the rest of the pattern); a "-" that is no Character of its own splits nothing.
        guard isNamedHead(head)
                || head.utf8.contains(UInt8(ascii: "-")) && isNamedHead(String(head.split(separator: "-").last ?? "")) else { return nil }
        var start = i
        while start > 0, i - start < 3, isNameAdjective(s[start - 1].text) { start -= 1 }
        // A capitalised adjective opening the sentence before a compound is no name ("Größte
        // Sonntagszeitung ist …"), unless it is a place's ("Thurgauer Wochenblatt").
        if start == 0, start < i, !namedHeadForms.contains(head), !s[0].text.hasSuffix("er") { return nil }
        if start < i, !isNamedByItsAdjectives(s, start..<i, head: head) { return nil }
        guard start < i, !placeAdjectiveHeads.contains(head) && !placeAdjectiveHeads.contains(String(head.dropLast()))
                || s[i - 1].text.hasSuffix("er") else { return nil }
        var end = i
        // "… Partei Deutschlands": a place in the genitive closes the name.
        if i + 1 < s.count, s[i + 1].text.hasSuffix("s"), lexicon.isPlace(String(s[i + 1].text.dropLast())) { end = i + 1 }
        return Span(s[start].span.start, s[end].span.end)
    }

    /// A media or party head, or its genitive ("des Bayerischen Rundfunks", "des Kölner Stadt-Anzeigers").
    private static func isNamedHead(_ word: String) -> Bool { namedHeadForms.contains(word) || isPaperCompound(word) }
    /// A church is named by its confession ("Evangelische Kirche", "Lippische Landeskirche"), not by
    /// its town ("die Beispieler Kirche": a building) or its size ("der Großen Kirche"). A paper
    /// described by its kind and town ("die Mailänder Tageszeitung „…“") is named in the marks after
    /// it: a media noun's compound takes an adjective that is no place's ("Frankfurter Allgemeine
    /// Sonntagszeitung") and no title in marks after it.
    static func isNamedByItsAdjectives(_ s: [Token], _ adjectives: Range<Int>, head: String) -> Bool {
        if head == "Kirche" || head == "Landeskirche" {
            let w = s[adjectives.upperBound - 1].text.lowercased()
            return w.contains("isch") || w.hasPrefix("orthodox") || w.hasPrefix("reformiert") || w.hasPrefix("uniert")
        }
        guard isPaperCompound(head) else { return true }
        let i = adjectives.upperBound
        // A straight mark after it closes the title it stands in when one opens it.
        if i + 1 < s.count, s[i + 1].text == "„" || s[i + 1].text == "»"
            || s[i + 1].text == "\"" && (adjectives.lowerBound == 0 || s[adjectives.lowerBound - 1].text != "\"") { return false }
        return !mediaNounForms.contains(head) || s[adjectives].contains { !$0.text.hasSuffix("er") }
    }

    /// "Sonntagszeitung", "Wochenblatt": a compound of a paper's head ("Frankfurter Allgemeine
    /// Sonntagszeitung", "Beispieler Wochenblatt"). The last byte first: asked of every capitalised token.
    static func isPaperCompound(_ word: String) -> Bool {
        guard word.utf8.count > 8, let last = word.utf8.last, last == UInt8(ascii: "g") || last == UInt8(ascii: "t") || last == UInt8(ascii: "s") else { return false }
        return endsWith(word, "zeitung") || endsWith(word, "blatt") || endsWith(word, "blatts") || endsWith(word, "blattes")
    }
    /// The heads and their genitives in one set: asked of every capitalised token.
    static let namedHeadForms: Set<String> = namedHeads.union(namedHeads.map { $0 + "s" })

    static func isNameAdjective(_ word: String) -> Bool {
        guard isCapitalised(word), word.unicodeScalars.count >= 4, !determinerAdjectives.contains(word),
              !["Der", "Die", "Das", "Den", "Dem", "Des", "Eine", "Einer", "Einen", "Einem", "Eines"].contains(word) else { return false }
        return ["e", "er", "es", "en"].contains { word.hasSuffix($0) }
    }

    /// The index of the last token of a place starting at `p` (one or two words, or a compound place).
    static func place(_ s: [Token], at p: Int, lexicon: Lexicon, locations: [Int: Int]) -> Int? {
        guard isCapitalised(s[p].text) else { return nil }
        // Joined words are looked up only where a place of several words can start.
        if lexicon.multiWordStarts.contains(s[p].text) {
            if p + 2 < s.count, lexicon.isPlace(s[p...(p + 2)].map(\.text).joined(separator: " ")) { return p + 2 }
            if p + 1 < s.count, lexicon.isPlace(s[p].text + " " + s[p + 1].text) { return p + 1 }
        }
        if let end = locations[s[p].span.start] {
            var q = p
            while q + 1 < s.count, s[q + 1].span.end <= end { q += 1 }
            return q
        }
        // "Berlin-Tiergarten" is one token; "Köln - Bonn" is not one place.
        if lexicon.isPlace(s[p].text) { return p }
        // A town's district: "Bremen-Mitte", "Köln-Porz".
        if s[p].text.utf8.contains(UInt8(ascii: "-")), let town = s[p].text.split(separator: "-").first, lexicon.isPlace(String(town)) { return p }
        return nil
    }

    /// One word, unconfident, listed as a common noun and not as a place or first name: "Kanzler",
    /// "Tagesordnung". Organisations named by a common noun ("Die Linke") are kept when confident.
    private static func isCommonNoun(_ m: EntityMention, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard m.confidence < commonNounConfidence, !m.text.contains(" "), !m.text.contains("-"),
              m.text.uppercased() != m.text else { return false }
        // The listed word itself, not a compound's head: "Steinmeier" does not end in a noun here.
        guard words.isListedNoun(m.text) else { return false }
        return !lexicon.isPlace(m.text) && !lexicon.firstNames.contains(m.text)
    }
}

extension GermanNamePatterns {
    /// "Brunnens" is no place, "Berlins" is the genitive of one.
    static func isPlaceGenitive(_ word: String, _ lexicon: Lexicon) -> Bool {
        word.hasSuffix("s") && !lexicon.isPlace(word) && lexicon.isPlace(String(word.dropLast()))
    }

    /// "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe", "Bayerisches Staatsministerium für
    /// Unterricht und Kultus", "Bundesstiftung zur Aufarbeitung der SED-Diktatur": a body's head, then
    /// für / zur / zum and capitalised words joined by "und" or "&", and one genitive ("der X") that
    /// is no place. Not after an indefinite article ("ein Zentrum für Flüchtlinge"). A list with
    /// commas ("für Umwelt, Bergbau und Naturschutz") is not read here: `GermanCoordinatedNames`
    /// carries any organisation's "für" phrase over it, once the article's other names are known.
    static func purposeInstitution(_ s: [Token], headAt i: Int, lexicon: Lexicon, locations: [Int: Int], words: GermanWords) -> Span? {
        // Asked of every token: three comparisons, no array.
        guard i + 2 < s.count else { return nil }
        let link = s[i + 1].text
        guard link == "für" || link == "zur" || link == "zum" else { return nil }
        guard isPurposeHead(s[i].text) else { return nil }
        // "für internationalen Frieden": one lower-case adjective may come first.
        var first = i + 2
        if !isCapitalised(s[first].text), s[first].text.unicodeScalars.count >= 4, !notAdjectives.contains(s[first].text),
           ["e", "en", "er"].contains(where: { s[first].text.hasSuffix($0) }), first + 1 < s.count { first += 1 }
        guard isCapitalised(s[first].text) else { return nil }
        // "zur Verfügung", "zum Tod": after zur / zum only an action noun in -ung, not a set phrase.
        if link != "für", !s[first].text.hasSuffix("ung") || purposeSetPhrases.contains(s[first].text) { return nil }
        // An indefinite article, perhaps before lower-case adjectives ("eine kleine Gesellschaft für …").
        var k = i - 1
        while k >= 0, k >= i - 3, !isCapitalised(s[k].text), ["e", "en", "er", "es", "em"].contains(where: { s[k].text.hasSuffix($0) }),
              !indefiniteArticles.contains(s[k].text) { k -= 1 }
        if k >= 0, indefiniteArticles.contains(s[k].text) { return nil }
        // Words after a connector: a capitalised adjective may take its noun ("Rat für Nachhaltige
        // Entwicklung", also one the noun list holds as a nominalised adjective: "Industrielle"); a
        // noun after a noun ends the name ("das Amt für Statistik Zahlen …").
        var end = first, j = first + 1, genitive = false
        while j < s.count {
            let t = s[j].text
            if isCapitalised(t), isNameAdjective(s[j - 1].text), isAttributive(s[j - 1].text, words: words) {
                end = j; j += 1
            } else if ["und", "&"].contains(t), j + 1 < s.count, isCapitalised(s[j + 1].text) {
                end = j + 1; j += 2
            } else if !genitive, ["der", "des"].contains(t), j + 1 < s.count, isCapitalised(s[j + 1].text), !lexicon.isPlace(s[j + 1].text),
                      !isPlaceGenitive(s[j + 1].text, lexicon), locations[s[j + 1].span.start] == nil {
                genitive = true; end = j + 1; j += 2
            } else {
                break
            }
        }
        // "… für nachhaltige Entwicklung der Chinesischen Akademie der Sozialwissenschaften": a second
        // genitive, the name goes on further than a rule can tell.
        if genitive, j + 1 < s.count, ["der", "des"].contains(s[j].text), isCapitalised(s[j + 1].text) { return nil }
        // "Landesamt für Statistik Niedersachsen": a place right after the phrase closes the name.
        if !genitive, j < s.count, let placeEnd = place(s, at: j, lexicon: lexicon, locations: locations) { end = placeEnd }
        // Capitalised adjectives before the head belong to the name ("Bayerisches Staatsministerium").
        var start = i
        while start > 1, isCapitalised(s[start - 1].text), isAttributive(s[start - 1].text, words: words),
              ["e", "en", "er", "es", "em"].contains(where: { s[start - 1].text.hasSuffix($0) }),
              !["Der", "Die", "Das", "Den", "Dem", "Des", "Eine", "Einer", "Einen", "Einem", "Eines"].contains(s[start - 1].text) {
            start -= 1
        }
        return Span(s[start].span.start, s[end].span.end)
    }

    /// "Goethe-Gymnasium", "Robert-Koch-Institut", "Lehmbruck-Museum": one hyphenated word ending
    /// in an institution's head, some part before it a name rather than a common noun.
    static func compoundInstitution(_ s: [Token], at i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        let w = s[i].text
        guard isCapitalised(w), w.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count >= 2, let head = parts.last, compoundInstitutionHeads.contains(head)
                || head.hasSuffix("s") && (compoundInstitutionHeads.contains(String(head.dropLast())) || head.hasSuffix("es") && compoundInstitutionHeads.contains(String(head.dropLast(2)))) else { return nil }
        let before = parts.dropLast()
        guard before.allSatisfy({ !$0.isEmpty && isCapitalised($0) }),
              before.contains(where: { $0.unicodeScalars.contains(where: ScalarClass.isLowercase)
                  && (!words.isListedNoun($0) && words.wordClass($0) != .other || lexicon.firstNames.contains($0)) }) else { return nil }
        // "Goethe-Gymnasium Beispielstadt": a town right after it is the institution's site.
        if i + 1 < s.count, isCapitalised(s[i + 1].text), lexicon.isPlace(s[i + 1].text) { return Span(s[i].span.start, s[i + 1].span.end) }
        return s[i].span
    }

    /// "Spiegel Online", "Zeit Online": a capitalised word before a web outlet's head.
    static func webOutlet(_ s: [Token], headAt i: Int) -> Span? {
        guard i > 0, isCapitalised(s[i].text), webOutletHeads.contains(s[i].text), isCapitalised(s[i - 1].text),
              !["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine"].contains(s[i - 1].text) else { return nil }
        return Span(s[i - 1].span.start, s[i].span.end)
    }
}
