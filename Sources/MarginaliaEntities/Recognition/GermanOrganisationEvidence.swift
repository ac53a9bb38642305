import MarginaliaText

/// Organisations told by their frame or by the article, decided after the passes that retype a
/// name by its own cues (a first name, a role before it, a work's marks, the document's votes),
/// so that the stronger cue has the last word (issue 16):
/// - a name right after a noun of an organisation's kind ("die Nachrichtenagentur Beispiel",
///   "der Fluggesellschaft Nordwind Air", "die Rockband Kieselstein", "des Senders Radio Beispiel")
///   that a later pass typed a person, a place or a work;
/// - a listed place found alone right after such a noun and one capitalised word after it ("die
///   Band Beispielstadt Hotel"): the organisation's name, cut;
/// - a name of several words closed by an English head of a firm's or a body's name ("Beispiel
///   Motors", "Beispiel Holdings", "Nordwind Air");
/// - the first word of an organisation's name of several words, alone elsewhere in the same
///   article ("die Partei Beispiel Nord … mit der Beispiel") and typed a person, a place or a work.
/// Frames and the article's own names, no organisation's name.
enum GermanOrganisationEvidence {
    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        guard mentions.contains(where: { $0.type != .ORG }) else { return mentions }
        // The words of the people the article names in full: such a word is a person wherever it
        // stands ("der Sprecher des Ministeriums Beispiel", named "Anna Beispiel" before).
        var personWords = Set<String>()
        for m in mentions where m.type == .PER && m.text.utf8.contains(0x20) {
            for w in m.text.split(separator: " ") { personWords.insert(String(w)) }
        }
        var result = mentions
        // The names the frames tell, wherever they stand in the article (the tagger's organisation
        // after "die Nachrichtenagentur" is one where it opens a sentence too).
        var framed = Set<String>()
        for m in result where hasForeignHead(m.text) || isAfterKind(m, text: text, lexicon: lexicon, words: words, personWords: personWords) {
            framed.insert(m.text)
        }
        for k in result.indices where !framed.isEmpty && result[k].type != .ORG && framed.contains(result[k].text)
            && !(result[k].type == .LOC && lexicon.isPlace(result[k].text)) {
            result[k].type = .ORG
        }
        for k in result.indices where result[k].type == .LOC {
            guard let span = cutAfterKind(result[k], text: text, lexicon: lexicon, words: words),
                  k + 1 == result.count || result[k + 1].span.start >= span.end else { continue }
            result[k] = EntityMention(span: span, text: text[span], type: .ORG, canonical: text[span], confidence: result[k].confidence)
        }
        let (short, sited) = shortForms(result, lexicon: lexicon, words: words, personWords: personWords)
        guard !short.isEmpty else { return result }
        // A place of the place list stays one where the tagger found a place ("Beispielstadt" beside
        // "Beispielstadt United"); typed a person there, the article's organisation is the better guess.
        // So does a place before a town in the organisation's name ("Beispielfluss Beispielstadt":
        // a river or a region the list lacks).
        for k in result.indices where result[k].type != .ORG && short.contains(result[k].text)
            && !(result[k].type == .LOC && (lexicon.isPlace(result[k].text) || sited.contains(result[k].text))) {
            result[k].type = .ORG
        }
        return result
    }

    /// "Beispiel Motors", "Nordwind Air": the last of two words or more is an English head that
    /// closes an organisation's name (`englishOrganisationHeads` and `englishFirmHeads`, both in
    /// GermanForeignNamePatterns).
    static func hasForeignHead(_ name: String) -> Bool {
        // Asked of every mention: a space and a capital after it before any string is made.
        guard let space = name.utf8.lastIndex(of: 0x20), let lead = name.utf8[name.utf8.index(after: space)...].first,
              lead >= 65 && lead <= 90 else { return false }
        let last = String(name[name.index(after: space)...])
        return GermanNamePatterns.englishOrganisationHeads.contains(last) || GermanNamePatterns.englishFirmHeads.contains(last)
    }

    /// Is `m` named right after a noun of an organisation's kind, in the singular and not after an
    /// indefinite article ("ein Unternehmen Schweizer Herkunft")? Not a place, a place's genitive
    /// ("die Mafia-Organisation Italiens"), a web domain (a work), nor a person: one named in full
    /// after a body in the genitive is that body's member ("der Vorstandschef der Beispielbank Anna
    /// Beispiel"), and a word of a person the article names is that person.
    static func isAfterKind(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords, personWords: Set<String>) -> Bool {
        guard isKindFrame(before: m.span.start, text: text, words: words) else { return false }
        let parts = m.text.split(separator: " ").map(String.init)
        guard let first = parts.first, first.unicodeScalars.count >= 2, !m.text.contains(".") else { return false }
        // A person of several words after a body's noun is as often its member, named after the
        // body in the genitive ("der Vorstandschef der Beispielbank Anna Beispiel"): left a person.
        if m.type == .PER, parts.count >= 2 { return false }
        if parts.contains(where: personWords.contains) { return false }
        return !(lexicon.isPlace(m.text) || GermanNamePatterns.isPlaceGenitive(m.text, lexicon)
            || ClauseContextTypes.isRegionGenitive(m.text) || lexicon.isPlaceAdjective(first))
    }

    /// Does a noun of an organisation's kind stand right before `start`, in the singular and not
    /// after an indefinite article ("ein Unternehmen Schweizer Herkunft")? A plural noun ("der
    /// Unternehmen", "die Konzerne") names several bodies.
    static func isKindFrame(before start: Int, text: ArticleText, words: GermanWords) -> Bool {
        // Asked of every mention: a space and a small letter before it (a noun's end) first.
        guard start >= 5, text[start - 1] == " ", ScalarClass.isLowercase(text[start - 2]),
              let before = NameContinuation.wordBefore(start, text), before.end - before.start >= 4,
              ScalarClass.isUppercase(text[before.start]) else { return false }
        let noun = text[before]
        guard isKindNoun(noun) else { return false }
        guard let article = NameContinuation.wordBefore(before.start, text) else { return true }
        let a = text[article].lowercased()
        if GermanNamePatterns.indefiniteArticles.contains(a) { return false }
        let head = String(noun.split(separator: "-").last ?? "")
        if case .noun(let gender)? = words.wordClass(head) {
            if gender == .plural || gender == .neuter && (a == "der" || a == "die") || gender == .masculine && a == "die" { return false }
        }
        return true
    }

    /// "die Fluggesellschaft Kervia First", "die Band Tarnitz Hotel": a listed place the tagger
    /// found alone after a noun of an organisation's kind, and one capitalised word after it that
    /// ends the name (a small word or a mark follows): the organisation's name, cut. Its span, or nil.
    static func cutAfterKind(_ m: EntityMention, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        let p = m.span.end
        guard m.type == .LOC, p + 4 < text.count, text[p] == " ", ScalarClass.isUppercase(text[p + 1]),
              !m.text.utf8.contains(0x20), lexicon.isPlace(m.text) else { return nil }
        var q = p + 2
        while q < text.count, NameContinuation.isLetter(text[q]) { q += 1 }
        guard q - p >= 4 else { return nil }
        // No capitalised word after it (the name might go on further), no hyphen or digit in it.
        if q + 1 < text.count, text[q] == " ", ScalarClass.isUppercase(text[q + 1]) { return nil }
        if q < text.count, text[q] == "-" || ScalarClass.isNumeric(text[q]) { return nil }
        let next = text[Span(p + 1, q)]
        guard !lexicon.isPlace(next), !GermanNamePatterns.isPlaceGenitive(next, lexicon), !GermanNamePatterns.definiteArticles.contains(next),
              isKindFrame(before: m.span.start, text: text, words: words) else { return nil }
        return Span(m.span.start, q)
    }

    /// A noun of an organisation's kind or an outlet's ("Softwarekonzern", "US-Rockband",
    /// "Nachrichtenagentur", "Fernsehkanal"). Not "Sender" alone: a dative may follow it ("hätte
    /// der Sender Beispiel die Gelegenheit gegeben").
    static func isKindNoun(_ noun: String) -> Bool {
        if noun == "Sender" { return false }
        return GermanNamePatterns.isOrganisationKind(noun) || GermanNamePatterns.mediaNounForms.contains(noun)
            || GermanNamePatterns.isMediaCompound(noun)
            || noun.utf8.contains(UInt8(ascii: "-")) && kindHeads.contains(String(noun.split(separator: "-").last ?? ""))
    }
    /// Outlets' kinds in a hyphenated compound ("TV-Kanal", "Online-Zeitung"), and kinds no list
    /// above holds.
    static let kindHeads: Set<String> = ["Kanal", "Kanals", "Zeitung", "Magazin", "Magazins", "Sender", "Senders", "Fernsehsender", "Fernsehsenders"]

    /// First words of the article's organisations of several words that name them alone: no common
    /// noun ("Stiftung"), no frequent word ending like an inflected adjective ("Deutsche", "Neuen"),
    /// no place's adjective, no genitive (the person in "Beispiels Stiftung"), no word of a person
    /// the article names in full.
    /// Also those of them whose name goes on with a listed place ("Beispiel Mannheim").
    static func shortForms(_ mentions: [EntityMention], lexicon: Lexicon, words: GermanWords, personWords: Set<String>)
        -> (forms: Set<String>, sited: Set<String>) {
        var forms = Set<String>()
        var sited = Set<String>()
        var seen = Set<String>()
        for m in mentions where m.type == .ORG {
            guard let space = m.text.utf8.firstIndex(of: 0x20) else { continue }
            let first = String(m.text[..<space])
            // Each first word asked once (an article repeats its organisations); the word list last.
            guard seen.insert(first).inserted, first.utf8.count >= 3, let lead = first.unicodeScalars.first, ScalarClass.isUppercase(lead),
                  first.unicodeScalars.dropFirst().contains(where: ScalarClass.isLowercase), first.utf8.last != UInt8(ascii: "s"),
                  !first.utf8.contains(UInt8(ascii: "-")), !personWords.contains(first), !lexicon.isPlaceAdjective(first) else { continue }
            switch words.wordClass(first) {
            case .noun?: continue
            case .other?: if adjectiveEndings.contains(first.utf8.last ?? 0) { continue }
            case nil: break
            }
            forms.insert(first)
            if m.text[space...].split(separator: " ").contains(where: { lexicon.isPlace(String($0)) }) { sited.insert(first) }
        }
        return (forms, sited)
    }
    /// Last letters of inflected adjectives and verbs: e, m, n, r, s, t.
    static let adjectiveEndings: Set<UInt8> = [0x65, 0x6D, 0x6E, 0x72, 0x73, 0x74]
}
