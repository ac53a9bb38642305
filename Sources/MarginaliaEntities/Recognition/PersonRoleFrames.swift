import MarginaliaText

/// Frames of `PersonFrames` that read a name's shape together with the word before it (issue 16):
/// - a surname after a role compound whose first part is an organisation's acronym ("der
///   XYZ-Chef Beispiel", "ABC-Präsidentin Beispiel"): the tagger finds "Vorname Nachname" there,
///   a surname alone it often misses;
/// - East Asian names of three parts, family name first ("Park Sung Hoon"): a family name from
///   a small table of the most common ones (general knowledge), then two syllables that are no
///   German words; the tagger finds a part or types one as something else;
/// - a listed first name (each part of a hyphenated one) and a surname, neither in a mention,
///   as the tagger leaves them where the surname is also a word ("Jana Bauer", "laut Karl-Otto
///   Beispiel");
/// - a nickname found by its cue, again where it recurs.
enum PersonRoleFrames {
    /// Last parts of role compounds before a person's name.
    static let roleEndings: [String] = PersonNameParticles.roleEndings + [
        "vorsitzende", "vorsitzender", "vorsitzenden", "trainer", "trainerin", "kandidat", "kandidatin", "politikerin",
        "abgeordnete", "abgeordneter", "direktor", "direktorin", "leiter", "leiterin", "gründer", "gründerin", "boss",
        "kommissar", "kommissarin", "sekretär", "sekretärin", "intendant", "intendantin", "manager", "managerin",
        "richter", "richterin",
    ]

    /// "XYZ-Chef Beispiel": token `i` is the role compound; the span of the surname after it.
    static func afterAcronymRole(_ s: [Token], _ i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        // The word after it first: most such compounds ("EU-Kommission") stand before no name.
        let name = s[i + 1].text
        let scalars = name.unicodeScalars
        guard scalars.count >= 3, let first = scalars.first, ScalarClass.isUppercase(first),
              scalars.dropFirst().allSatisfy({ ScalarClass.isLowercase($0) || $0 == "-" }), scalars.last != "-" else { return nil }
        // "XYZ-Chef Beispiel Müller": a longer name the tagger reads.
        if i + 2 < s.count, let next = s[i + 2].text.unicodeScalars.first, ScalarClass.isUppercase(next) { return nil }
        let compound = s[i].text.utf8
        guard let dash = compound.firstIndex(of: UInt8(ascii: "-")), let lastDash = compound.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let acronym = compound[..<dash]
        guard (2...6).contains(acronym.count), acronym.filter({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }).count >= 2,
              acronym.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        let role = String(decoding: compound[compound.index(after: lastDash)...], as: UTF8.self).lowercased()
        guard role.utf8.count >= 4, roleEndings.contains(where: { role.hasSuffix($0) }),
              !GermanNamePatterns.isFirstName(name, lexicon), !lexicon.isPlace(name) else { return nil }
        switch words.wordClass(name) {
        case .other?: return nil
        // A noun after a genitive role is what the role has ("des XYZ-Chefs Äußerungen").
        case .noun?: if role.hasSuffix("s") || words.isListedNoun(name) && !isFollowedByVerbOrEnd(s, i + 2) { return nil }
        case nil: break
        }
        return s[i + 1].span
    }

