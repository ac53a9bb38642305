import MarginaliaText

/// A capitalised word the article uses as a common noun is no person or place anywhere in it
/// (issue 16: capitalised common nouns read as names). The tagger and the document passes
/// repeat one confident mistake ("das Tor" of a football report as a place, twenty times; "ein
/// Hai" as a person); the article itself shows the word is a noun where it stands with an
/// indefinite article or quantifier ("einen Hai", "kein Tor") or with an article and an
/// attributive adjective ("das entscheidende Tor", "ins gegnerische Tor"): names of people take
/// neither, and places that do ("das heutige Polen") are countries.
/// Only one-word persons and places whose word the noun list holds are dropped; countries and
/// the words of a person's full name in the article are kept (first names are not: "Tor" and
/// "Hai" are first names too, but a person is rarely named by the first name alone). The place list (GeoNames) holds common nouns too ("Tor", a village
/// somewhere): a listed place needs two such uses in the article, and a country is never dropped. Organisations are left alone: "die Bundeswehr", "die neue
/// Linkspartei" are named by nouns.
enum CommonNounUse {
    static let indefinite: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
        "jeder", "jede", "jedes", "jeden", "jedem", "manche", "mancher", "viele", "mehrere", "einige", "wenige",
    ]
    static let determiners: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "im", "ins", "am", "ans", "zum", "zur", "vom", "beim", "dieser", "diese", "dieses", "diesen", "diesem",
    ]

    static func filter(_ mentions: [EntityMention], tokens: some Collection<[Token]>, lexicon: Lexicon,
                       words: GermanWords = .shipped) -> [EntityMention] {
        // The candidates: one-word persons and places that are listed nouns.
        // A full name's words stay names: the surname "Fischer" of "Joschka Fischer".
        var nameWords = Set<String>()
        for m in mentions where m.type == .PER && m.text.unicodeScalars.contains(" ") {
            for w in m.text.split(separator: " ") { nameWords.insert(String(w)) }
        }
        var candidates = Set<String>()
        for m in mentions where (m.type == .PER || m.type == .LOC) && words.isListedNoun(m.text) {
            guard !m.text.unicodeScalars.contains(" "), !lexicon.countries.contains(m.text), !nameWords.contains(m.text) else { continue }
            candidates.insert(m.text)
        }
        guard !candidates.isEmpty else { return mentions }
        var uses: [String: Int] = [:]
        // Where a word stands as a noun by the words right before it, whatever the rest of the
        // article: "ein Leck", "seinen zweiten Roman", "der Roman". A person's one-word name takes
        // no article; rivers and regions do ("der Jenissei", "im Harz"), so a place needs an
        // indefinite or a possessive here.
        var here = Set<Int>(), afterArticle = Set<Int>()
        for sentence in tokens {
            for (i, token) in sentence.enumerated() where i > 0 && candidates.contains(token.text) {
                let before = sentence[i - 1].text.lowercased()
                let isIndefinite = indefinite.contains(before)
                if isIndefinite || i > 1 && isAttributive(sentence[i - 1].text) && isDeterminer(sentence[i - 2].text.lowercased()) {
                    uses[token.text, default: 0] += 1
                    // "im nördlichen Harz": a region takes an article and an adjective.
                    if isIndefinite || !lexicon.isPlace(token.text) { here.insert(token.span.start) }
                } else if possessives.contains(before) {
                    here.insert(token.span.start)
                } else if definite.contains(before), !lexicon.firstNames.contains(token.text) {
                    // A first name takes the article in the genitive of a saint or a ruler ("die
                    // Offenbarung des Johannes").
                    afterArticle.insert(token.span.start)
                }
            }
        }
        let nouns = Set(uses.filter { $0.value >= (lexicon.isPlace($0.key) ? 2 : 1) }.keys)
        guard !nouns.isEmpty || !here.isEmpty || !afterArticle.isEmpty else { return mentions }
        return mentions.filter { m in
            guard m.type == .PER || m.type == .LOC, candidates.contains(m.text) else { return true }
            return !nouns.contains(m.text) && !here.contains(m.span.start) && !(m.type == .PER && afterArticle.contains(m.span.start))
        }
    }

    static func isDeterminer(_ w: String) -> Bool { determiners.contains(w) || possessives.contains(w) }
    static let definite: Set<String> = ["der", "die", "das", "den", "dem", "des"]
    static let possessives: Set<String> = [
        "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "unser", "unsere", "unseren", "unserem", "unserer",
        "dein", "deine", "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem", "eurer",
    ]

    /// An inflected adjective in small letters ("entscheidende", "gegnerische", "großen"); not an
    /// age ("55-jährige", which stands before surnames too).
    static func isAttributive(_ w: String) -> Bool {
        let s = w.unicodeScalars
        guard s.count > 3, s.allSatisfy(ScalarClass.isLowercase) else { return false }
        return ["e", "en", "em", "er", "es"].contains { w.hasSuffix($0) } && !w.hasSuffix("jährige")
    }
}

