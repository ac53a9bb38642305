import MarginaliaText

/// Persons told by the words before the name, for names of unusual shape the tagger does not know
/// (issue 16: nicknames, names with digits, foreign one-word names):
/// - a nickname or pseudonym after "Spitzname(n)", "Künstlername(n)", "Pseudonym", "alias", or
///   after a person and "genannt" ("Vincent Basciano, genannt „…“"): the words in marks, or the
///   one capitalised word, are a person ("mit dem Spitznamen „Krabbe64“");
/// - after a speech verb placed before its subject, a first name and a surname, or one word
///   closing the clause ("…, sagte Anna Beispiel.", "…, so Beispiel.");
/// - a listed first name and a surname that no mention holds, where the tagger saw neither
///   ("laut Anna-Lena Beispiel"; `PersonRoleFrames.firstNameAndSurname`);
/// - one capitalised word right after a noun for a person's role or trade ("der Blogger
///   Zarganar"), when the word is no German word, place, acronym or first name (those the
///   tagger knows) and no other capitalised word follows (then the tagger's reading stands).
enum PersonFrames {
    static let nicknameCues: Set<String> = [
        "Spitzname", "Spitznamen", "Künstlername", "Künstlernamen", "Kampfname", "Kampfnamen", "Pseudonym", "alias",
    ]
    /// Nouns for a person's role or trade that stand right before a name in news.
    static let roleNouns: Set<String> = [
        "Blogger", "Bloggerin", "Rapper", "Rapperin", "Sänger", "Sängerin", "Musiker", "Musikerin", "Künstler", "Künstlerin",
        "Regisseur", "Regisseurin", "Schauspieler", "Schauspielerin", "Autor", "Autorin", "Schriftsteller", "Schriftstellerin",
        "Journalist", "Journalistin", "Aktivist", "Aktivistin", "Dissident", "Dissidentin", "Fotograf", "Fotografin",
        "Komponist", "Komponistin", "Dichter", "Dichterin", "Maler", "Malerin", "Youtuber", "Youtuberin", "Moderator",
        "Moderatorin", "Torhüter", "Stürmer", "Verteidiger", "Spieler", "Spielerin", "Boxer", "Boxerin",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords, commonWords: Set<String> = []) -> [EntityMention] {
        var endingAt: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() where m.type == .PER { endingAt[m.span.end] = k }
        var found: [Span] = []
        var nicknames = Set<String>()
        for sentence in tokens {
            for (i, token) in sentence.enumerated() where i + 1 < sentence.count {
                // One lookup per word, only for capitalised words and the lower-case cues (a speech
                // verb only before a capitalised word).
                guard let lead = token.text.utf8.first else { continue }
                // A speech verb is told by its bytes, without hashing (every lower-case word is asked).
                let speech = lead >= UInt8(ascii: "b") && isSpeechVerb(token.text.utf8) && isNameStart(sentence[i + 1].text)
                guard speech || lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") || lead == UInt8(ascii: "a") || lead == UInt8(ascii: "g")
                else { continue }
                guard let cue = speech ? .speech : cues[token.text] else {
                    // "XYZ-Chef Beispiel": a hyphen, looked for in the bytes of words that open with two
                    // capitals only ("GdP-Chef" is missed: most capitalised words are asked nothing more).
                    if lead <= UInt8(ascii: "Z"), token.text.utf8.dropFirst().first.map({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) == true,
                       token.text.utf8.contains(UInt8(ascii: "-")),
                       let name = PersonRoleFrames.afterAcronymRole(sentence, i, lexicon: lexicon, words: words) { found.append(name) }
                    else if lead <= UInt8(ascii: "Z"), isNameStart(sentence[i + 1].text),
                            let name = PersonRoleFrames.firstNameAndSurname(sentence, i, lexicon: lexicon, words: words, commonWords: commonWords)
                                ?? roleCompoundName(sentence, i, lexicon: lexicon, words: words),
                            !mentions.contains(where: { $0.span.overlaps(name) }) { found.append(name) }
                    continue
                }
                if cue == .nickname || cue == .named && followsPerson(sentence, i, endingAt) {
                    if let nick = nickname(sentence, after: i) {
                        found.append(nick)
                        nicknames.insert(text[nick])
                    }
                } else if cue == .role, let name = unknownName(sentence, after: i, lexicon: lexicon, words: words),
                          !mentions.contains(where: { $0.span.overlaps(name) }) {
                    found.append(name)
                } else if cue == .speech, let name = nameAfterSpeechVerb(sentence, i, lexicon: lexicon, words: words),
                          // A full name replaces the pieces found inside it; one word only where nothing was found.
                          name.end > sentence[i + 1].span.end || !mentions.contains(where: { $0.span.overlaps(name) }) {
                    found.append(name)
                } else if cue == .eastAsianSurname, let name = PersonRoleFrames.eastAsianName(sentence, i, lexicon: lexicon, words: words) {
                    found.append(name)
                }
            }
        }
        guard !found.isEmpty else { return mentions }
        if !nicknames.isEmpty { found += PersonRoleFrames.repeats(of: nicknames, in: tokens, except: found) }
        return MiscKinds.placing(found.sorted { $0.start < $1.start }, as: .PER, in: mentions, text: text).mentions
    }

    enum Cue { case nickname, named, role, eastAsianSurname, speech }
    static let cues: [String: Cue] = {
        var cues: [String: Cue] = ["genannt": .named]
                for w in nicknameCues { cues[w] = .nickname }
        for w in roleNouns { cues[w] = .role }
        for w in PersonRoleFrames.eastAsianSurnames { cues[w] = .eastAsianSurname }
        return cues
    }()

    /// The speech verbs' bytes by their first byte.
    static let speechVerbBytes: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for v in ClauseContextTypes.speechVerbs { table[Int(v.utf8.first!)].append(Array(v.utf8)) }
        return table
    }()

