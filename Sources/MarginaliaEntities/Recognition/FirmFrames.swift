import MarginaliaText

/// Two frames of a firm's name that the organisation passes before leave unread (recall16):
/// - a subsidiary named right after a compound in "-tochter" whose first part is a firm's name or
///   a line of business ("die Beispiel-Tochter Muster Systems", "der Versandtochter Muster"): the
///   name is the subsidiary; "Tochter" alone, or after a family word ("Stieftochter"), is a daughter;
/// - a firm's name closed by a comma and its legal form ("Muster Analytics, Inc.", "Beispiel,
///   Ltd."; the forms are `GermanNamePatterns.legalForms`): the form belongs to the name, which the
///   tagger cuts at the comma.
/// Word shapes and business words only, no firm's name.
enum FirmFrames {
    /// First parts of a closed compound in "-tochter" that name a line of business or a firm's kind
    /// ("Konzerntochter", "Versandtochter", "Bahntochter"), lower case.
    static let businessStems: Set<String> = [
        "konzern", "versand", "bahn", "bank", "banken", "handels", "finanz", "software", "mobilfunk", "internet",
        "online", "logistik", "energie", "strom", "chemie", "pharma", "auto", "luftfahrt", "rüstungs", "medien",
        "telekom", "telekommunikations", "versicherungs", "immobilien", "reise", "touristik", "fluglinien",
        "airline", "verlags", "handy", "computer", "elektronik", "technologie", "stahl", "bau", "post", "fracht",
    ]
    /// Words that open no firm's name: articles and the like, capitalised at a sentence's start.
    static let openers: Set<String> = [
        "Der", "Die", "Das", "Des", "Dem", "Den", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "The",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                      words: GermanWords) -> [EntityMention] {
        var found: [Span] = []
        for s in tokens where s.count > 2 {
            for i in s.indices {
                let w = s[i].text
                if w.hasSuffix("ochter"), let name = subsidiary(s, after: i, words: words) {
                    found.append(name)
                } else if i >= 2, s[i - 1].text == ",", GermanNamePatterns.legalForms.contains(w), let name = commaFirm(s, form: i) {
                    found.append(name)
                }
            }
        }
        guard !found.isEmpty else { return mentions }
        found += repeats(of: found, in: tokens, text: text, words: words)
        // A name crossing a span's edge is left alone; one a span holds exactly is retyped; names
        // inside it give way (the product passes' placing).
        return MiscKinds.placing(found, as: .ORG, in: mentions, text: text).mentions
    }

    /// The other places in the article where a found name of one word stands alone, unless the word
    /// is a listed German word ("Quelle" is a firm after "Versandtochter", a source elsewhere).
    static func repeats(of found: [Span], in tokens: some Collection<[Token]>, text: ArticleText, words: GermanWords) -> [Span] {
        var names = Set<String>()
        for span in found {
            let name = text[span]
            if !name.contains(" "), words.listedClass(name) == nil { names.insert(name) }
        }
        guard !names.isEmpty else { return [] }
        return GermanNamePatterns.recurrences(of: names, in: tokens, wholeOnly: false).filter { !found.contains($0) }
    }

    /// Is `w` a compound in "-tochter" that names a subsidiary: hyphenated after a capitalised part
    /// ("Beispiel-Tochter", "ABC-Tochter"), or closed after a business stem ("Konzerntochter")?
    static func isSubsidiaryNoun(_ w: String) -> Bool {
        let lower = w.lowercased()
        guard lower.hasSuffix("tochter") else { return false }
        let stem = lower.dropLast(7)
        if stem.hasSuffix("-") {
            return stem.count >= 3 && GermanNamePatterns.isCapitalised(w)
        }
        return businessStems.contains(String(stem))
    }

    /// The subsidiary's name after the noun at token `i`: a capitalised word (any word: a firm may be
    /// named by a noun, "Quelle"), then up to two more capitalised words that are no listed word.
    static func subsidiary(_ s: [Token], after i: Int, words: GermanWords) -> Span? {
        guard i + 1 < s.count, isSubsidiaryNoun(s[i].text) else { return nil }
        var j = i + 1
        if s[j].text == "„", j + 1 < s.count { j += 1 }
        guard GermanNamePatterns.isCapitalised(s[j].text), !openers.contains(s[j].text), s[j].text.unicodeScalars.count >= 2 else { return nil }
        var end = j
        while end + 1 < s.count, end - j < 2, GermanNamePatterns.isCapitalised(s[end + 1].text),
              words.listedClass(s[end + 1].text) == nil {
            end += 1
        }
        return Span(s[j].span.start, s[end].span.end)
    }

    /// "Muster Analytics, Inc.": one to four capitalised words right before the comma before the
    /// legal form at token `form`, opened by no article.
    static func commaFirm(_ s: [Token], form: Int) -> Span? {
        var start = form - 2
        guard GermanNamePatterns.isCapitalised(s[start].text), !openers.contains(s[start].text) else { return nil }
        while start > 0, form - 2 - start < 3, GermanNamePatterns.isCapitalised(s[start - 1].text), !openers.contains(s[start - 1].text) {
            start -= 1
        }
        return Span(s[start].span.start, s[form].span.end)
    }
}