extension CommonNounUse {
    /// Below this shown confidence a one-word person that is a listed common noun is dropped.
    static let unsurePersonConfidence = 0.75

    /// "Benzin", "Jeans", "Remis" read as persons without confidence: a one-word person whose word
    /// the noun list holds as it stands, that no list knows as a first name or place, that is no
    /// word of a full name in the article, that the article never names with confidence, and that
    /// stands after no role or title ("Bundeskanzler Kohl"), and that is no agent noun in "-er".
    /// Surnames that are nouns ("Kohl") keep their full name or a confident mention elsewhere; on
    /// GermEval's single sentences, without an article around them, the rule still drops such
    /// surnames alone. Runs on the shown (calibrated)
    /// confidence, after every other pass.
    static func unsurePersons(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon,
                              words: GermanWords = .shipped) -> [EntityMention] {
        func isCandidate(_ m: EntityMention) -> Bool {
            m.type == .PER && m.confidence < unsurePersonConfidence && !m.text.utf8.contains(0x20) && isCommonNounWord(m.text, words: words)
        }
        guard mentions.contains(where: isCandidate) else { return mentions }
        var named = Set<String>()
        for m in mentions where m.text.utf8.contains(0x20) || m.confidence >= unsurePersonConfidence {
            for w in m.text.split(separator: " ") { named.insert(String(w)) }
        }
        return mentions.filter { m in
            // Agent nouns in "-er" are the commonest surnames ("Müller", "Bauer", "Richter"): kept.
            guard isCandidate(m), !m.text.hasSuffix("er"), !named.contains(m.text), !lexicon.firstNames.contains(m.text),
                  !lexicon.isPlace(m.text) else { return true }
            if m.text.hasSuffix("s"), named.contains(String(m.text.dropLast())) || lexicon.firstNames.contains(String(m.text.dropLast())) { return true }
            if let before = NameContinuation.wordBefore(m.span.start, text) {
                let w = text[before]
                if PersonNameParticles.isRole(w) || PersonFrames.roleNouns.contains(w) || PersonSpans.isRoleNoun(w, words: words) { return true }
            }
            return false
        }
    }
}

extension CommonNounUse {
    /// A word the noun list holds, a compound of its nouns ("Wetterdienst"), or a compound closed
    /// by a noun for a person's role ("Nebenklägerin", `ClauseContextTypes.isRoleCompound`).
    static func isCommonNounWord(_ w: String, words: GermanWords) -> Bool {
        if words.isListedNoun(w) { return true }
        if case .noun? = words.wordClass(w) { return true }
        return ClauseContextTypes.isRoleCompound(w, words: words)
    }
}