    static let speechVerbMaxBytes = ClauseContextTypes.speechVerbs.map(\.utf8.count).max() ?? 0

    /// Do these bytes spell a speech verb? Asked of every lower-case word: a table by the first
    /// byte and a comparison of lengths first.
    static func isSpeechVerb(_ u: String.UTF8View) -> Bool {
        guard let a = u.first, u.count <= speechVerbMaxBytes else { return false }
        for v in speechVerbBytes[Int(a)] where v.count == u.count && u.elementsEqual(v) { return true }
        return false
    }

    /// A capital and a small letter: the shape of a name's first word.
    static func isNameStart(_ w: String) -> Bool {
        let u = w.utf8
        guard u.count >= 2, let a = u.first, a >= UInt8(ascii: "A") && a <= UInt8(ascii: "Z") || a >= 0xC3 else { return false }
        let b = u[u.index(after: u.startIndex)]
        return b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") || a >= 0xC3
    }

    /// "…, sagte Anna Beispiel.", "…, so Beispiel.": after a speech verb placed before its subject,
    /// a listed first name and a capitalised word, or one capitalised word closing the clause (a
    /// comma, a period or a colon after it) that no list knows as a place, a plural or a word of
    /// another class. "so" only after a comma ("…, so Beispiel.").
    static func nameAfterSpeechVerb(_ s: [Token], _ i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        if s[i].text == "so", i == 0 || s[i - 1].text != "," { return nil }
        let j = i + 1
        let first = s[j].text
        guard isNameStart(first), first.unicodeScalars.first.map(ScalarClass.isUppercase) == true,
              !GermanNamePatterns.articleWords.contains(first), !lexicon.isPlace(first),
              first.unicodeScalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" }) else { return nil }
        func closesClause(_ k: Int) -> Bool {
            k >= s.count || [".", ",", ":", ";"].contains(s[k].text)
        }
        if lexicon.firstNames.contains(first), j + 1 < s.count, isNameStart(s[j + 1].text),
           s[j + 1].text.unicodeScalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" }),
           words.listedClass(s[j + 1].text) != .other, !lexicon.isPlace(s[j + 1].text),
           closesClause(j + 2) || s[j + 2].text.unicodeScalars.first.map(ScalarClass.isLowercase) == true {
            return Span(s[j].span.start, s[j + 1].span.end)
        }
        guard closesClause(j + 1) else { return nil }
        switch words.wordClass(first) {
        case nil, .noun(.masculine)?, .noun(.feminine)?: return s[j].span
        default: return nil
        }
    }

