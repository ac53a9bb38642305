import MarginaliaText

/// Names in one list with a place are places: "in Lüttich, Beispielau und Antwerpen", "zwischen
/// Flensburg und Musterheide", "Städte wie Beispielstadt und Musterdorf". The tagger types a town
/// it does not know by its sound, often as a person, or leaves it out; a list joins names of one
/// kind. A member next to a place (joined by "und", "oder", "sowie", or by a comma inside a list:
/// the member after the comma is followed by a further joiner) becomes a place when it is
/// - a person of one word that is no first name (or also a listed place) and no word of a person
///   the article names in full ("Anna Beispiel" makes "Beispiel" a person), and that no capitalised word follows;
/// - a word no name covers that the word list does not know, no first name, capitalised, with no
///   capitalised word or article before it and no capitalised word or bracket after it, in a list
///   the place list vouches for (a member is a listed place, or a plural place noun opens it);
/// - a listed place typed an organisation only after a frame ("Städte wie …"): clubs bear their
///   town's name ("Schalke und Dortmund").
/// After a plural place noun and "wie" ("in Dörfern wie Beispielau") the first member is a place
/// too (a person of several words there as well, unless a first name opens it).
/// Each place found joins the list in turn, so "Beispielau, Musterdorf und Antwerpen" is found
/// from its last member.
enum PlaceLists {
    static let joiners: [String] = [" und ", " oder ", " sowie ", ", "]

    static func apply(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) -> [EntityMention] {
        var result = mentions.sorted { $0.span.start < $1.span.start }
        var personWords = Set<String>()
        for m in result where m.type == .PER && m.text.utf8.contains(0x20) {
            for w in m.text.split(separator: " ") { personWords.insert(String(w)) }
        }
        var startingAt: [Int: Int] = [:], endingAt: [Int: Int] = [:]
        for (k, m) in result.enumerated() { startingAt[m.span.start] = k; endingAt[m.span.end] = k }
        // Each place with whether the place list vouches for its list: a free word joins only such a list.
        var queue: [(span: Span, listed: Bool)] = result.filter { $0.type == .LOC }.map { ($0.span, lexicon.isPlace($0.text)) }
        var added: [EntityMention] = []
        var addedStarts = Set<Int>()
        /// Retype or add the member at `span` (a mention's index or a free word); true if it became a place.
        func take(_ span: Span, mention k: Int?, framed: Bool, listed: Bool) -> Bool {
            if let k {
                let m = result[k]
                guard m.type != .LOC, m.span == span, isMember(m, framed: framed, text: text, lexicon: lexicon, personWords: personWords)
                else { return false }
                result[k].type = .LOC
                return true
            }
            guard listed, !addedStarts.contains(span.start), isFreeWord(span, text: text, lexicon: lexicon, words: words, personWords: personWords)
            else { return false }
            addedStarts.insert(span.start)
            added.append(GermanNamePatterns.mention(span, .LOC, text))
            return true
        }
        // The lists opened by a plural place noun and "wie".
        for opening in framedOpenings(text) {
            let k = startingAt[opening]
            guard let span = k.map({ result[$0].span }) ?? wordAfter(opening, text) else { continue }
            if k.map({ result[$0].type == .LOC }) ?? false || take(span, mention: k, framed: true, listed: true) { queue.append((span, true)) }
        }
        var seen = Set<Int>()
        while let (anchor, listed) = queue.popLast() {
            guard seen.insert(anchor.start).inserted else { continue }
            for joiner in joiners {
                let comma = joiner == ", "
                // The member after the anchor.
                if GermanNamePatterns.has(joiner, at: anchor.end, text) {
                    let start = anchor.end + joiner.unicodeScalars.count
                    let k = startingAt[start]
                    if let span = k.map({ result[$0].span }) ?? wordAfter(start, text),
                       !comma || joinerFollows(span.end, text), take(span, mention: k, framed: false, listed: listed) {
                        queue.append((span, listed))
                    }
                }
                // The member before it.
                let length = joiner.unicodeScalars.count
                if anchor.start >= length + 2, precedesText(joiner, at: anchor.start, text) {
                    let end = anchor.start - length
                    let k = endingAt[end]
                    if let span = k.map({ result[$0].span }) ?? wordBefore(end, text),
                       !comma || joinerFollows(anchor.end, text), take(span, mention: k, framed: false, listed: listed) {
                        queue.append((span, listed))
                    }
                }
            }
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.span.start < $1.span.start }
    }

    static func isMember(_ m: EntityMention, framed: Bool, text: ArticleText, lexicon: Lexicon, personWords: Set<String>) -> Bool {
        guard !DocumentTypes.isBeforeCapitalised(m.span, text) else { return false }
        let single = !m.text.utf8.contains(0x20)
        switch m.type {
        case .PER:
            if single {
                // A first name the place list also knows, alone among places, is the place ("in Lüttich, Gent und Antwerpen").
                return (!lexicon.firstNames.contains(m.text) || lexicon.isPlace(m.text)) && !personWords.contains(m.text)
                    && m.text.unicodeScalars.count >= 3
            }
            guard framed, let space = m.text.firstIndex(of: " ") else { return false }
            return !lexicon.firstNames.contains(String(m.text[..<space]))
        case .ORG:
            return framed && (single && lexicon.isPlace(m.text) || !m.text.unicodeScalars.allSatisfy(ScalarClass.isUppercase) && !single)
        default:
            return false
        }
    }

