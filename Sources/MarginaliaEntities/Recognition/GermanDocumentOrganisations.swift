import MarginaliaText

/// Organisations told by the rest of the article (issue 16): another inflected form of a party
/// found there, the last member of a list of organisations, and a word seen before an
/// organisation's compound head ("Beispiel-Konzern").
extension GermanNamePatterns {
    /// A party or body named by an adjective is inflected ("die GRÜNEN", "GRÜNE und …", "der Linken",
    /// "die Linke"): once one form is an organisation in the article, an unmarked other form of the
    /// same word (with or without the final "n") is too. Words of four letters or more ending in
    /// "e" or "en", single words only.
    static func inflectedOrganisations(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText) -> [EntityMention] {
        var variants = Set<String>()
        for m in mentions where m.type == .ORG && m.confidence >= commonNounConfidence && !m.text.contains(" ") && m.text.unicodeScalars.count >= 4 {
            let w = m.text
            if w.hasSuffix("en") || w.hasSuffix("EN") { variants.insert(String(w.dropLast())) }
            else if w.hasSuffix("e") { variants.insert(w + "n") }
            else if w.hasSuffix("E") { variants.insert(w + "N") }
        }
        variants.subtract(mentions.filter { $0.type == .ORG }.map(\.text))
        guard !variants.isEmpty else { return mentions }
        // Lengths compared before hashing: most tokens are not looked up at all.
        var lengths: UInt64 = 0
        for v in variants where v.utf8.count < 64 { lengths |= 1 << UInt64(v.utf8.count) }
        var added: [EntityMention] = []
        for sentence in tokens {
            for (k, t) in sentence.enumerated() where t.text.utf8.count < 64 && lengths & (1 << UInt64(t.text.utf8.count)) != 0 && variants.contains(t.text) {
                // Not a sentence's first word, which is capitalised anyway ("Linke Gruppen …"),
                // unless all of it is ("GRÜNE und …").
                guard k > 0 || t.text.uppercased() == t.text, !overlapsAny(t.span, mentions) else { continue }
                // Before a capitalised word it is an adjective opening another name ("die Grüne
                // Jugend" beside "die Grünen"), not the party.
                if k + 1 < sentence.count, isCapitalised(sentence[k + 1].text) { continue }
                added.append(mention(t.span, .ORG, text))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }
}

extension GermanNamePatterns {
    /// The last member of a list of organisations is one too: "NPD, DVU und Republikaner",
    /// "CDU, FDP und Piraten". Two organisations joined by a comma, then "und", "oder" or "sowie"
    /// and one capitalised word that nothing marks and no capitalised word follows (a name of
    /// several words is left alone: where it ends a rule cannot tell).
    static func listedOrganisations(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var added: [EntityMention] = []
        for (a, b) in zip(mentions, mentions.dropFirst()) where a.type == .ORG && b.type == .ORG {
            guard b.span.start == a.span.end + 2, text[a.span.end] == ",", text[a.span.end + 1] == " " else { continue }
            var p = b.span.end
            var link = false
            for conjunction in [" und ", " oder ", " sowie "] where has(conjunction, at: p, text) {
                p += conjunction.unicodeScalars.count
                link = true
                break
            }
            guard link, p < text.count, ScalarClass.isUppercase(text[p]) else { continue }
            var q = p + 1
            while q < text.count, ScalarClass.isLowercase(text[q]) || ScalarClass.isUppercase(text[q]) || text[q] == "-" { q += 1 }
            guard q - p >= 3, text[q - 1] != "-" else { continue }
            // The word after it: no capital ("Freien Wählern" is two words).
            if q + 1 < text.count, text[q] == " ", ScalarClass.isUppercase(text[q + 1]) { continue }
            let span = Span(p, q)
            guard !overlapsAny(span, mentions) else { continue }
            added.append(mention(span, .ORG, text))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }

    /// Does `word` stand in `text` at `p`?
    static func has(_ word: String, at p: Int, _ text: ArticleText) -> Bool {
        var k = p
        for c in word.unicodeScalars {
            guard k < text.count, text[k] == c else { return false }
            k += 1
        }
        return true
    }
}

extension GermanNamePatterns {
    /// "Bündnis 90/Die Grünen": a party that merged with another writes both names, the first with
    /// its year, joined by a slash; the tagger finds only the last word. A capitalised word, a
    /// number, "/" and "Die" or "Der" before an organisation make one name with it. (One German
    /// party has this shape today; the rule reads the shape, not the name.)
    static func mergedNames(_ mentions: inout [EntityMention], text: ArticleText) {
        for k in mentions.indices where mentions[k].type == .ORG {
            var p = mentions[k].span.start
            guard p >= 12, has("Die ", at: p - 4, text) || has("Der ", at: p - 4, text) else { continue }
            p -= 4
            guard text[p - 1] == "/" else { continue }
            p -= 1
            var q = p
            while q > 0, ScalarClass.isNumeric(text[q - 1]) { q -= 1 }
            guard p - q >= 2, q >= 4, text[q - 1] == " " else { continue }
            var w = q - 1
            while w > 0, ScalarClass.isLowercase(text[w - 1]) { w -= 1 }
            guard w > 0, w < q - 2, ScalarClass.isUppercase(text[w - 1]) else { continue }
            let span = Span(w - 1, mentions[k].span.end)
            guard k == 0 || mentions[k - 1].span.end <= span.start else { continue }
            // The tagger's confidence in the last word stays with the whole name.
            let confidence = mentions[k].confidence
            mentions[k] = mention(span, .ORG, text)
            mentions[k].confidence = confidence
        }
    }
}

extension GermanNamePatterns {
    /// Heads that only an organisation's name goes before in a hyphenated compound: "Beispiel-Konzern",
    /// "ABC-Fraktion", "XYZ-Kämpfer", "Beispiel-Aktie". GermEval leaves such a compound unmarked (a
    /// part of a name), but it tells what the name is.
    static let organisationCompoundHeads: Set<String> = [
        "Konzern", "Konzerns", "Konzernchef", "Aktie", "Aktien", "Aktionäre", "Vorstand", "Vorstandschef", "Aufsichtsrat", "Tochter",
        "Fraktion", "Fraktionschef", "Parteitag", "Parteichef", "Generalsekretär", "Zentrale", "Kämpfer", "Filiale", "Filialen",
        "Chef", "Chefin", "Politiker", "Politikerin", "Abgeordnete", "Abgeordneter", "Vorsitzende", "Vorsitzender",
        "Sprecher", "Sprecherin", "Mitglied", "Mitglieder", "Manager", "Fans",
    ]

    /// A word seen in the article before an organisation's compound head ("Beispiel-Konzern") names
    /// that organisation where it stands alone ("… Beispiel kündigte an"; `repeatOrganisationNames`
    /// marks it there). Not a common noun ("Team-Chef"), a place, a first name or a person's surname
    /// (a person may head a compound too: "Meier" named in full is a person).
    static func compoundEvidenceNames(tokens: some Collection<[Token]>, lexicon: Lexicon, words: GermanWords, surnames: Set<String>) -> Set<String> {
        var names = Set<String>()
        for sentence in tokens {
            // Asked of every token: the length first, then a capital and a hyphen.
            for t in sentence where t.text.utf8.count > 5 && isCapitalised(t.text) && t.text.utf8.contains(UInt8(ascii: "-")) {
                let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
                guard parts.count == 2, organisationCompoundHeads.contains(String(parts[1])) else { continue }
                let name = String(parts[0])
                guard name.unicodeScalars.count >= 2, isCapitalised(name), !words.isCommonNoun(name), words.wordClass(name) != .other,
                      !lexicon.isPlace(name), !lexicon.firstNames.contains(name), !surnames.contains(name) else { continue }
                names.insert(name)
            }
        }
        return names
    }
}
