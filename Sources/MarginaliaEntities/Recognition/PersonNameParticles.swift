import MarginaliaText

/// Person names with an Arabic article or kinship word (issue 16: person names of unusual shape):
/// "Muammar al-Gaddafi", "Mohammed el-Baradei", "Aiman az-Zawahiri", "Osama bin Laden". The
/// tagger, trained on German sentences, cuts them at the lower-case particle, misses them, or
/// reads the later short form ("el-Baradei", "al-Baschirs") as an organisation or nothing.
/// - A full name: one to three capitalised words that are no German words, then a lower-case
///   article joined by a hyphen to a capitalised name ("al-Gaddafi"), or a kinship word and a
///   name ("bin Laden"). The same shape names groups ("Ansar al-…") and places ("Scharm
///   el-…"), so one piece of evidence that a person is meant is needed: the tagger found a person
///   in it, the first word is a listed first name, or a title or role stands before it
///   ("Machthaber", "Präsident", "Dr.").
/// - Two persons the tagger found either side of a Romance or Dutch particle are one name:
///   "Lula" + "da" + "Silva", "Ortega" + "y" + "Gasset" (German "von", "der" are left: "ein
///   Porträt Müllers von Schmidt" names two people).
/// - The short form: once a person's full name in the article holds "al-X" (or "bin X"), "al-X",
///   "Al-X", "el-X" and their genitive with "s" are that person wherever they stand alone.
enum PersonNameParticles {
    /// Articles written before a name with a hyphen (assimilated forms included: "asch-", "az-").
    static let articles: Set<String> = ["al", "el", "as", "asch", "ash", "ad", "ar", "az", "at", "an", "ed", "es", "ez", "et", "ech"]
    /// Kinship words between a first name and a family name.
    static let kinship: Set<String> = ["bin", "ibn", "bint", "ould"]
    /// Ends of role nouns that stand before a person's name ("Staatspräsident", "Machthaber").
    static let roleEndings = [
        "minister", "ministers", "ministerin", "präsident", "präsidenten", "präsidentin", "chef", "chefs", "chefin",
        "führer", "führers", "haber", "habers", "sprecher", "sprechers", "sprecherin", "diktator", "diktators",
        "scheich", "scheichs", "general", "generals", "kommandeur", "kommandeurs", "prinz", "prinzen", "könig",
        "königs", "emir", "emirs", "imam", "imams", "kleriker", "klerikers", "politiker", "politikers", "sohn",
        "sohnes", "bruder", "tochter", "vater", "premier", "premiers", "kalif", "kalifen", "anwalt", "anwalts",
    ]
    static let confidence = GermanNamePatterns.patternConfidence