extension CommonNounUse {
    /// "in Kneipen", "Spuren von Schmerzmitteln", "Beispiels Wahlkampf" read as places without confidence:
    /// a one-word place whose word the noun list holds as it stands, that no list knows as a place
    /// or first name, that no place-type noun frames, that no table names (nor a compass point's region, "Nordpol"), that is no
    /// place's genitive, and that the article never names with confidence. Celestial bodies are
    /// places (GermEval: "zwischen Himmel und [LOC Erde]"). Runs on the shown confidence, after
    /// every other pass.
    static func unsurePlaces(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords = .shipped) -> [EntityMention] {
        func isCandidate(_ m: EntityMention) -> Bool {
            m.type == .LOC && m.confidence < unsurePersonConfidence && !m.text.utf8.contains(0x20) && !m.text.utf8.contains(0x2D)
                && words.isListedNoun(m.text)
        }
        guard mentions.contains(where: isCandidate) else { return mentions }
        let confident = Set(mentions.filter { $0.confidence >= unsurePersonConfidence }.map(\.text))
        return mentions.filter { m in
            guard isCandidate(m), !confident.contains(m.text), !lexicon.isPlace(m.text), !lexicon.firstNames.contains(m.text),
                  !GermanPlaceFrames.isTableName(m.text), !GermanPlaceFrames.opensWithCompassPoint(m.text),
                  !celestialBodies.contains(m.text), !GermanNamePatterns.isPlaceGenitive(m.text, lexicon) else { return true }
            // A place-type noun before it frames a place ("in der Provinz Beispiel").
            if let before = NameContinuation.wordBefore(m.span.start, text),
               GermanPlaceFrames.isFrameNoun(text[before], words: words, lexicon: lexicon) { return true }
            return false
        }
    }
    static let celestialBodies: Set<String> = ["Erde", "Mond", "Sonne", "Mars", "Venus", "Merkur", "Jupiter", "Saturn", "Uranus", "Neptun", "Pluto"]
}

extension CommonNounUse {
    /// Below this shown confidence a one-word organisation that is a common noun is dropped.
    static let unsureOrganisationConfidence = 0.6

    /// "der Verlag", "die Militärjunta", "den Deal" read as organisations without confidence: a
    /// one-word organisation that is a common noun (listed, or a compound whose head is one), in
    /// small letters after its first, that no table knows as a body's name, that the article
    /// never names with confidence, and that does not start with "Bundes" or "Landes" (one
    /// state's bodies are named by nouns: "Bundeswehr", "Landeskriminalamt"). Parties named by
    /// nouns ("die Grünen", "die Union") and clubs ("die Borussia") stay. Runs on the shown confidence, after every other pass.
    static func unsureOrganisations(_ mentions: [EntityMention], words: GermanWords = .shipped) -> [EntityMention] {
        func isCandidate(_ m: EntityMention) -> Bool {
            guard m.type == .ORG, m.confidence < unsureOrganisationConfidence else { return false }
            let s = m.text.unicodeScalars
            guard s.count >= 4, let first = s.first, ScalarClass.isUppercase(first),
                  s.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return false }
            return words.isCommonNoun(m.text) || unlistedNouns.contains { m.text.hasSuffix($0) || m.text.hasSuffix($0.lowercased()) }
        }
        guard mentions.contains(where: isCandidate) else { return mentions }
        let confident = Set(mentions.filter { $0.confidence >= unsurePersonConfidence }.map(\.text))
        return mentions.filter { m in
            guard isCandidate(m), !confident.contains(m.text), !GermanNamePatterns.knownOrganisationWords.contains(m.text),
                  !bodyNouns.contains(m.text), !GermanNamePatterns.clubPrefixes.contains(m.text), !m.text.hasPrefix("Bundes"), !m.text.hasPrefix("Landes") else { return true }
            return false
        }
    }
    /// Nouns for kinds of body that the word list lacks, alone or as a compound's head ("Militärjunta").
    static let unlistedNouns = ["Junta"]
    /// Nouns that name one party or body in German news (general knowledge).
    static let bodyNouns: Set<String> = ["Union", "Grünen", "Grüne", "Linke", "Linken", "Piraten", "Republikaner", "Demokraten"]
}
