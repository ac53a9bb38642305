import MarginaliaText
import MarginaliaEntities

/// "In dem Entwurf steht noch der Passus: „…“", "Auf dem Plakat war „…“ zu lesen", "Darin
/// heißt es: „…“": a quote read off a text (a document, a sign, a web page) has that text as its
/// source. German says where words stand with "stehen", "zu lesen sein", "sich finden" or an
/// impersonal "heißt es" and a place phrase: in/auf + the text, or a pronominal adverb (darin,
/// darauf) standing for a text named just before. The phrase is the speaker; an adverb is shown
/// with the text it stands for (`SpeakerResolver` resolves it through `WrittenSource.antecedent`).
enum WrittenSource {
    /// Nouns of texts that carry words, from general knowledge; compounds ending in one count too
    /// ("Gesetzentwurf", "Pressemitteilung", "Fronttransparent", "Aufschrift").
    static let textNouns: [String] = [
        "erklärung", "stellungnahme", "mitteilung", "meldung", "brief", "schreiben", "bericht", "papier",
        "dokument", "entwurf", "gesetz", "artikel", "studie", "plakat", "transparent", "banner", "schild",
        "flugblatt", "protokoll", "urteil", "antrag", "vertrag", "beschluss", "resolution", "memorandum",
        "blog", "website", "webseite", "homepage", "internetseite", "eintrag", "aufruf", "zeitung", "magazin",
        "buch", "satzung", "verordnung", "richtlinie", "passus", "absatz", "paragraf", "paragraph", "schrift",
        "gutachten", "manifest", "tweet", "beitrag", "verfassung", "abkommen", "vereinbarung", "akte",
        "flyer", "broschüre", "handbuch", "kommuniqué", "anzeige", "mail", "e-mail", "notiz",
    ]

    /// Words ending in a text noun that are no text ("Kontext", "Gesetzgeber" does not end in one).
    static let blockers: [String] = ["kontext", "ablauf"]

    /// Pronominal adverbs that stand for the place a text was just named.
    static let adverbs: Set<String> = ["darin", "darauf", "hierin", "dort"]

    /// Verbs saying that words stand somewhere: "steht", "stand", "findet sich".
    static let standingVerbs: Set<String> = ["steht", "stand", "stehe", "stehen", "standen", "stünde", "findet", "fand"]