    /// "Jana Bauer ist …", "laut Anna-Lena Beispiel": token `i` a listed first name of three letters
    /// or more (each part, if hyphenated) that is no word of the lists, and at a sentence's start
    /// none the tagger's training text writes in small letters ("Eine", "Seit"); token `i + 1` of a
    /// surname's shape, and no capitalised word after it (a longer name, a firm: "Amer Sport
    /// Group"). Not after an article or an inflected adjective ("die finnische Amer Sport"). The
    /// span of both words.
    static func firstNameAndSurname(_ s: [Token], _ i: Int, lexicon: Lexicon, words: GermanWords, commonWords: Set<String>) -> Span? {
        let given = s[i].text
        guard given.split(separator: "-", omittingEmptySubsequences: false).allSatisfy({ $0.unicodeScalars.count >= 3 && lexicon.firstNames.contains(String($0)) }),
              words.listedClass(given) == nil, !commonWords.contains(given.lowercased()), !lexicon.isPlace(given) else { return nil }
        let surname = s[i + 1].text
        guard NameContinuation.isSurnameShape(surname, words: words), !lexicon.isPlace(surname) else { return nil }
        if i + 2 < s.count, let c = s[i + 2].text.unicodeScalars.first, ScalarClass.isUppercase(c) { return nil }
        if i > 0 {
            let before = s[i - 1].text
            if GermanNamePatterns.articleWords.contains(before) && before.unicodeScalars.first.map(ScalarClass.isLowercase) == true
                || CommonNounUse.isAttributive(before) {
                return nil
            }
        }
        return Span(s[i].span.start, s[i + 1].span.end)
    }

    /// After a surname that is also a common noun: punctuation, the text's end, or a word in small
    /// letters (a verb or a preposition: "XYZ-Chef Quernbeck äußerte sich").
    static func isFollowedByVerbOrEnd(_ s: [Token], _ j: Int) -> Bool {
        guard j < s.count, let c = s[j].text.unicodeScalars.first else { return true }
        return !ScalarClass.isUppercase(c)
    }

    /// The most common East Asian family names in their usual romanisations (Korean, Chinese,
    /// Vietnamese; general knowledge). Short words that are German or French words are left out.
    static let eastAsianSurnames: [String] = [
        "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Chang",
        "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Ryu", "Hong", "Jeon", "Chun", "Moon", "Yang", "Bae",
        "Baek", "Nam", "Roh", "Ban", "Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Hu", "Guo", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao",
        "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Ye", "Cheng", "Wei", "Ding", "Shen", "Yao", "Cui", "Zhong", "Tan",
        "Jin", "Shi", "Liao", "Jia", "Xia", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu", "Xue", "Yan", "Duan",
        "Hou", "Mao", "Hao", "Gong", "Shao", "Qian", "Kong", "Ma", "Wen", "Lai", "Leung", "Wong", "Chan", "Cheung", "Lau",
        "Tsang", "Ng", "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong",
    ]

    /// "Park Sung Hoon", "Kim Min Jun": a family name (token `i`) and two syllables.
    static func eastAsianName(_ s: [Token], _ i: Int, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard i + 2 < s.count, isSyllable(s[i + 1].text, words), isSyllable(s[i + 2].text, words) else { return nil }
        // Not inside a longer name: no capitalised word right after ("Kim Min Jun Beispiel").
        if i + 3 < s.count, let c = s[i + 3].text.unicodeScalars.first, ScalarClass.isUppercase(c) { return nil }
        guard !lexicon.isPlace(s[i...(i + 2)].map(\.text).joined(separator: " ")) else { return nil }
        return Span(s[i].span.start, s[i + 2].span.end)
    }

    /// A romanised syllable: two to six ASCII letters, capitalised, no German noun or article
    /// ("Soo", "Jae"; "Eng" is a German word too, but no noun).
    static func isSyllable(_ w: String, _ words: GermanWords) -> Bool {
        let b = w.utf8
        guard (2...6).contains(b.count), let first = b.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
              b.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return false }
        return !words.isCommonNoun(w) && !GermanNamePatterns.articleWords.contains(w)
    }

    /// Each later token of `names` (nicknames found by a cue), outside the spans found already.
    static func repeats(of names: Set<String>, in tokens: some Collection<[Token]>, except found: [Span]) -> [Span] {
        var spans: [Span] = []
        for sentence in tokens {
            for token in sentence where names.contains(token.text) && !found.contains(where: { $0.overlaps(token.span) }) {
                spans.append(token.span)
            }
        }
        return spans
    }
}
