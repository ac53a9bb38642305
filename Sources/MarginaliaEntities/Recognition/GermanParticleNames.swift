import MarginaliaText

/// Person names with a nobiliary or family particle: "Ursula von der Leyen", "Thomas de Maizière",
/// "Ludwig van Beethoven", "Karl-Theodor zu Guttenberg". The tagger often cuts them at the particle
/// and types the part after it as a place (many such names are places). The pattern needs a first
/// name from the first-name list right before the particle (so "Peter Meier von Bayern München" is
/// not read as a name: "Meier" is no first name), then the particles, then one capitalised word
/// that is no common noun ("Peter von der Polizei", "Anna zu Hause"), no first name ("sagte Peter
/// zu Anna"), no acronym ("von der SPD") and no organisation the tagger found ("von Greenpeace").
extension GermanNamePatterns {
    /// Particles that may open the part after the first names, and the words each may take after
    /// it before the surname ("von der", "von und zu", "van den", "de la"). Not "vom": a noun
    /// follows it ("Ida vom Bankdirektor"), nearly never a surname. Capitalised forms
    /// stand after a first name too ("Alexander Van der Bellen", "Marine Le Pen").
    static let nameParticles: [String: Set<String>] = [
        "von": ["der", "dem", "und zu"], "zu": [], "van": ["der", "den", "de", "het"], "de": ["la", "las", "los", "le"],
        "di": [], "da": [], "del": [], "della": [], "dos": [], "du": [], "ter": [], "ten": [],
        "Van": ["der", "den", "de"], "De": ["la"], "Di": [], "Da": [], "Del": [], "Della": [], "Le": [], "La": [], "Ter": [], "Ten": [],
    ]

    /// The span of a particle name whose particle is token `i`, from the first names before it
    /// to the surname after it.
    static func particleName(_ s: [Token], particleAt i: Int, lexicon: Lexicon, words: GermanWords,
                             organisations: Set<Int>) -> Span? {
        // Asked of every token: a short word with a particle's first letter after a capitalised
        // one, and no article, before any hashing.
        let w = s[i].text
        guard i > 0, (2...5).contains(w.utf8.count), let lead = w.utf8.first else { return nil }
        switch lead {
        case UInt8(ascii: "v"), UInt8(ascii: "z"), UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "V"), UInt8(ascii: "D"),
             UInt8(ascii: "L"), UInt8(ascii: "T"): break
        default: return nil
        }
        guard isCapitalised(s[i - 1].text), w != "der", w != "die", w != "das", w != "den", w != "dem", w != "des",
              let follows = nameParticles[w], isFirstName(s[i - 1].text, lexicon) else { return nil }
        var j = i + 1
        // "von der", "von und zu": the longest run of following particles the table allows.
        for more in follows.sorted(by: { $0.count > $1.count }) {
            let parts = more.split(separator: " ")
            guard j + parts.count < s.count, zip(parts, s[j..<(j + parts.count)]).allSatisfy({ $0 == $1.text }) else { continue }
            j += parts.count
            break
        }
        guard j < s.count, isSurname(s[j].text, lexicon: lexicon, words: words), !organisations.contains(s[j].span.start) else { return nil }
        // "Jens Siegfried von Chapman Taylor" (an architect of a firm): another name word after the
        // surname leaves "von" ambiguous.
        if j + 1 < s.count, isCapitalised(s[j + 1].text), !words.isListedNoun(s[j + 1].text) { return nil }
        // Earlier first names belong to the name ("Johann Wolfgang von Goethe").
        var start = i - 1
        while start > 0, isFirstName(s[start - 1].text, lexicon) { start -= 1 }
        // "am Tage von Obamas Amtseinführung": after an article the word is a noun, not a first name.
        if start > 0, articleWords.contains(s[start - 1].text) { return nil }
        return Span(s[start].span.start, s[j].span.end)
    }

    /// Articles and their contractions with a preposition: a noun follows them, not a first name.
    static let articleWords: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "Der", "Die", "Das", "Den", "Dem", "Am", "Im", "Vom", "Beim",
    ]

    /// A listed first name, or first names joined by hyphens ("Karl-Theodor", "Hans-Jürgen").
    static func isFirstName(_ w: String, _ lexicon: Lexicon) -> Bool {
        guard isCapitalised(w) else { return false }
        if lexicon.firstNames.contains(w) { return true }
        guard w.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = w.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { lexicon.firstNames.contains(String($0)) }
    }

    /// A capitalised word that may be a surname after a particle. The word list's class of frequent
    /// non-nouns holds many surnames ("Leyen", "Guttenberg"), so only its nouns rule a word out.
    private static func isSurname(_ w: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard isCapitalised(w), w.unicodeScalars.count >= 2, w.unicodeScalars.contains(where: ScalarClass.isLowercase),
              !lexicon.firstNames.contains(w), !words.isListedNoun(w) else { return false }
        return !["Der", "Die", "Das", "Den", "Dem", "Des"].contains(w)
    }

    /// "… sagte zu Guttenberg", "Von der Leyen kündigte an": once a particle name was found in full
    /// in the article, its particle and surname alone are that person too (the tagger finds the
    /// surname without the particle, or as a place). Not inside a longer name the tagger found,
    /// nor over a pattern. Runs only in articles with a particle name.
    static func particleTailNames(_ tails: Set<[String]>, in tokens: some Collection<[Token]>, text: ArticleText,
                                  added: [EntityMention], found: [Span]) -> [EntityMention] {
        var bySurname: [String: [[String]]] = [:]
        for tail in tails where tail.count > 1 { bySurname[tail[tail.count - 1], default: []].append(tail) }
        var names: [EntityMention] = []
        for sentence in tokens {
            for (k, token) in sentence.enumerated() {
                guard let candidates = bySurname[token.text] else { continue }
                for tail in candidates where k >= tail.count - 1 {
                    let first = k - (tail.count - 1)
                    // The first particle may be capitalised at a sentence's start ("Von der Leyen").
                    guard (0..<(tail.count - 1)).allSatisfy({ n in
                        sentence[first + n].text == tail[n] || n == 0 && sentence[first].text == tail[0].prefix(1).uppercased() + tail[0].dropFirst()
                    }) else { continue }
                    let span = Span(sentence[first].span.start, token.span.end)
                    if !overlapsAny(span, added), !isInsideLonger(span, found: found) { names.append(mention(span, .PER, text)) }
                    break
                }
            }
        }
        return names
    }
}
