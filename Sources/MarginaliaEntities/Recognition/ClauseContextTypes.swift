import MarginaliaText

/// A person or a place whose type the word right before it tells (issue 16). The tagger types a
/// surname that the place list also holds (GeoNames lists thousands of towns named like people)
/// as a place, and a place that is also a first name as a person; the clause tells them apart:
/// - a person after a speech verb placed before its subject ("…, sagte Beispiel."), after an age
///   ("der 32-jährige Beispiel"), or after a title or a noun for a person's role or trade ("der
///   Politikwissenschaftler Beispiel", "Frau Beispiel"); not after nouns for the standing of a
///   team or the trade of a firm ("Tabellenführer", "Hersteller"), which stand before clubs and
///   companies, and never a country ("erklärte Frankreich": a state speaks);
/// - a place after "in", "nach" or "aus" when the place list knows the name ("in Beispielstadt"),
///   after "in" or "nach" also a word no list knows, not in the genitive; a place after a
///   place-type noun, or after "von" after one ("des Flusses Beispiel", "ein Vorort von Beispiel");
/// - a firm after a noun for a kind of firm ("der Getränkehersteller Beispiel"), and wherever the
///   article repeats that name as a person;
/// - no entity: a people's plural after a plural article ("die Polen", "den Bayern", "der
///   Sachsen"): a country or a region takes no article, and GermEval marks no peoples.
/// Runs before the document's vote, so that a name's clear uses count with their type.
enum ClauseContextTypes {
    /// Speech verbs that stand before their subject in a verb-second clause ("…", sagte X.), and
    /// "so" in the same place ("…", so X.).
    static let speechVerbs: Set<String> = SpeechVerbs.germanFinite.union(["so"])
    /// Ends of nouns for a team's standing or a firm's trade: a club or a company follows them
    /// ("Tabellenführer Beispielstadt", "Gastgeber Beispielstadt", "Hersteller Beispiel").
    /// "Bürgermeister", "Oppositionsführer" and "Verteidiger" name people: only the standing's
    /// compounds of "-meister", "-führer", "-verteidiger" are here.
    static let standingEndings = [
        "tabellenführer", "marktführer", "spitzenreiter", "steiger", "gastgeber", "titelverteidiger", "verfolger",
        "vizemeister", "weltmeister", "europameister", "rekordmeister", "landesmeister", "gegner", "sieger", "rivale",
        "konkurrent", "favorit", "partner", "hersteller", "betreiber", "anbieter", "veranstalter", "ausrichter",
        "bauer", "händler", "lieferer", "investor", "käufer", "eigner", "sender", "verein", "klub", "club",
    ]
    /// Ends of nouns with a person's ending that name a state, a body or a site, which a place's
    /// name follows ("Bundesstaat Beispiel", "Kammerorchester Beispielstadt", "Lager Beispiel").
    static let thingEndings = ["staat", "rat", "orchester", "theater", "kloster", "lager", "center", "münster", "ufer", "senat"]
    static let roleLastBytes: Set<UInt8> = Set(
        (PersonNameParticles.roleEndings + PersonSpans.personEndings).compactMap(\.utf8.last))
    static let placePrepositions: Set<String> = ["in", "nach", "aus"]
    static let pluralArticles: Set<String> = ["die", "der", "den", "Die", "Der", "Den"]

    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        var result = mentions
        var drop: [Int] = []
        var firms = Set<String>()
        var persons = Set<String>()
        for k in result.indices where result[k].type == .LOC || result[k].type == .PER {
            let m = result[k]
            // The word right before, in bytes first: most names follow no word that matters here.
            if isRoleApposition(m, text: text, lexicon: lexicon, words: words) {
                result[k].type = .PER
                persons.insert(m.text)
                continue
            }
            guard let before = NameContinuation.wordBefore(m.span.start, text), before.end - before.start >= 2 else {
                // "der 32-jährige Beispiel": a word with digits is no word to `wordBefore`.
                if m.type == .LOC, ContextTypes.precedes("jährige ", m.span.start, text) || ContextTypes.precedes("jährigen ", m.span.start, text),
                   !lexicon.countries.contains(m.text), PersonSpans.isCapitalisedWords(m.text) {
                    result[k].type = .PER
                }
                continue
            }
            let length = before.end - before.start
            // A place no list knows after a firm's noun is the firm too ("der Bezahlservice Beispiel").
            if length >= 5, isFirmNounBefore(m, before, text: text, lexicon: lexicon),
               m.type == .PER || !lexicon.isPlace(m.text) && !GermanNamePatterns.isPlaceGenitive(m.text, lexicon) {
                result[k].type = .ORG
                firms.insert(m.text)
                continue
            }
            if m.type == .PER, isAfterPlaceNoun(m, before, text: text, lexicon: lexicon, words: words) {
                result[k].type = .LOC
                continue
            }
            // A person's cue is "in", "nach" or "aus"; most persons follow other words.
            if m.type == .PER, length > 4 || !(text[before.start] == "i" || text[before.start] == "n" || text[before.start] == "a") { continue }
            let w = text[before]
            if m.type == .PER {
                if placePrepositions.contains(w), lexicon.isPlace(m.text) || w != "aus" && isUnknownTownShape(m.text, lexicon: lexicon, words: words) {
                    result[k].type = .LOC
                }
                continue
            }
            if pluralArticles.contains(w) {
                // After a comma "der" opens a relative clause: "…, der Polen schaden könnte".
                let relative = before.start >= 2 && text[before.start - 2] == ","
                if !relative, isPeoplePlural(m.text, words: words) { drop.append(k) }
                continue
            }
            // The cue first (most places follow a preposition, asked one look-up), the name after.
            guard isPersonCue(w, lexicon: lexicon, words: words), !lexicon.countries.contains(m.text), PersonSpans.isCapitalisedWords(m.text),
                  !GermanNamePatterns.isPlaceGenitive(m.text, lexicon), !isRegionGenitive(m.text), !hasPlaceHead(m.text) else { continue }
            result[k].type = .PER
            if m.type == .LOC, m.text.utf8.contains(0x20), !lexicon.isPlace(m.text) { persons.insert(m.text) }
        }
        for k in drop.reversed() { result.remove(at: k) }
        if !persons.isEmpty { result = samePerson(result, persons) }
        if !firms.isEmpty { result = sameFirm(result, firms) }
        return PlaceLists.apply(result, text: text, lexicon: lexicon, words: words)
    }

    /// "Der Direktor der Beispielbehörde, Ole Kerlow, sagte", "so der Sprecher des Verbands Nord,
    /// Ole Kerlow.": a place of several words that no list knows (nor any of its words, nor the
    /// word list), set off by commas right after a role and the role's genitive attribute, is the
    /// role's holder. The attribute holds capitalised words and articles only ("der", "des").
    static func isRoleApposition(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard m.type == .LOC, m.text.utf8.contains(0x20), m.span.start >= 3, text[m.span.start - 1] == " ", text[m.span.start - 2] == ",",
              m.span.end < text.count, text[m.span.end] == "," || text[m.span.end] == ".",
              !lexicon.isPlace(m.text), !hasPlaceHead(m.text),
              !m.text.split(separator: " ").contains(where: { lexicon.isPlace(String($0)) || words.wordClass(String($0)) != nil })
        else { return false }
        let comma = m.span.start - 2
        var open = comma
        while open > 0, open > comma - 160, !clauseMarks.contains(text[open - 1]) { open -= 1 }
        let clause = text[Span(open, comma)].split(separator: " ").map(String.init)
        guard let role = clause.lastIndex(where: { isPersonCue($0, lexicon: lexicon, words: words) }),
              role + 1 < clause.count, attributeOpeners.contains(clause[role + 1]) else { return false }
        return clause[(role + 2)...].allSatisfy { GermanNamePatterns.isCapitalised($0) || attributeOpeners.contains($0) || $0 == "und" }
    }
    static let clauseMarks: Set<Unicode.Scalar> = [".", ",", ";", ":", "\n", "„", "“", "(", ")"]
    static let attributeOpeners: Set<String> = ["der", "des"]

    /// A name of several words that no list knows as a place, found a person after a role ("der
    /// Linksnationalist Anna Beispiel"), is the person wherever the article repeats it typed a
    /// place: the document's vote would count the unframed uses against the framed one.
    static func samePerson(_ mentions: [EntityMention], _ persons: Set<String>) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .LOC, persons.contains(m.text) else { return m }
            var person = m
            person.type = .PER
            return person
        }
    }

    /// A firm's name found after a firm's noun is the firm wherever the article repeats it
    /// unframed and the tagger read a person ("die Automarke Beispiel … Beispiel will"), unless
    /// the article names a person of several words with it ("Anna Beispiel").
    static func sameFirm(_ mentions: [EntityMention], _ firms: Set<String>) -> [EntityMention] {
        var personWords = Set<String>()
        for m in mentions where m.type == .PER && m.text.utf8.contains(0x20) {
            for w in m.text.split(separator: " ") { personWords.insert(String(w)) }
        }
        return mentions.map { m in
            guard m.type == .PER, firms.contains(m.text), !personWords.contains(m.text) else { return m }
            var firm = m
            firm.type = .ORG
            return firm
        }
    }

    /// A word before a name that makes it a person: a speech verb before its subject, an age, a
    /// title, a role or a trade of people.
    static func isPersonCue(_ w: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard let first = w.unicodeScalars.first else { return false }
        if ScalarClass.isLowercase(first) {
            // Bytes, not Characters: asked before most places ("in", "nach").
            return w.endsWithBytes("jährige") || w.endsWithBytes("jährigen") || speechVerbs.contains(w)
        }
        if NameCues.personTitles.contains(w) || PersonFrames.roleNouns.contains(w) || PersonSpans.nobilityTitles.contains(w) { return true }
        // Role nouns end in a letter of "-er", "-or", "-ent", "-ist", "-eur", "-at", "-oge", "-in",
        // "-chef", "-könig", "-scheich", "-general", "-sohn" and their genitives: most other nouns are
        // told by their last byte.
        guard let last = w.utf8.last, roleLastBytes.contains(last) else { return false }
        // A people's noun or a place's adjective names no person here ("Schweizer Franken",
        // "Lübecker Flughafen").
        guard PersonNameParticles.isRole(w) || PersonSpans.isRoleNoun(w, words: words) || isRoleCompound(w, words: words),
              !PersonSpans.nationalityNouns.contains(w), !lexicon.isPlaceAdjective(w) else { return false }
        let lower = w.lowercased()
        return !standingEndings.contains { lower.hasSuffix($0) } && !thingEndings.contains { lower.hasSuffix($0) }
    }

    /// "Linksnationalist", "Kleinunternehmerin": a word no list holds (the lists' compounds of two
    /// nouns are `isRoleNoun`'s) whose longest listed tail, four letters or more after an opener
    /// of three or more, is a noun for a person's role or trade.
    static func isRoleCompound(_ w: String, words: GermanWords) -> Bool {
        let scalars = Array(w.unicodeScalars)
        guard scalars.count >= 7, words.wordClass(w) == nil, scalars.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return false }
        for start in 3...(scalars.count - 4) {
            let tail = String(String.UnicodeScalarView(scalars[start...]))
            let noun = tail.prefix(1).uppercased() + tail.dropFirst()
            if words.isListedNoun(noun) { return PersonSpans.isRoleNoun(noun, words: words) }
        }
        return false
    }

    /// Nouns for a kind of firm, and their compounds: a name right after one names the firm
    /// ("der Getränkehersteller Beispiel", "Marktführer Beispiel", "die Drogeriekette Beispiel",
    /// "die Automarke Beispiel", "der Bezahlservice Beispiel").
    /// Not the trades of people ("-händler", "-betreiber": "der Gemüsehändler Anna Beispiel"), not
    /// "Sender" (a dative may follow: "hätte der Sender Beispiel die Gelegenheit gegeben").
    static let firmNounEndings = [
        "hersteller", "anbieter", "marktführer", "konzern", "kette", "gesellschaft", "firma", "unternehmen",
        "autobauer", "discounter", "zulieferer", "versicherer", "mobilfunker", "agentur", "projektentwickler",
        "marke", "service",
    ]
    static let firmNounLastBytes: Set<UInt8> = Set(firmNounEndings.compactMap(\.utf8.last))

    /// A one- or two-word person or unlisted place after a noun for a kind of firm, with no first
    /// name in it, is the firm (GermEval's ORG).
    static func isFirmNounBefore(_ m: EntityMention, _ before: Span, text: ArticleText, lexicon: Lexicon) -> Bool {
        let last = text[before.end - 1].value
        guard last < 0x80, firmNounLastBytes.contains(UInt8(last)), ScalarClass.isUppercase(text[before.start]) else { return false }
        let noun = text[before].lowercased()
        guard firmNounEndings.contains(where: { noun.hasSuffix($0) }) else { return false }
        let parts = m.text.split(separator: " ")
        return parts.count <= 2 && !parts.contains { lexicon.firstNames.contains(String($0)) }
    }

    /// "des Flusses Beispiel", "einem Vorort von Beispielstadt": a person's name right after a
    /// place-type noun, or after "von" after one, is the place's (GermanPlaceFrames' nouns), unless
    /// it is the genitive of a person ("der Stadt Beispiels") or a first name and more.
    static func isAfterPlaceNoun(_ m: EntityMention, _ before: Span, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        var noun = before
        if before.end - before.start == 3, text[before.start] == "v", text[before] == "von" {
            guard let earlier = NameContinuation.wordBefore(before.start, text) else { return false }
            noun = earlier
        }
        guard noun.end - noun.start >= 3, ScalarClass.isUppercase(text[noun.start]),
              GermanPlaceFrames.isFrameNoun(text[noun], words: words, lexicon: lexicon) else { return false }
        if m.text.utf8.last == UInt8(ascii: "s") && !lexicon.isPlace(m.text) { return false }
        // A first name and more that no list knows as a place: a person in apposition ("der
        // Gouverneur des Bundesstaates Anna Beispiel").
        guard let space = m.text.firstIndex(of: " ") else { return true }
        return lexicon.isPlace(m.text) || !lexicon.firstNames.contains(String(m.text[..<space]))
    }

    /// One word no list knows as a first name or a word, and no genitive: after "in" or "nach"
    /// such a word is a place ("in Beispielau"), a person stands there only in the genitive
    /// ("in Beispiels Roman").
    static func isUnknownTownShape(_ name: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        name.utf8.count >= 4 && !name.utf8.contains(0x20) && name.utf8.last != UInt8(ascii: "s")
            && !lexicon.firstNames.contains(name) && words.wordClass(name) == nil
    }

    /// "Südostasiens", "Mittelamerikas", "Ostlands": a region's genitive the place list lacks,
    /// after a role ("der Terrorist Südostasiens") it names the role's domain, not a person.
    static func isRegionGenitive(_ name: String) -> Bool {
        name.utf8.last == UInt8(ascii: "s") && regionGenitiveEndings.contains { name.endsWithBytes($0) }
    }
    static let regionGenitiveEndings = ["iens", "lands", "reichs", "istans", "ikas", "opas", "iras", "eis"]

    /// "Beispiel Island", "Beispiel Bay": a name of several words closing in a geographic head.
    static func hasPlaceHead(_ name: String) -> Bool {
        guard let space = name.utf8.lastIndex(of: 0x20) else { return false }
        return placeHeads.contains(String(name[name.index(after: space)...]))
    }
    static let placeHeads: Set<String> = [
        "Island", "Islands", "Bay", "City", "River", "Lake", "Mountains", "Valley", "Beach", "Park", "Falls", "Creek",
        "County", "Insel", "Inseln", "See", "Tal", "Stadt", "Dorf", "Berg", "Bucht",
    ]

    /// "Polen", "Bayern", "Sachsen": a plural in "-n" of a masculine noun for a member of a
    /// people ("Pole", "Bayer", "Sachse"), as the noun list or the nationality table gives it.
    static func isPeoplePlural(_ name: String, words: GermanWords) -> Bool {
        guard name.utf8.count > 4, name.utf8.last == UInt8(ascii: "n"), !name.utf8.contains(0x20) else { return false }
        if PersonSpans.nationalityNouns.contains(name) { return true }
        return words.listedClass(String(name.dropLast())) == .noun(.masculine)
    }
}