    /// "al-Gaddafi" (lower-case article) or, with `anyCase`, "Al-Gaddafi": the article and the name.
    static func articled(_ w: String, anyCase: Bool = false) -> (article: String, name: String)? {
        guard let dash = w.firstIndex(of: "-"), dash != w.startIndex else { return nil }
        let article = String(w[..<dash]), name = String(w[w.index(after: dash)...])
        guard name.unicodeScalars.count >= 2, let head = name.unicodeScalars.first, ScalarClass.isUppercase(head),
              !name.contains("-") else { return nil }
        if articles.contains(article) { return (article, name) }
        return anyCase && articles.contains(article.lowercased()) ? (article.lowercased(), name) : nil
    }

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords) -> [EntityMention] {
        // Asked of every token: the cheap test of a hyphen or a kinship word first.
        var result = mentions
        var sawParticle = false
        for sentence in tokens {
            for (j, token) in sentence.enumerated() where j > 0 {
                // Asked of every token: a lower-case first letter, then a hyphen or a short kinship word.
                guard let lead = token.text.utf8.first, lead >= UInt8(ascii: "a"), lead <= UInt8(ascii: "z") else { continue }
                guard (lead == UInt8(ascii: "b") || lead == UInt8(ascii: "i") || lead == UInt8(ascii: "o")) && token.text.utf8.count <= 4
                        && kinship.contains(token.text) && j + 1 < sentence.count
                        || token.text.utf8.contains(UInt8(ascii: "-")) && articled(token.text) != nil else { continue }
                sawParticle = true
                guard let span = fullName(sentence, particleAt: j, mentions: result, lexicon: lexicon, words: words) else { continue }
                result.removeAll { $0.span.overlaps(span) }
                result.append(EntityMention(span: span, text: text[span], type: .PER, canonical: text[span], confidence: confidence))
            }
        }
        result = joinedAcrossParticles(result, text: text)
        guard sawParticle else { return result }
        return shortForms(result, tokens: tokens, text: text).sorted { $0.span.start < $1.span.start }
    }

    /// The full name whose particle is token `j`, if the article shows a person is meant.
    static func fullName(_ s: [Token], particleAt j: Int, mentions: [EntityMention], lexicon: Lexicon, words: GermanWords) -> Span? {
        var end = j
        if kinship.contains(s[j].text) {
            guard isNameWord(s[j + 1].text, words: words) else { return nil }
            end = j + 1
        }
        // A person the tagger found right after it is the rest of the name ("Zine el-Abidine" + "Ben Ali").
        if end + 1 < s.count, let next = mentions.first(where: { $0.type == .PER && $0.span.start == s[end + 1].span.start }),
           let last = s.lastIndex(where: { $0.span.end == next.span.end }) {
            end = last
        }
        var start = j
        while start > 0, j - start < 3, isNameWord(s[start - 1].text, words: words) { start -= 1 }
        guard start < j else { return nil }
        let span = Span(s[start].span.start, s[end].span.end)
        let touching = mentions.filter { $0.span.overlaps(span) }
        // A longer name the tagger found stays as it is ("Abd al-Fattah Junis").
        guard touching.allSatisfy({ $0.span.start >= span.start && $0.span.end <= span.end }) else { return nil }
        if touching.count == 1, touching[0].span == span, touching[0].type == .PER { return nil }
        let byTagger = touching.contains { $0.type == .PER }
        // "Dr." is cut "Dr" "." as GermEval cuts it.
        let before = start > 1 && s[start - 1].text == "." ? s[start - 2].text : start > 0 ? s[start - 1].text : ""
        let byRole = isRole(before)
        let byFirstName = GermanNamePatterns.isFirstName(s[start].text, lexicon)
        guard byTagger || byRole || byFirstName else { return nil }
        // What the tagger typed otherwise needs a role before it: "Ansar al-…" is a group.
        if touching.contains(where: { $0.type != .PER }) && !byRole { return nil }
        if lexicon.isPlace(s[start...end].map(\.text).joined(separator: " ")) { return nil }
        return span
    }

    /// Particles inside Romance, Dutch and Arabic names, alone or in pairs ("de la", "van den"); the
    /// Arabic article also written apart ("Hussein al Huthi").
    static let joiningParticles: Set<String> = [
        "da", "de", "do", "dos", "das", "di", "del", "della", "van", "ter", "ten", "du", "la", "le", "y", "al", "el", "bin", "ibn",
    ]

    /// "Lula" PER, " da ", "Silva" PER: one person "Lula da Silva".
    static func joinedAcrossParticles(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var result: [EntityMention] = []
        for m in mentions.sorted(by: { $0.span.start < $1.span.start }) {
            if let last = result.last, last.type == .PER, m.type == .PER, m.span.start > last.span.end + 2,
               m.span.start - last.span.end <= 12, !m.text.unicodeScalars.contains(" ") || m.text.split(separator: " ").count <= 2 {
                let gap = text.string(last.span.end..<m.span.start)
                let words = gap.split(separator: " ", omittingEmptySubsequences: false)
                // " da ", " de la ": a space, one or two particles, a space.
                if words.count >= 3, words.count <= 4, words.first == "", words.last == "",
                   words.dropFirst().dropLast().allSatisfy({ joiningParticles.contains(String($0)) }) {
                    let span = Span(last.span.start, m.span.end)
                    result[result.count - 1] = EntityMention(span: span, text: text[span], type: .PER, canonical: text[span],
                                                             confidence: max(last.confidence, m.confidence))
                    continue
                }
            }
            result.append(m)
        }
        return result
    }

    /// A capitalised word of letters that is no German word, article, title or place: "Muammar", "Abu".
    static func isNameWord(_ w: String, words: GermanWords) -> Bool {
        let scalars = w.unicodeScalars
        guard scalars.count >= 2, let head = scalars.first, ScalarClass.isUppercase(head),
              scalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" || $0 == "’" || $0 == "'" }),
              words.wordClass(w) == nil, !GermanNamePatterns.articleWords.contains(w), !isRole(w)
        else { return false }
        return !(w.hasSuffix("s") && words.isCommonNoun(String(w.dropLast())))
    }

    static func isRole(_ w: String) -> Bool {
        if NameCues.personTitles.contains(w) || w == "Dr" || w == "Dr." { return true }
        let lower = w.lowercased()
        return roleEndings.contains { lower.hasSuffix($0) }
    }

    /// "el-Baradei", "El-Baradeis", "bin Laden" alone, after the full name in a person's mention.
    static func shortForms(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var tails = Set<String>()
        var kinTails = Set<[String]>()
        for m in mentions where m.type == .PER {
            let parts = m.text.split(separator: " ").map(String.init)
            for (n, part) in parts.enumerated() {
                if let (article, name) = articled(part, anyCase: true), n > 0 { tails.insert(article + "-" + name) }
                if kinship.contains(part), n > 0, n + 1 < parts.count { kinTails.insert([part, parts[n + 1]]) }
            }
        }
        guard !tails.isEmpty || !kinTails.isEmpty else { return mentions }
        var result = mentions
        var added: [EntityMention] = []
        func place(_ span: Span) {
            let touching = result.indices.filter { result[$0].span.overlaps(span) }
            if touching.isEmpty {
                added.append(EntityMention(span: span, text: text[span], type: .PER, canonical: text[span], confidence: confidence))
            } else if touching.count == 1, result[touching[0]].span == span, result[touching[0]].type != .PER {
                result[touching[0]].type = .PER
            }
        }
        for sentence in tokens {
            for (k, token) in sentence.enumerated() {
                if let (article, name) = articled(token.text, anyCase: true) {
                    let key = article + "-" + name
                    if tails.contains(key) || name.hasSuffix("s") && tails.contains(String(key.dropLast())) { place(token.span) }
                } else if kinship.contains(token.text), k + 1 < sentence.count {
                    let next = sentence[k + 1].text
                    guard kinTails.contains([token.text, next]) || next.hasSuffix("s") && kinTails.contains([token.text, String(next.dropLast())])
                    else { continue }
                    place(Span(token.span.start, sentence[k + 1].span.end))
                }
            }
        }
        return result + added
    }
}