    /// Is this capitalised word a text noun, or a compound or genitive of one ("des Berichts")?
    static func isTextNoun(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        let lower = word.lowercased()
        guard !blockers.contains(where: lower.hasSuffix) else { return false }
        for form in [lower, lower.hasSuffix("es") ? String(lower.dropLast(2)) : lower, lower.hasSuffix("s") ? String(lower.dropLast()) : lower] {
            if textNouns.contains(form) { return true }
            if textNouns.contains(where: { $0.count >= 4 && form.count >= $0.count + 3 && form.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// How far back (code points) a pronominal adverb looks for the text it stands for: the
    /// sentence before, about.
    static let reach = 320

    /// The noun phrase of the last text named in `words` (an article, adjectives, the noun):
    /// "eine Stellungnahme", "ein großes Plakat".
    static func lastText(_ words: [(lower: String, isCapitalised: Bool, span: Span)]) -> Span? {
        guard let n = words.indices.last(where: { words[$0].isCapitalised && isTextNoun(capitalise(words[$0].lower)) }) else { return nil }
        var start = n
        while start > 0, start > n - 4, !words[start - 1].isCapitalised,
              SpeechCueLexicon.germanDeterminers.contains(words[start - 1].lower) || ["e", "en", "er", "es", "em"].contains(where: words[start - 1].lower.hasSuffix) {
            start -= 1
            if SpeechCueLexicon.germanDeterminers.contains(words[start].lower) { break }
        }
        return Span(words[start].span.start, words[n].span.end)
    }

    private static func capitalise(_ lower: String) -> String { lower.prefix(1).uppercased() + lower.dropFirst() }

    /// The text a pronominal adverb at `span` stands for, in the article text before it.
    static func antecedent(of span: Span, in text: ArticleText) -> Span? {
        let tokens = Tokenizer.tokenize(text, in: Span(max(0, span.start - reach), span.start))
        let words = tokens.filter { $0.text.unicodeScalars.first.map(QuoteScanner.isWordScalar) ?? false }
            .map { (lower: $0.text.lowercased(), isCapitalised: $0.text.unicodeScalars.first!.properties.isUppercase, span: $0.span) }
        return lastText(words)
    }
}

extension SpeakerFinder {
    /// The text a quote is read from, in its clause before the quote (or "„…“ zu lesen" after it).
    func writtenSource(firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, u0 > sentence.lowerBound else { return nil }
        let colonBefore = units[u0 - 1].text == ":"
        let start = (sentence.lowerBound..<(colonBefore ? u0 - 1 : u0)).last(where: { [":", ";"].contains(units[$0].text) }).map { $0 + 1 } ?? sentence.lowerBound
        guard start < u0 else { return nil }
        let clause = start..<u0
        let readAfter = u1 + 2 < sentence.upperBound && units[u1 + 1].lower == "zu" && units[u1 + 2].lower == "lesen"
        // "In dem Schreiben war von einem „…“ die Rede": the text speaks of it.
        let talkOf = u1 + 2 < sentence.upperBound && AttributionCues.isTalkOfFrame(units, at: u1 + 2, sentence: sentence)
        guard let verb = clause.first(where: { isStandingVerb($0) }) ?? (readAfter ? u1 + 2 : nil)
                ?? (talkOf ? clause.first(where: { SpeakerFinder.formsOfSein.contains(units[$0].lower) }) : nil) else { return nil }
        // Another speech frame in the clause ("In dem Brief schrieb X: „…“") names a speaker itself.
        guard !clause.contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            && !SpeakerFinder.impersonalSayingVerbs.contains(units[$0].lower) }) else { return nil }
        // "Darin steht: „…“": the adverb opening the clause, when a text was named before it.
        if WrittenSource.adverbs.contains(units[start].lower), start < verb,
           WrittenSource.lastText(units[max(0, start - 3 * ParagraphUnits.window)..<start].filter(\.isWord)
                .map { (lower: $0.lower, isCapitalised: $0.isCapitalised, span: $0.span) }) != nil {
            return start..<(start + 1)
        }
        // "In der letzten, gestern veröffentlichten Fassung des Berichts heißt es:", "Derzeit steht
        // in dem Entwurf noch …": a place phrase opening the clause or within a few words after the verb.
        let candidates = [start] + (verb < u0 ? Array((verb + 1)..<min(u0, verb + 4)) : [])
        for p in candidates where p < u0 && ["in", "im", "auf"].contains(units[p].lower) {
            var end = p == start ? min(verb, u0) : u0
            // Not into a relative clause: "Im Schreiben, das die Firma erhielt, heißt es:".
            if let c = ((p + 1)..<end).first(where: { opensRelativeClause(afterComma: $0) }) { end = c }
            // The phrase runs to the last capitalised word before the verb (commas of an
            // attribute list may stand inside it), or is the noun phrase after the preposition.
            let phrase: Range<Int>?
            if p == start, verb < u0, let last = ((p + 1)..<end).last(where: { units[$0].isWord && units[$0].isCapitalised }) {
                phrase = (p + 1)..<(last + 1)
            } else {
                phrase = forwardNP(from: p + 1, limit: end)
            }
            guard let np = phrase, units[np].contains(where: { $0.isWord && WrittenSource.isTextNoun($0.text) }),
                  !units[np].contains(where: { $0.quoteIndex != nil && !nameQuotes.contains($0.quoteIndex!) }) else { continue }
            return np
        }
        return nil
    }

    /// "steht", "stand", "findet sich", "zu lesen", or an impersonal "heißt es".
    func isStandingVerb(_ k: Int) -> Bool {
        guard units[k].isWord else { return false }
        let w = units[k].lower
        if ["findet", "fand"].contains(w) { return k + 1 < units.count && units[k + 1].lower == "sich" }
        if WrittenSource.standingVerbs.contains(w) { return true }
        if w == "lesen" { return k > 0 && units[k - 1].lower == "zu" }
        return isImpersonalSaying(k)
    }
}

extension SpeakerFinder {
    /// "Das Grundgesetz erlaubt das nur „…“", "Der Bericht nennt …": a phrase headed by a text
    /// noun speaks for what is written in it.
    func isWrittenText(_ np: Range<Int>) -> Bool {
        guard isGerman, let head = np.first(where: { units[$0].isWord && units[$0].isCapitalised && !SpeechCueLexicon.germanDeterminers.contains(units[$0].lower) }) else { return false }
        return WrittenSource.isTextNoun(units[head].text)
    }
}

extension SpeakerFinder {
    /// "Das Gesetz beschränke …", "Die Studie zeige …": a third-person verb in -e (not the past
    /// in -te) is Konjunktiv I, reported speech of someone else about the text.
    func isFirstSubjunctiveShaped(_ k: Int) -> Bool {
        let w = units[k].lower
        return w.hasSuffix("e") && !w.hasSuffix("te")
    }
}

extension SpeakerFinder {
    /// "…, in dem es unter anderem heißt: „…“", "ein Zettel kleben, auf dem geschrieben stand: „…“":
    /// a relative clause opened by in/auf and a relative pronoun, whose verb says that words stand
    /// there, reads the quote off the relative's antecedent, the text before the comma (past a
    /// verb or particle the clause was moved behind: "… ein Zettel kleben, auf dem …").
    /// The relative clause must run on to the quote: a colon after it, or its own "dass" clause.
    func relativeTextSource(before u0: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, u0 > sentence.lowerBound + 3 else { return nil }
        guard let c = (sentence.lowerBound..<(u0 - 3)).last(where: { units[$0].text == "," && ["in", "auf"].contains(units[$0 + 1].lower)
            && SpeakerFinder.locativeRelatives.contains(units[$0 + 2].lower) }) else { return nil }
        // "in dem es unter anderem heißt": the clause's "es" opens it, away from the verb.
        let impersonal = units[c + 3].lower == "es"
        guard let verb = ((c + 3)..<u0).first(where: { isStandingVerb($0)
            || impersonal && units[$0].isWord && SpeakerFinder.impersonalSayingVerbs.contains(units[$0].lower) }) else { return nil }
        // Nothing but the clause's own words, a colon or a "dass" clause between its verb and the quote.
        for k in (verb + 1)..<u0 where !units[k].isWord {
            guard units[k].text == ":" && k == u0 - 1 || units[k].text == "," && k + 1 < u0 && units[k + 1].lower == "dass" else { return nil }
        }
        guard !((c + 3)..<u0).contains(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language)
            && !SpeakerFinder.impersonalSayingVerbs.contains(units[$0].lower) && units[$0].lower != "geschrieben" }) else { return nil }
        var end = c - 1
        while end > sentence.lowerBound, end > c - 3, units[end].isWord, !units[end].isCapitalised { end -= 1 }
        guard end >= sentence.lowerBound else { return nil }
        return backwardNP(endingAt: end, lowerLimit: sentence.lowerBound)
    }

    /// Relative pronouns after "in"/"auf": "in dem", "auf der", "in denen".
    static let locativeRelatives: Set<String> = ["dem", "der", "denen", "welchem", "welcher"]
}