    /// A capitalised word of three letters or more no name covers, that no list knows as a word
    /// or a first name, with no capitalised word right before or after it.
    static func isFreeWord(_ span: Span, text: ArticleText, lexicon: Lexicon, words: GermanWords, personWords: Set<String>) -> Bool {
        guard span.end - span.start >= 3, ScalarClass.isUppercase(text[span.start]), !DocumentTypes.isBeforeCapitalised(span, text) else { return false }
        // Not inside a longer name, not a noun after its article ("den Beispielgebieten sowie Paris").
        if let before = NameContinuation.wordBefore(span.start, text),
           ScalarClass.isUppercase(text[before.start]) || GermanPlaceFrames.articles.contains(text[before]) { return false }
        // "Beispielau (Musterkreis)": a place with its qualifier is a name of its own.
        if span.end + 1 < text.count, text[span.end] == " ", text[span.end + 1] == "(" { return false }
        // "Beispiel das Musterland": a word of a foreign name of several words.
        if let particle = wordAfterSpace(span.end, text), foreignParticles.contains(text[particle]),
           particle.end + 1 < text.count, text[particle.end] == " ", ScalarClass.isUppercase(text[particle.end + 1]) { return false }
        let word = text[span]
        guard word.unicodeScalars.dropFirst().contains(where: ScalarClass.isLowercase) else { return false }
        return words.wordClass(word) == nil && !lexicon.firstNames.contains(word) && !personWords.contains(word)
    }

    static let foreignParticles: Set<String> = GermanPlaceFrames.nameParticles.union(["das", "dos", "des", "von", "van", "der"])

    /// The lower-case word after the space at `end`.
    static func wordAfterSpace(_ end: Int, _ text: ArticleText) -> Span? {
        guard end + 1 < text.count, text[end] == " ", ScalarClass.isLowercase(text[end + 1]) else { return nil }
        var k = end + 1
        while k < text.count, NameContinuation.isWordScalar(text[k]) { k += 1 }
        return Span(end + 1, k)
    }

    /// The word of letters and hyphens starting at `start`, ending before a space or a mark.
    static func wordAfter(_ start: Int, _ text: ArticleText) -> Span? {
        guard start < text.count, ScalarClass.isUppercase(text[start]) else { return nil }
        var end = start
        while end < text.count, NameContinuation.isWordScalar(text[end]) { end += 1 }
        guard end > start, text[end - 1] != "-" else { return nil }
        return Span(start, end)
    }

    /// The word of letters and hyphens ending at `end`, after a space or the text's start.
    static func wordBefore(_ end: Int, _ text: ArticleText) -> Span? {
        var start = end
        while start > 0, NameContinuation.isWordScalar(text[start - 1]) { start -= 1 }
        guard start < end, start == 0 || text[start - 1] == " " else { return nil }
        return Span(start, end)
    }

    /// Does a joiner and a capitalised word follow `end`: the member before it is inside a list
    /// ("A, B und C"), not set off by commas ("der Vorsitzende des Beispielbunds, Beispiel, sagte")?
    static func joinerFollows(_ end: Int, _ text: ArticleText) -> Bool {
        joiners.contains {
            let next = end + $0.unicodeScalars.count
            return next < text.count && GermanNamePatterns.has($0, at: end, text) && ScalarClass.isUppercase(text[next])
        }
    }

    static func precedesText(_ s: String, at position: Int, _ text: ArticleText) -> Bool {
        let n = s.unicodeScalars.count
        guard position >= n else { return false }
        return GermanNamePatterns.has(s, at: position - n, text)
    }

    /// Plural place nouns that open a list besides the frame nouns' plurals.
    static let listNouns: Set<String> = [
        "Häfen", "Hafenstädte", "Hafenstädten", "Kleinstädte", "Kleinstädten", "Großstädte", "Großstädten", "Metropolen",
        "Vororte", "Vororten", "Stadtviertel", "Stadtvierteln", "Viertel", "Vierteln", "Urlaubsorte", "Urlaubsorten",
        "Badeorte", "Badeorten", "Länder", "Ländern", "Staaten", "Atolle", "Atollen", "Städtchen",
    ]

    /// Where the first member of a list opened by a plural place noun starts, directly or with "wie"
    /// ("die Dörfer Beispielau und …", "in Städten wie Beispielau").
    static func framedOpenings(_ text: ArticleText) -> [Int] {
        var found: [Int] = []
        let count = text.count
        var i = 1
        while i + 1 < count {
            defer { i += 1 }
            // Plurals end in "-e", "-en", "-er", "-ern", "-n" ("Städte", "Dörfern", "Häfen", "Länder"), as "wie" does.
            guard text[i] == " ", text[i - 1] == "e" || text[i - 1] == "n" || text[i - 1] == "r", ScalarClass.isUppercase(text[i + 1])
            else { continue }
            var end = i
            if i >= 5, text[i - 1] == "e", text[i - 2] == "i", text[i - 3] == "w", text[i - 4] == " " { end = i - 4 }
            let last = text[end - 1]
            guard last == "e" || last == "n" || last == "r", let noun = wordBefore(end, text), ScalarClass.isUppercase(text[noun.start]) else { continue }
            let word = text[noun]
            if GermanPlaceFrames.frameNounPlurals.contains(word) || listNouns.contains(word) { found.append(i + 1) }
        }
        return found
    }
}
