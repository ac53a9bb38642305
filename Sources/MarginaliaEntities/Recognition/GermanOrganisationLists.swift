import MarginaliaText

/// Organisations listed after a plural noun of their kind (issue 16): "die Spielzeughersteller
/// Beispiel und Kreisel", "die Reedereien Nordwind, Seestern und Möwe", "die Parteien ABC und XYZ".
/// The plural noun says that each member of the list is one such organisation; the tagger, reading
/// the names alone, misses a name it never saw or types it as a person. `organisationApposition`
/// reads one name after a singular noun and leaves plurals alone: a plural before one capitalised
/// word is mostly a noun phrase ("Prozent der Unternehmen Beispiele …"); two or more names joined by
/// commas and a final "und", "oder" or "sowie" are a list.
extension GermanNamePatterns {
    /// The spans of a list of names after a plural kind noun at `i`, or nil.
    static func organisationList(_ s: [Token], nounAt i: Int, words: GermanWords) -> [Span]? {
        guard i > 0, i + 3 < s.count, isOrganisationKind(s[i].text), isPluralKind(s, nounAt: i, words: words) else { return nil }
        var j = i + 1
        // "Die führenden Modemhersteller, Beispiel, Kreisel und Nordlicht, hatten …"
        if s[j].text == "," { j += 1 }
        var members: [Span] = []
        var closed = false
        while j < s.count, members.count < 8 {
            guard let end = listMemberEnd(s, at: j, words: words) else { return nil }
            members.append(Span(s[j].span.start, s[end].span.end))
            j = end + 1
            if closed { break }
            guard j < s.count else { return nil }
            if s[j].text == "," { j += 1; continue }
            guard ["und", "oder", "sowie"].contains(s[j].text) else { return nil }
            closed = true
            j += 1
        }
        // The list is closed by its conjunction; a capitalised word after its last member means the
        // last name goes on further than a rule can tell.
        guard closed, members.count >= 2 else { return nil }
        if j < s.count, isCapitalised(s[j].text) { return nil }
        return members
    }

    /// Is the kind noun at `i` a plural: listed as one ("Reedereien"), or a masculine, neuter or mixed
    /// noun after "die" ("die Hersteller", "die Unternehmen")?
    static func isPluralKind(_ s: [Token], nounAt i: Int, words: GermanWords) -> Bool {
        let head = String(s[i].text.split(separator: "-").last ?? "")
        let gender: NounGender?
        if case .noun(let g)? = words.wordClass(head) { gender = g } else { gender = nil }
        if gender == .plural { return true }
        // The article, perhaps before lower-case adjectives ("die beiden großen Hersteller").
        var k = i - 1
        while k > 0, i - k <= 3, isLowerCaseAdjective(s[k].text) || s[k].text == "beiden" { k -= 1 }
        guard s[k].text == "die" || s[k].text == "Die" else { return false }
        return gender != .feminine
    }

    /// The last token of one member of a list starting at `j`: one to three capitalised words, none a
    /// listed common noun, article or determiner (a frequent word the noun list holds as no noun may
    /// be a firm's name: "Lego"); an acronym counts.
    static func listMemberEnd(_ s: [Token], at j: Int, words: GermanWords) -> Int? {
        func member(_ w: String) -> Bool {
            isCapitalised(w) && w.unicodeScalars.count >= 2 && !words.isCommonNoun(w) && !titleArticles.contains(w)
                && !definiteArticles.contains(w) && !determinerAdjectives.contains(w) && !indefiniteArticles.contains(w)
                && !pluralNounEndings.contains { endsWith(w, $0) }
        }
        guard j < s.count, member(s[j].text) else { return nil }
        var end = j
        while end + 1 < s.count, end - j < 2, member(s[end + 1].text) { end += 1 }
        return end
    }

    /// Adds the members of every such list as organisations; a name the tagger found with the same
    /// span is retyped, one crossing a member is left alone. The members go into `names`, to be
    /// found alone elsewhere in the article.
    static func listedAfterKind(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, words: GermanWords,
                                names: inout Set<String>) -> [EntityMention] {
        var result = mentions
        var added: [EntityMention] = []
        for s in tokens {
            // Asked of every token: a capitalised word followed by a capital or a comma, then the noun.
            var i = 1
            while i + 3 < s.count {
                defer { i += 1 }
                guard let next = s[i + 1].text.utf8.first, next >= 65 && next <= 90 || next >= 0xC3 || next == UInt8(ascii: ","),
                      isCapitalised(s[i].text), let members = organisationList(s, nounAt: i, words: words) else { continue }
                for span in members {
                    names.insert(text[span])
                    if let k = result.firstIndex(where: { $0.span == span }) {
                        result[k].type = .ORG
                    } else if !overlapsAny(span, result) {
                        added.append(mention(span, .ORG, text))
                    }
                }
            }
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.span < $1.span }
    }
}
