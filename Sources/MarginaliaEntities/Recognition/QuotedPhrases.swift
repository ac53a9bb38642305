import MarginaliaText

/// A phrase of common words in quotation marks is no name (issue 16: MISC precision). The tagger
/// reads quotation marks as a title's and types the slogans, mottos and catchwords that news
/// quotes ("Plakate mit der Aufschrift „Arbeit = Würde“", "riet zu „Geduld und Mut“")
/// as MISC; GermEval marks none of them ("Nach dem Motto „Natur Natur sein lassen“"). A MISC that
/// is exactly the content of the marks is dropped when it has two words at least, opens with no
/// article (titles often do: „Der Schrei“), holds no digit, and each capitalised word in it is a
/// common noun of the noun list or a compound of its nouns, written as nouns are (no place, no
/// "iPod"; a first name only where it is also a listed noun and a plain noun stands beside it).
/// Titles with a work noun before the marks („Stück „…“", "der Film „…“") are found again by
/// `WorkTitles`, which runs after.
///
/// Also a coined term in marks that the sentence uses as a common noun ("von einer „Achse der
/// Vernunft“", "die sogenannten „Rosinenbomber“", "unter dem Begriff „…“"): a MISC or ORG opening
/// right after the mark whose first word is a common noun, dropped with every other mention of the
/// same text in the article.
enum QuotedPhrases {
    static let articles: Set<String> = ["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines"]

    /// Words before an opening mark that make the quoted phrase a common noun: an indefinite
    /// article or quantifier (`CommonNounUse.indefinite`, also capitalised) or a word that coins a term.
    static let termCues: Set<String> = [
        "sogenannt", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem",
        "genannte", "genannten", "genannter", "genanntes", "genanntem", "Begriff", "Begriffs", "Schlagwort", "Stichwort",
    ]

    static func filter(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords = .shipped) -> [EntityMention] {
        // The texts the article uses as a quoted common noun somewhere: dropped everywhere in it
        // ("eine „Wegmarke“ … die „Wegmarke“").
        var terms = Set<String>()
        for m in mentions where (m.type == .MISC || m.type == .ORG) && isQuotedTerm(m, text, words: words) {
            terms.insert(m.text)
        }
        return mentions.map { trimmingClosingMark($0, text) }.filter { m in
            if isQuotedCompoundPart(m.span, text) { return false }
            if m.type == .MISC || m.type == .ORG, terms.contains(m.text) { return false }
            guard m.type == .MISC, isQuoted(m.span, text) else { return true }
            return !isCommonPhrase(m.text, lexicon: lexicon, words: words)
        }
    }

    /// A name in single marks that the tokeniser closed with its mark, read as an apostrophe
    /// ("aus dem ‚Weißen Hai‘", wiki's ''Name''): the closing mark leaves the mention.
    static func trimmingClosingMark(_ m: EntityMention, _ text: ArticleText) -> EntityMention {
        guard m.span.start > 0, m.span.end - m.span.start > 2, case let last = text[m.span.end - 1], last == "‘" || last == "'",
              text[m.span.start - 1] == (last == "‘" ? "‚" : "'") else { return m }
        var m = m
        let old = m.text
        m.span = Span(m.span.start, m.span.end - 1)
        m.text = text[m.span]
        if m.canonical == old { m.canonical = m.text }
        return m
    }

    /// The opening mark right before `start`, or one space before it (tokenised text: „ Titel “).
    static func openingMark(before start: Int, _ text: ArticleText) -> Int? {
        var open = start - 1
        if open > 0, text[open] == " " { open -= 1 }
        // Marks as titles and terms use them: „…“, «…», »…«, "…", ‚…‘ and the English “…”.
        guard open >= 0, "„\"«»“‚".unicodeScalars.contains(text[open]) else { return nil }
        return open
    }

    /// Marks right around the span, or with one space inside them.
    static func isQuoted(_ span: Span, _ text: ArticleText) -> Bool {
        guard let open = openingMark(before: span.start, text) else { return false }
        var close = span.end
        if close + 1 < text.count, text[close] == " " { close += 1 }
        return close < text.count && text[close] == WorkTitles.Marks(open: text[open]).close
    }

    /// A mention opening right after a mark that a term cue stands before, whose first word is a
    /// common noun, and that is no part of a hyphenated compound („Bild“-Zeitung).
    static func isQuotedTerm(_ m: EntityMention, _ text: ArticleText, words: GermanWords) -> Bool {
        guard let open = openingMark(before: m.span.start, text), open > 0 else { return false }
        var close = m.span.end
        if close < text.count, text[close] == " " { close += 1 }
        if close + 1 < text.count, text[close] == WorkTitles.Marks(open: text[open]).close, text[close + 1] == "-" { return false }
        var before = open
        while before > 0, text[before - 1] == " " { before -= 1 }
        var cueStart = before
        while cueStart > 0, NameContinuation.isLetter(text[cueStart - 1]) { cueStart -= 1 }
        guard cueStart < before else { return false }
        let cue = text[Span(cueStart, before)]
        guard termCues.contains(cue) || CommonNounUse.indefinite.contains(cue.lowercased()) else { return false }
        let first = m.text.split(separator: " ").first.map(String.init) ?? m.text
        return words.isCommonNoun(first)
    }

