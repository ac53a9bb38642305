import MarginaliaText

/// Person names whose edges the tagger gets wrong, or that it misses in a frame a reader knows
/// (issue 16). Each rule rests on the words around the name, never on the name itself:
/// - a nationality noun before a name stays outside it: "die Deutsche Anna Beispiel" is read as
///   one organisation (as "Deutsche Bank" is), "der Franzose Jean Beispiel" as one person; a role
///   noun opening a person's span likewise ("Schiedsrichter Beispiel": the role is no part of the
///   name, as in GermEval);
/// - a first name and a surname closing an organisation's span are a person of their own ("der
///   Vorsitzende der Linken Anna Beispiel");
/// - no person or place right after an amount and a unit of measure ("687 Gramm Kokain"), nor
///   a place's adjective in "-er" before a noun ("die Hong Konger Regierung");
/// - words no list knows, typed a body or a work, right after a role ("Ministerpräsident Ijad
///   Beispiel");
/// - a one-word place the place list does not know, before a relative clause with "der" or
///   "die" ("Beispiel, der seit 2010 …"), is a person: towns and most countries are neuter.
/// The frames that find a name the tagger missed are in `PersonFrames`.
enum PersonSpans {
    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        // Words of the persons the article names: a surname after "der Deutsche" is one of them.
        var personWords: Set<Substring>? = nil
        func isPersonWord(_ w: Substring) -> Bool {
            if personWords == nil {
                personWords = []
                for m in mentions where m.type == .PER { for part in m.text.split(separator: " ") { personWords!.insert(part) } }
            }
            return personWords!.contains(w)
        }
        // What replaces a mention, by its index; the list is copied only when something changed.
        var edits: [(index: Int, with: [EntityMention])] = []
        for (k, m) in mentions.enumerated() {
            if let with = repair(m, text: text, lexicon: lexicon, words: words, isPersonWord: isPersonWord) { edits.append((k, with)) }
        }
        guard !edits.isEmpty else { return mentions }
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count + edits.count)
        var next = 0
        for (k, m) in mentions.enumerated() {
            if next < edits.count, edits[next].index == k {
                result += edits[next].with
                next += 1
            } else {
                result.append(m)
            }
        }
        return result
    }

    /// The mentions that replace `m` (none: dropped), or nil when it stays as it is.
    static func repair(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords,
                       isPersonWord: (Substring) -> Bool) -> [EntityMention]? {
        // Most mentions are one word: told by a byte before anything is split.
        let isSeveralWords = m.text.utf8.contains(0x20)
        if isSeveralWords {
            if let cut = leadingNoun(m, text: text, lexicon: lexicon, words: words, isPersonWord: isPersonWord) {
                return [person(Span(m.span.start + cut, m.span.end), m.confidence, text)]
            }
            if m.type != .PER, let nameLength = trailingName(m.text, lexicon: lexicon, words: words),
               text[m.span.end - nameLength - 1] == " " {
                var head = m
                head.span = Span(m.span.start, m.span.end - nameLength - 1)
                head.text = text[head.span]
                head.canonical = head.text
                return [head, person(Span(m.span.end - nameLength, m.span.end), m.confidence, text)]
            }
        }
        if isSeveralWords, m.type == .PER, let cut = hyphenedRole(m.text) {
            return [person(Span(m.span.start + cut, m.span.end), m.confidence, text)]
        }
        if isSeveralWords, let length = genitiveBeforeNouns(m.text, lexicon: lexicon, words: words, isPersonWord: isPersonWord,
                                                             typedPerson: m.type == .PER) {
            return [person(Span(m.span.start, m.span.start + length), m.confidence, text)]
        }
        if isSeveralWords, let cut = nounBeforePerson(m, lexicon: lexicon, words: words, isPersonWord: isPersonWord) {
            return [person(Span(m.span.start + cut, m.span.end), m.confidence, text)]
        }
        if m.type != .PER, isNameAfterRole(m, text: text, lexicon: lexicon, words: words) { return [person(m.span, m.confidence, text)] }
        guard m.type == .PER || m.type == .LOC else { return nil }
        if isPlaceAdjective(m, text: text, lexicon: lexicon, words: words) { return [] }
        guard !isSeveralWords else { return nil }
        if followsMeasure(m.span.start, text) { return [] }
        if m.type == .LOC, isPersonBeforeRelativeClause(m, text: text, lexicon: lexicon, words: words) { return [person(m.span, m.confidence, text)] }
        return nil
    }

    static func person(_ span: Span, _ confidence: Double, _ text: ArticleText) -> EntityMention {
        EntityMention(span: span, text: text[span], type: .PER, canonical: text[span], confidence: confidence)
    }

    /// How many scalars to cut from the start of `m` (the noun and its space), or nil.
    static func leadingNoun(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords,
                            isPersonWord: (Substring) -> Bool) -> Int? {
        // Asked of every mention of several words: the first word and one look-up tell most of
        // them apart (a person opens with a first name, a body with no nationality noun).
        guard let space = m.text.utf8.firstIndex(of: 0x20) else { return nil }
        let first = String(m.text[..<space])
        let isNationality = nationalityNouns.contains(first)
        let isTitle = m.type != .PER && (courtesyTitles.contains(first) || rankTitles.contains(first) || nobilityTitles.contains(first))
        guard isNationality || isTitle || m.type == .PER && !lexicon.firstNames.contains(first) else { return nil }
        let parts = m.text.split(separator: " ")
        let rest = parts.dropFirst()
        guard let name = rest.first, name.unicodeScalars.first.map(ScalarClass.isUppercase) == true,
              name.unicodeScalars.contains(where: ScalarClass.isLowercase), !words.isListedNoun(String(name)) else { return nil }
        let cut = first.unicodeScalars.count + 1
        guard text[m.span.start + cut - 1] == " " else { return nil }
        // "des Ajatollah Beispiel" typed a place or a body: a title before words no list knows is a
        // person's ("General Motors", "Herzog August Bibliothek" stay: a listed word or an English head).
        if isTitle {
            return rest.allSatisfy({ NameContinuation.isCapitalisedName($0) && words.wordClass(String($0)) == nil && !lexicon.isPlace(String($0)) })
                && !isOrganisationWord(parts.last!, words) ? cut : nil
        }
        if isNationality {
            if m.type == .PER { return cut }
            // "die Deutsche Anna Beispiel": a first name and more; "der Deutsche Beispiel": a
            // person's word of the article, or a word no list knows after the masculine article.
            if rest.count >= 2 { return GermanNamePatterns.isFirstName(String(name), lexicon) && !isOrganisationWord(rest.last!, words) ? cut : nil }
            if isPersonWord(name) { return cut }
            // No compound ("Judobund", "Eishockey-Liga"): the noun list lacks many of them.
            guard !name.utf8.contains(UInt8(ascii: "-")), words.wordClass(String(name)) == nil,
                  !NameContinuation.endsInNoun(String(name), words: words), !lexicon.isPlace(String(name)),
                  let before = NameContinuation.wordBefore(m.span.start, text), text[before] == "der" || text[before] == "Der" else { return nil }
            return cut
        }
        // "Frau Beispiel", "König Beispiel": a courtesy or noble title stays outside (GermEval, and the
        // news golds: "König [Juan Carlos]").
        if courtesyTitles.contains(first) || nobilityTitles.contains(first) { return cut }
        // "Schiedsrichter Beispiel", "Amtsinhaber Beispiel": a role noun opens the tagger's person;
        // so does a rank whose ending is no person noun's ("Dekan Beispiel", "Oberst Beispiel").
        guard isRoleNoun(first, words: words) || rankTitles.contains(first), !GermanNamePatterns.isFirstName(first, lexicon),
              !lexicon.isPlace(first), !isOrganisationWord(parts.last!, words) else { return nil }
        return cut
    }

    /// "Vereins-Vorsitzende Beispiel", "XYZ Forum-Sprecher Beispiel": a person's span that holds a
    /// role compound with a hyphen before the last word; the name is what follows it. How many
    /// scalars to cut, or nil.
    static func hyphenedRole(_ name: String) -> Int? {
        // Most persons hold no hyphen before their last space: told by bytes.
        guard let lastSpace = name.utf8.lastIndex(of: 0x20), name.utf8[..<lastSpace].contains(UInt8(ascii: "-")) else { return nil }
        let parts = name.split(separator: " ")
        var length = 0
        for part in parts.dropLast() {
            length += part.unicodeScalars.count + 1
            guard let dash = part.lastIndex(of: "-") else { continue }
            let role = part[part.index(after: dash)...].lowercased()
            if role.unicodeScalars.count >= 4, PersonRoleFrames.roleEndings.contains(where: { role.hasSuffix($0) }) { return length }
        }
        return nil
    }

    /// A word that closes an organisation's name: a legal form or an English head ("Motors").
    static func isOrganisationWord(_ w: Substring, _ words: GermanWords) -> Bool {
        let s = String(w)
        return GermanNamePatterns.isLegalForm(anyCase: s) || GermanNamePatterns.englishOrganisationHeads.contains(s) || words.isListedNoun(s)
    }

    /// A common noun for a person's role or trade (by the noun list, compounds by their head),
    /// with an ending of person nouns: "Schiedsrichter", "Professor", "Präsident", "Soziologin".
    /// Titles of nobility are left inside: they are often part of the name ("Graf … von …").
    static func isRoleNoun(_ w: String, words: GermanWords) -> Bool {
        guard w.unicodeScalars.count >= 4, personEndings.contains(where: { w.hasSuffix($0) }), !nobilityTitles.contains(w),
              w.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return false }
        guard case .noun(let gender)? = words.wordClass(w) else { return false }
        return gender != .neuter && gender != .plural
    }

    static let courtesyTitles: Set<String> = ["Frau", "Herr", "Herrn", "Fräulein", "Papst"]
    /// Ranks of church, army, police and faculty that `isRoleNoun` misses by their ending; GermEval
    /// leaves them outside the name ("Bischof [Anna Beispiel]").
    static let rankTitles: Set<String> = [
        "Dekan", "Dekanin", "Kardinal", "Bischof", "Bischöfin", "Erzbischof", "Abt", "Äbtissin", "Pater", "Kaplan",
        "Imam", "Ajatollah", "Mullah", "Rabbi", "Patriarch", "General", "Generalin", "Admiral", "Oberst",
        "Oberstleutnant", "Hauptmann", "Kapitän", "Kapitänin", "Marschall", "Feldmarschall", "Kommissar", "Kommissarin",
    ]
    static let personEndings = ["er", "erin", "or", "orin", "ent", "entin", "ant", "antin", "ist", "istin", "eur", "eurin", "at", "atin", "oge", "ogin"]
    static let nobilityTitles: Set<String> = [
        "Graf", "Gräfin", "Fürst", "Fürstin", "Herzog", "Herzogin", "Prinz", "Prinzessin", "König", "Königin", "Kaiser", "Kaiserin",
        "Freiherr", "Freifrau", "Baron", "Baronin", "Ritter", "Zar", "Zarin", "Scheich", "Emir", "Sultan", "Schah", "Pharao",
    ]

    /// "der Linken Anna Beispiel", "der Agentur für Arbeit Anna Beispiel": an organisation's span
    /// that ends in a listed first name and a surname, after a German word (so not a foreign
    /// name that holds a first name, "San Antonio Spurs"). The name's length in scalars.
    static func trailingName(_ name: String, lexicon: Lexicon, words: GermanWords) -> Int? {
        // The first name first: one look-up, no split, for most mentions.
        guard let lastSpace = name.utf8.lastIndex(of: 0x20), let givenSpace = name.utf8[..<lastSpace].lastIndex(of: 0x20),
              lexicon.firstNames.contains(String(name[name.index(after: givenSpace)..<lastSpace])) else { return nil }
        let parts = name.split(separator: " ")
        guard parts.count >= 3 else { return nil }
        let given = String(parts[parts.count - 2]), surname = parts[parts.count - 1]
        // The first-name list holds two-letter words of other languages ("In", "On" of a song's title).
        guard given.unicodeScalars.count >= 3, surname.unicodeScalars.count >= 2,
              surname.unicodeScalars.first.map(ScalarClass.isUppercase) == true,
              surname.unicodeScalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" }),
              !isOrganisationWord(surname, words), words.wordClass(String(parts[parts.count - 3])) != nil,
              !lexicon.isPlace(given + " " + surname) else { return nil }
        return given.unicodeScalars.count + 1 + surname.unicodeScalars.count
    }

    /// "Annas Idee", "Karl Beispiels Söhne": a name in the genitive ("-s") that the tagger ran on
    /// into the common nouns it governs; the name is the genitive alone (GermEval), a person
    /// whatever the tagger typed the whole (then only a genitive of a person's word). Not a first
    /// name in "-s" ("Klaus Koch", "Thomas Mann"), and every word after it a common noun that no
    /// list knows as a name; a listed word's genitive only where the article names a person by that
    /// word ("Anna Kohl" and then "Kohls Bank"). The genitive's length in scalars, or nil.
    static func genitiveBeforeNouns(_ name: String, lexicon: Lexicon, words: GermanWords,
                                    isPersonWord: (Substring) -> Bool = { _ in false }, typedPerson: Bool = true) -> Int? {
        // Most names of several words hold no word ending in "s" before a space: told by bytes.
        var previous: UInt8 = 0
        guard name.utf8.contains(where: { b in defer { previous = b }; return b == 0x20 && previous == UInt8(ascii: "s") }) else { return nil }
        let parts = name.split(separator: " ")
        var length = 0
        for (i, part) in parts.enumerated() {
            length += part.unicodeScalars.count + (i > 0 ? 1 : 0)
            guard part.utf8.last == UInt8(ascii: "s"), i + 1 < parts.count, part.unicodeScalars.count >= 4 else { continue }
            let genitive = String(part)
            // An English genitive with its apostrophe belongs to a title ("Beispiel's Magazine").
            // Typed no person ("Annas Idee" as a place or a body), the genitive must be a word no
            // list knows and a person's word of the article.
            guard !lexicon.firstNames.contains(genitive),
                  typedPerson ? words.wordClass(genitive) == nil || isPersonWord(part.dropLast())
                              : words.wordClass(genitive) == nil && !lexicon.isPlace(genitive) && isPersonWord(part.dropLast()),
                  part.unicodeScalars.dropLast().last.map(NameContinuation.isLetter) == true else { continue }
            let nouns = parts[(i + 1)...].allSatisfy { p in
                let s = String(p)
                return p.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase) && words.isCommonNoun(s)
                    && !lexicon.firstNames.contains(s) && !lexicon.isPlace(s)
            }
            if nouns { return length }
        }
        return nil
    }

    /// "der Status Beispiels", "an die Adresse Beispiels", "des Falls Beispiel": a common noun
    /// the tagger ran on into the person it governs; the person is the rest alone (GermEval). The
    /// noun is one the list holds, no title or nationality (`leadingNoun` decides those); the rest
    /// is words no list knows and words of the article's persons, the last in the genitive ("-s")
    /// where the tagger typed the whole a person ("Hurrikan Beispiel" stays). How many scalars to
    /// cut, or nil.
    static func nounBeforePerson(_ m: EntityMention, lexicon: Lexicon, words: GermanWords,
                                 isPersonWord: (Substring) -> Bool) -> Int? {
        guard let space = m.text.utf8.firstIndex(of: 0x20) else { return nil }
        let first = String(m.text[..<space])
        guard words.isListedNoun(first), first.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase),
              !courtesyTitles.contains(first), !rankTitles.contains(first), !nobilityTitles.contains(first),
              !nationalityNouns.contains(first), !GermanNamePatterns.isFirstName(first, lexicon), !lexicon.isPlace(first) else { return nil }
        let rest = m.text.split(separator: " ").dropFirst()
        let last = rest.last!
        let isGenitive = last.unicodeScalars.count >= 4 && last.utf8.last == UInt8(ascii: "s") && isPersonWord(last.dropLast())
        guard isGenitive || m.type != .PER && isPersonWord(last),
              rest.dropLast().allSatisfy({ isPersonWord($0) }),
              rest.allSatisfy({ NameContinuation.isCapitalisedName($0) && words.wordClass(String($0)) == nil }) else { return nil }
        return first.unicodeScalars.count + 1
    }

    /// "von Ministerpräsident Ijad Beispiel", "sagte der Gerichtssprecher Beispiel": words no list
    /// knows, typed a body, a work or a place, right after a role or title. A body or a place
    /// does not stand there without an article, unless in the genitive ("Präsident Frankreichs").
    static func isNameAfterRole(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        // Asked of every mention: the cheap tests first (the scalars, one exact look-up per word),
        // the role's endings next, the word list's compound analysis last.
        guard isCapitalisedWords(m.text), let before = NameContinuation.wordBefore(m.span.start, text),
              ScalarClass.isUppercase(text[before.start]), !lexicon.isPlace(m.text) else { return false }
        let parts = m.text.split(separator: " ")
        guard parts.allSatisfy({ words.listedClass(String($0)) == nil }), !GermanNamePatterns.isPlaceGenitive(m.text, lexicon) else { return false }
        let role = text[before]
        guard PersonNameParticles.isRole(role) || PersonFrames.roleNouns.contains(role)
                || PersonRoleFrames.roleEndings.contains(where: { role.lowercased().hasSuffix($0) }) else { return false }
        return parts.allSatisfy { words.wordClass(String($0)) == nil && !NameContinuation.endsInNoun(String($0), words: words) }
    }

    /// "die Hong Konger Regierung", "der Erlanger Gewebedatenbank": a place's adjective in "-er"
    /// before a noun is no entity (GermEval: a derived word).
    static func isPlaceAdjective(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard m.text.utf8.count > 5, lexicon.isPlaceAdjective(m.text), let next = NameContinuation.wordAfter(m.span.end, text),
              ScalarClass.isUppercase(text[next.start]) else { return false }
        return words.isCommonNoun(text[next])
    }

    /// Words of two letters or more, each a capital and small letters, one space apart; no
    /// string is built.
    static func isCapitalisedWords(_ s: String) -> Bool {
        var length = 0
        for c in s.unicodeScalars {
            if c == " " {
                guard length >= 2 else { return false }
                length = 0
            } else {
                guard length == 0 ? ScalarClass.isUppercase(c) : ScalarClass.isLowercase(c) else { return false }
                length += 1
            }
        }
        return length >= 2
    }

    /// Units of measure an amount of a substance is given in.
    static let units: Set<String> = [
        "Gramm", "Kilogramm", "Kilo", "Milligramm", "Mikrogramm", "Tonnen", "Tonne", "Liter", "Milliliter", "Pfund", "Unzen", "Unze",
        "Barrel", "Kubikmeter", "Säcke", "Packungen", "Dosen", "Flaschen", "g", "kg", "mg", "t", "l", "ml",
    ]

    /// "687 Gramm [Kokain]", "3,5 kg [Heroin]": an amount and a unit right before.
    static func followsMeasure(_ start: Int, _ text: ArticleText) -> Bool {
        guard let unit = NameContinuation.wordBefore(start, text), unit.start >= 2, text[unit.start - 1] == " ",
              ScalarClass.isNumeric(text[unit.start - 2]) || text[unit.start - 2] == "," else { return false }
        return units.contains(text[unit])
    }

    /// "Beispiel, der seit 2010 …": a place no list knows (nor a common noun) before a
    /// relative clause in "der" or "die" with a word in small letters after it (", der
    /// östlichsten Provinz" is an apposition: a capitalised noun follows the adjective).
    static func isPersonBeforeRelativeClause(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Bool {
        let e = m.span.end
        guard e + 7 < text.count, text[e] == ",", text[e + 1] == " ", text[e + 2] == "d", text[e + 5] == " ",
              text[e + 3] == "e" && text[e + 4] == "r" || text[e + 3] == "i" && text[e + 4] == "e",
              let next = NameContinuation.wordAfter(e + 5, text), ScalarClass.isLowercase(text[next.start]),
              next.end + 1 < text.count, text[next.end] == " ", !ScalarClass.isUppercase(text[next.end + 1]) else { return false }
        return !m.text.utf8.contains(UInt8(ascii: "-")) && !lexicon.isPlace(m.text) && words.wordClass(m.text) == nil
            && !NameContinuation.endsInNoun(m.text, words: words) && !GermanNamePatterns.isPlaceGenitive(m.text, lexicon)
    }

    /// Nationality nouns, masculine singular, from general knowledge; the feminine and the
    /// inflected forms are derived ("Franzose", "Französin", "Franzosen"; "Japaner", "Japanerin").
    static let nationalityStems: [String] = [
        "Franzose", "Brite", "Russe", "Weißrusse", "Pole", "Türke", "Grieche", "Schwede", "Däne", "Finne", "Ire", "Schotte",
        "Tscheche", "Slowake", "Chinese", "Portugiese", "Rumäne", "Bulgare", "Serbe", "Kroate", "Slowene", "Afghane",
        "Vietnamese", "Libanese", "Chilene", "Kurde", "Usbeke", "Kasache", "Este", "Lette", "Senegalese", "Kongolese",
        "Sudanese", "Nepalese", "Mongole", "Uigure", "Katalane", "Baske", "Kosovare", "Jemenit",
        "Japaner", "Amerikaner", "US-Amerikaner", "Italiener", "Spanier", "Österreicher", "Schweizer", "Niederländer",
        "Holländer", "Belgier", "Norweger", "Ukrainer", "Inder", "Iraner", "Iraker", "Pakistaner", "Koreaner", "Südkoreaner",
        "Nordkoreaner", "Kenianer", "Nigerianer", "Äthiopier", "Ägypter", "Marokkaner", "Algerier", "Tunesier", "Libyer",
        "Syrer", "Jordanier", "Palästinenser", "Kolumbianer", "Peruaner", "Venezolaner", "Kubaner", "Mexikaner",
        "Brasilianer", "Argentinier", "Kanadier", "Australier", "Neuseeländer", "Südafrikaner", "Engländer", "Waliser",
        "Isländer", "Luxemburger", "Litauer", "Georgier", "Armenier", "Albaner", "Bosnier", "Montenegriner", "Tibeter",
        "Thailänder", "Indonesier", "Philippiner", "Malaysier", "Taiwaner", "Somalier", "Ghanaer", "Kameruner", "Ugander",
        "Ruander", "Haitianer", "Jamaikaner", "Ecuadorianer", "Bolivianer", "Uruguayer", "Zyprer", "Israeli", "Saudi",
    ]

    static let nationalityNouns: Set<String> = {
        var forms: Set<String> = ["Deutsche", "Deutscher", "Deutschen", "Französin"]
        for stem in nationalityStems {
            forms.insert(stem)
            if stem.hasSuffix("e") {
                forms.insert(stem + "n")
                if stem != "Franzose" { forms.insert(String(stem.dropLast()) + "in") }
            } else if stem.hasSuffix("er") {
                forms.insert(stem + "s"); forms.insert(stem + "n"); forms.insert(stem + "in")
            } else if stem.hasSuffix("t") {
                forms.insert(stem + "en"); forms.insert(stem + "in")
            } else {
                forms.insert(stem + "s")
            }
        }
        return forms
    }()
}