    /// "Basciano, genannt", "Basciano genannt": a person the tagger found right before.
    static func followsPerson(_ s: [Token], _ i: Int, _ endingAt: [Int: Int]) -> Bool {
        guard i > 0 else { return false }
        let before = s[i - 1].text == "," && i > 1 ? s[i - 2] : s[i - 1]
        return endingAt[before.span.end] != nil
    }

    /// The nickname after the cue: up to four words in marks starting with a capital or a digit,
    /// or one capitalised word.
    static func nickname(_ s: [Token], after i: Int) -> Span? {
        let open = s[i + 1].text
        if open == "„" || open == "\"" {
            var j = i + 2
            while j < s.count, j - i <= 6, !["“", "\"", "”"].contains(s[j].text) { j += 1 }
            guard j < s.count, j > i + 2, j - (i + 2) <= 4, let first = s[i + 2].text.unicodeScalars.first,
                  ScalarClass.isUppercase(first) || ScalarClass.isNumeric(first) else { return nil }
            return Span(s[i + 2].span.start, s[j - 1].span.end)
        }
        guard let first = open.unicodeScalars.first, ScalarClass.isUppercase(first), open.unicodeScalars.count >= 2,
              !GermanNamePatterns.articleWords.contains(open) else { return nil }
        return s[i + 1].span
    }

    /// "Ministerpräsident Beispiel blieb", "die Richterin Beispiel": after a role noun told
    /// by its ending (`PersonRoleFrames.roleEndings`: "-präsident", "-richter", "-führer"), one
    /// capitalised word no list knows, as after the listed role nouns (`unknownName`).
    static func roleCompoundName(_ s: [Token], _ i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        // Asked of many capitalised words: the bytes of the word after it and its last letter first.
        guard s[i].text.utf8.count >= 5, let last = s[i].text.utf8.last, roleLastBytes.contains(last),
              i + 2 >= s.count || s[i + 2].text.utf8.first.map({ $0 < UInt8(ascii: "A") || $0 > UInt8(ascii: "Z") }) == true,
              s[i + 1].text.utf8.last != UInt8(ascii: "-") else { return nil }
        let role = s[i].text.lowercased()
        guard PersonRoleFrames.roleEndings.contains(where: { role.hasSuffix($0) }),
              let name = unknownName(s, after: i, lexicon: lexicon, words: words),
              !NameContinuation.endsInNoun(s[i + 1].text, words: words) else { return nil }
        return name
    }

    /// The last bytes of the role endings: most capitalised words end in none of them.
    static let roleLastBytes: Set<UInt8> = Set(PersonRoleFrames.roleEndings.compactMap(\.utf8.last))

    /// "der Blogger Zarganar": one capitalised word no list knows, and no capitalised word after it.
    static func unknownName(_ s: [Token], after i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        let w = s[i + 1].text
        let scalars = w.unicodeScalars
        guard scalars.count >= 3, let first = scalars.first, ScalarClass.isUppercase(first),
              scalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" }),
              words.wordClass(w) == nil, !lexicon.isPlace(w), !lexicon.firstNames.contains(w),
              !(w.hasSuffix("s") && lexicon.isPlace(String(w.dropLast()))) else { return nil }
        if i + 2 < s.count, s[i + 2].text.unicodeScalars.first.map(ScalarClass.isUppercase) == true { return nil }
        return s[i + 1].span
    }
}