    static func isCommonPhrase(_ phrase: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        let parts = phrase.split { " ,;:!?=–-".unicodeScalars.contains($0.unicodeScalars.first!) }
        guard parts.count >= 2, !articles.contains(String(parts[0])) else { return false }
        // A first name that is also a common noun ("Leib", "Wolf") counts as the noun beside a
        // noun that is no first name: „Gefahr für Leib und Leben“.
        var nameNouns = 0, plainNouns = 0
        for part in parts {
            let scalars = part.unicodeScalars
            guard let first = scalars.first, !scalars.contains(where: ScalarClass.isNumeric) else { return false }
            let inner = scalars.dropFirst()
            if ScalarClass.isLowercase(first) {
                // Small letters only: not "iPod" (a product), not "beispiel.de" (a site).
                guard inner.allSatisfy(ScalarClass.isLowercase) else { return false }
                continue
            }
            let word = String(part)
            // A listed noun, or a compound of listed nouns ("Amtsmissbrauch"), not an
            // adjective in "-isch" that only looks like one ("Ungar|ische").
            guard ScalarClass.isUppercase(first), inner.allSatisfy(ScalarClass.isLowercase),
                  words.isListedNoun(word) || words.listedClass(word) == nil && words.isCommonNoun(word) && !isAdjectiveInIsch(word),
                  !lexicon.isPlace(word) else { return false }
            if lexicon.firstNames.contains(word) {
                guard words.isListedNoun(word) else { return false }
                nameNouns += 1
            } else {
                plainNouns += 1
            }
        }
        return nameNouns == 0 || plainNouns > 0
    }

    static func isAdjectiveInIsch(_ word: String) -> Bool {
        ["isch", "ische", "ischen", "ischer", "isches", "ischem"].contains { word.hasSuffix($0) }
    }
}

extension QuotedPhrases {
    /// One word alone in quotation marks that the tagger typed a person, a place or an organisation
    /// without confidence: news puts in marks the names of products, craft, projects, storms and
    /// campaigns (GermEval: OTH), and coined terms ("die „Schonfrist“"), rarely a person's or a
    /// town's name. Such a word is dropped when it is a common noun (listed, or a compound ending in
    /// a listed noun: "Sunrise-Phase", not written with an inner capital), and is MISC otherwise. Kept: a word after a noun of an
    /// organisation's or outlet's kind ("die Zeitung „Beispiel“"), a word of capitals only (an
    /// acronym), an outlet named by a common word ("der „Focus“"), a party named by a noun ("die
    /// „Grünen“") or a table's organisation, a place the list knows, a word
    /// whose marks go on in a compound („Beispiel“-Reporterin), a word with a dot, and a mention
    /// with confidence (`CommonNounUse.unsurePersonConfidence`).
    /// An unsure MISC that is such a common noun alone in marks is dropped too ("das Thema „Wende“"),
    /// unless a work noun stands before the marks (a title).
    /// Runs on the shown confidence, after every other pass.
    static func unsureQuotedNames(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon,
                                  words: GermanWords = .shipped) -> [EntityMention] {
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count)
        for var m in mentions {
            if m.type == .MISC, m.confidence < CommonNounUse.unsurePersonConfidence, isLoneQuotedWord(m, text),
               words.isCommonNoun(m.text), !hasInnerCapital(m.text), !WorkTitles.followsWorkNoun(m.span.start - 1, text) {
                continue
            }
            guard m.type != .MISC, m.confidence < CommonNounUse.unsurePersonConfidence, isLoneQuotedWord(m, text),
                  !m.text.unicodeScalars.allSatisfy({ !ScalarClass.isLowercase($0) }),
                  !GermanNamePatterns.commonWordMediaTitles.contains(m.text), !isAfterKindNoun(m, text),
                  !CommonNounUse.bodyNouns.contains(m.text), !GermanNamePatterns.knownOrganisationWords.contains(m.text) else {
                result.append(m)
                continue
            }
            if words.isCommonNoun(m.text), !hasInnerCapital(m.text) { continue }
            if lexicon.isPlace(m.text) {
                result.append(m)
                continue
            }
            m.type = .MISC
            result.append(m)
        }
        return result
    }

    /// „Beispiel“-Entwickler, „Tarnitz 21“-Gegner: a name in marks whose closing mark a hyphen and a
    /// word join to a compound is a part of that compound, no name of its own (GermEval: a part, O).
    static func isQuotedCompoundPart(_ span: Span, _ text: ArticleText) -> Bool {
        guard span.start > 0, span.end + 2 < text.count, text[span.end + 1] == "-",
              ScalarClass.isUppercase(text[span.end + 2]) || ScalarClass.isLowercase(text[span.end + 2]),
              "„\"«»".unicodeScalars.contains(text[span.start - 1]) else { return false }
        return text[span.end] == WorkTitles.Marks(open: text[span.start - 1]).close
    }

    /// One word with no space and no dot (a domain, "Beispielpartei.XY"), right inside marks, the
    /// closing mark not opening a compound („Beispiel“-Zug).
    static func isLoneQuotedWord(_ m: EntityMention, _ text: ArticleText) -> Bool {
        guard !m.text.utf8.contains(0x20), !m.text.utf8.contains(UInt8(ascii: ".")), m.span.start > 0, m.span.end + 1 < text.count,
              "„\"«»".unicodeScalars.contains(text[m.span.start - 1]),
              text[m.span.end] == WorkTitles.Marks(open: text[m.span.start - 1]).close else { return false }
        return text[m.span.end + 1] != "-"
    }

    /// A capital inside a word, not after a hyphen: written as a name ("StadtGalerie"), whatever
    /// its parts ("Sunrise-Phase" is a compound of nouns).
    static func hasInnerCapital(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        return s.indices.dropFirst().contains { ScalarClass.isUppercase(s[$0]) && s[$0 - 1] != "-" }
    }

    /// Does a noun of an organisation's or an outlet's kind stand right before the opening mark?
    static func isAfterKindNoun(_ m: EntityMention, _ text: ArticleText) -> Bool {
        guard let before = NameContinuation.wordBefore(m.span.start - 1, text) else { return false }
        return GermanOrganisationEvidence.isKindNoun(text[before])
    }
}
