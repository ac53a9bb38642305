import MarginaliaText

/// A person's name the tagger cut short (issue 16): "[Kofi] Annan", "CY [Leung]" as "[CY] Leung",
/// "Dalai [Lama]", "Raumflugteilnehmerin Anousheh [Ansari]". A German person's name is not
/// followed or preceded by a capitalised word the word list does not know at all (no common
/// noun, no compound ending in one, no frequent word of another class): such a word is another
/// part of the name, and the mention takes it in. Only for persons: for places and
/// organisations an unknown capitalised neighbour is as often a second name ("Saturnmond
/// Enceladus", "Kasseler Straße Schenkebier"). A lone listed first name the tagger typed a place
/// grows the same way, and so does a person into the mention right after it that is the rest of
/// the name (`adjacentPart`).
enum NameContinuation {
    /// Endings of a word before a name that make it an adjective, a genitive or a feminine role
    /// noun the list lacks ("Islamischem", "des Argentiniers", "Kolumbianerin", "Meteorologin",
    /// a misspelt "Ministerpäsident"),
    /// not a first name.
    static let notFirstNameEndings = ["em", "en", "er", "es", "s", "in", "ent"]

    /// `commonWords`: the words the tagger's training text writes in small letters; a capitalised
    /// word at a sentence's start whose small form is none of them may be a first name.
    static func extend(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon,
                       words: GermanWords = .shipped, commonWords: Set<String> = []) -> [EntityMention] {
        guard mentions.contains(where: { $0.type == .PER || isLoneName($0, lexicon, words) }) else { return mentions }
        // Names never grow into another mention's words, nor back into a word the article names
        // alone ("statt Anelka André-Pierre Gignac": two players; "Kofi" takes in "Annan").
        // Built on the first candidate only: most articles have none.
        var built: (sorted: [Span], named: Set<String>, starts: [Int: Int], alone: [String: Int])?
        func known() -> (sorted: [Span], named: Set<String>, starts: [Int: Int], alone: [String: Int]) {
            if let built { return built }
            var named = Set<String>()
            var starts: [Int: Int] = [:]
            var alone: [String: Int] = [:]
            for (i, m) in mentions.enumerated() {
                starts[m.span.start] = i
                if m.type == .PER, !m.text.unicodeScalars.contains(" ") { alone[m.text, default: 0] += 1 }
                if !m.text.unicodeScalars.contains(" ") { named.insert(m.text) } else if m.type == .PER, let last = m.text.split(separator: " ").last {
                    named.insert(String(last))
                }
            }
            built = (mentions.map(\.span).sorted(), named, starts, alone)
            return built!
        }
        var result = mentions
        // Mentions joined to the name before them (`adjacentPart`), dropped at the end.
        var absorbed = Set<Int>()
        // Where the last name made whole ends: a name does not grow back into a word it took.
        var taken = 0
        for (k, m) in mentions.enumerated() where !absorbed.contains(k) && (m.type == .PER || isLoneName(m, lexicon, words)) {
            var span = m.span
            var type = m.type
            // The rest of the name as the next mention, or an unknown word and then that mention
            // ("[Ole] Quernbeck [Beispiel]").
            for _ in 0..<2 {
                if let j = adjacentPart(after: k, span, mentions, text: text, lexicon: lexicon, words: words, starts: known().starts) {
                    span = Span(span.start, mentions[j].span.end)
                    type = .PER
                    absorbed.insert(j)
                }
                guard isLetter(text[span.end - 1]), let next = wordAfter(span.end, text), ScalarClass.isUppercase(text[next.start]),
                      isUnknownName(text[next], words: words) && !endsInNoun(text[next], words: words)
                        || span == m.span && m.type != .PER && lexicon.firstNames.contains(m.text) && isSurnameShape(text[next], words: words),
                      !overlaps(next, known().sorted) else { break }
                span = Span(span.start, next.end)
                type = .PER
            }
            // A person takes in a first name before it that the lists lack; so does a one-word place
            // no list knows that did not grow, and it becomes a person ("Ruvan [Beispiel]"). At a
            // sentence's start only a person, and only before a word the tagger's training text never
            // writes in small letters ("Tomek [Beispiel]", not "Auch [Beispiel]").
            let growsBack = m.type == .PER || m.type == .LOC && span == m.span && opensLoneName(m.span.start, text)
            if growsBack, let previous = wordBefore(span.start, text), previous.start >= taken, ScalarClass.isUppercase(text[previous.start]),
               isFirstNameShape(text[previous], atSentenceStart: isSentenceStart(previous.start, text)
                                && (m.type != .PER || isCommonAtStart(text[previous], commonWords)), words: words),
               isUnknownName(text[previous], words: words),
               !endsInNoun(text[previous], words: words), !known().named.contains(text[previous]),
               !overlaps(previous, known().sorted) {
                span = Span(previous.start, span.end)
                type = .PER
            } else if m.type == .PER, span == m.span, known().alone[m.text, default: 0] >= 2, !opensLongerName(span.end, text),
                      let previous = wordBefore(span.start, text), previous.start >= taken,
                      isEvidencedFirstName(previous, text: text, lexicon: lexicon, words: words, commonWords: commonWords),
                      !known().named.contains(text[previous]), !overlaps(previous, known().sorted) {
                span = Span(previous.start, span.end)
            }
            guard span != m.span else { continue }
            taken = span.end
            let surface = text[span]
            result[k] = EntityMention(span: span, text: surface, type: type, canonical: surface, confidence: m.confidence)
        }
        guard !absorbed.isEmpty else { return result }
        return result.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// A one-word mention the tagger typed a place or a body that is a listed first name and no
    /// place ("Ole", "Jana"), or a place that neither the place list nor the noun list knows
    /// ("Tomo", of "Direktor Tomo Beispiel"): it grows like a person's name, and a person it
    /// becomes when it does.
    static func isLoneName(_ m: EntityMention, _ lexicon: Lexicon, _ words: GermanWords) -> Bool {
        guard m.type != .PER, m.text.utf8.count >= 3, !m.text.utf8.contains(0x20), !lexicon.isPlace(m.text) else { return false }
        if lexicon.firstNames.contains(m.text) { return true }
        return m.type == .LOC && isUnknownName(m.text, words: words) && !endsInNoun(m.text, words: words)
            && !m.text.utf8.contains(UInt8(ascii: "-"))
    }

    /// Before a one-word place no list knows (at `start`), may the word before it be a first name
    /// the lists lack ("Ruvan [Beispiel]")? Three letters or more, and no word in small letters
    /// before that word, an article or an inflected adjective (a place or a firm then: "der Provan
    /// Beispiel", "der spanischen Banco Beispiel"); a comma, a capitalised word or an age in
    /// digits may stand there ("die 19-jährige Ruvan Beispiel").
    static func opensLoneName(_ start: Int, _ text: ArticleText) -> Bool {
        guard let first = wordBefore(start, text), first.end - first.start >= 3 else { return false }
        guard let before = wordBefore(first.start, text) else { return true }
        return !ScalarClass.isLowercase(text[before.start])
    }

    /// May `word` after a listed first name the tagger typed a place be its surname? A capital and
    /// small letters, and no word of the lists but a masculine or feminine noun, or one whose
    /// singular and plural are alike, as in most trade names ("Ole Bauer", "Jana Fischer", "Ole
    /// Richter"); not a neuter or plural noun, not a word of another class.
    static func isSurnameShape(_ word: String, words: GermanWords) -> Bool {
        guard word.unicodeScalars.count >= 3, isCapitalisedName(Substring(word)), !word.utf8.contains(UInt8(ascii: "-")) else { return false }
        switch words.listedClass(word) {
        case nil: return words.listedClass(word.lowercased()) == nil
        case .noun(let gender)?: return gender != .neuter && gender != .plural
        case .other?: return false
        }
    }

    /// The mention one space after `span` (mention `k`, perhaps grown) that is the rest of the same
    /// person's name, by its index: "[Anna Maria] [Quernbeck Beispiel]" (one person the tagger cut
    /// in two), "[Ole] [Beispiel]" (a first name typed a place), "[Tomo] [Lima Beispiel]" (a
    /// surname that holds a word of the place list). Not where the first part stands alone
    /// elsewhere in the article ("statt Beispiel kam Anna Muster": two players), and a place after a
    /// person only when the place list does not know it ("Anna Beispiel Tarnitz" stays two names)
    /// and every word of it is no word of the noun list.
    static func adjacentPart(after k: Int, _ span: Span, _ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords,
                             starts: [Int: Int]) -> Int? {
        let m = mentions[k]
        guard span.end < text.count, text[span.end] == " ", let j = starts[span.end + 1], j != k else { return nil }
        let n = mentions[j]
        switch n.type {
        case .PER where m.type == .PER || lexicon.firstNames.contains(m.text):
            // A place no list knows before a person is a name of its own ("der Region Beispielland Anna Muster").
            break
        case .LOC where m.type == .PER:
            let parts = n.text.split(separator: " ")
            // A full name closed by a second surname that is also a town ("Ana Beispiel Lima").
            if parts.count == 1, text[span].contains(" "), !lexicon.countries.contains(n.text), !n.text.hasSuffix("s"),
               isCapitalisedName(parts[0]), words.wordClass(n.text) == nil { break }
            guard parts.count <= 2, !lexicon.isPlace(n.text), !lexicon.countries.contains(n.text),
                  parts.allSatisfy({ isCapitalisedName($0) && words.wordClass(String($0)) == nil }) else { return nil }
        default:
            return nil
        }
        // The same first part elsewhere in the article, without this rest after it: a name of its own.
        for (i, other) in mentions.enumerated() where i != k && other.text == m.text {
            guard other.span.end < text.count, let after = starts[other.span.end + 1], mentions[after].text == n.text else { return nil }
        }
        return j
    }

    /// A capital and small letters (a hyphen inside): "Lima", "Al-Beispiel".
    static func isCapitalisedName(_ w: Substring) -> Bool {
        guard let first = w.unicodeScalars.first, ScalarClass.isUppercase(first), w.unicodeScalars.count >= 2 else { return false }
        return w.unicodeScalars.dropFirst().allSatisfy { ScalarClass.isLowercase($0) || $0 == "-" }
    }

    /// May `word` before a person's name be a first name the list lacks? Not with the ending of an
    /// adjective, a genitive or a role ("Islamischem", "Argentiniers"), and not at a sentence's
    /// start, where any word is capitalised. A letter German does not write ("Çelik", "Yıldız")
    /// makes it a foreign name wherever it stands; a feminine "-in" is a role only where the
    /// word before it is a noun or ends like one ("Kolumbianerin", "Meteorologin"), so
    /// "Hüseyin" and "Yasin" are first names.
    static func isFirstNameShape(_ word: String, atSentenceStart: Bool, words: GermanWords) -> Bool {
        if word.unicodeScalars.contains(where: isForeignLetter) { return true }
        guard !atSentenceStart else { return false }
        if word.hasSuffix("in"), word.unicodeScalars.count >= 4 {
            let stem = String(word.dropLast(2))
            return !["er", "or", "og", "ent", "ant", "ist", "eur", "at", "ier", "än"].contains(where: { stem.hasSuffix($0) })
                && !words.isCommonNoun(stem) && !words.isCommonNoun(stem + "e")
        }
        return !notFirstNameEndings.contains(where: { word.hasSuffix($0) })
    }

    /// Where the article names the person by the surname alone again ("Örsen Beispiel … Beispiel
    /// sagte"), the word before the surname's first mention may be a first name that the
    /// endings of `isFirstNameShape` refuse ("Örsen", "Talrem", "Marjes") or that the word list
    /// has as a frequent word of no noun class ("Kavid") but the tagger's training text never
    /// writes in small letters. Not after an article ("des Argentiniers Beispiel"), not a role, a
    /// nationality, a place or a place's genitive, and not a compound ending in a noun.
    static func isEvidencedFirstName(_ w: Span, text: ArticleText, lexicon: Lexicon, words: GermanWords, commonWords: Set<String>) -> Bool {
        let word = text[w]
        guard word.unicodeScalars.count >= 3, isCapitalisedName(Substring(word)), !word.utf8.contains(UInt8(ascii: "-")),
              !commonWords.isEmpty, !commonWords.contains(word.lowercased()) else { return false }
        switch words.listedClass(word) {
        case nil: guard words.wordClass(word) == nil, !endsInNoun(word, words: words) else { return false }
        case .other?: break
        case .noun?: return false
        }
        if word.hasSuffix("in"), !isFirstNameShape(word, atSentenceStart: false, words: words) { return false }
        guard !lexicon.isPlace(word), !GermanNamePatterns.isPlaceGenitive(word, lexicon), !PersonSpans.nationalityNouns.contains(word),
              !PersonSpans.isRoleNoun(word, words: words), !PersonSpans.rankTitles.contains(word),
              !PersonSpans.courtesyTitles.contains(word), !PersonSpans.nobilityTitles.contains(word) else { return false }
        if let before = wordBefore(w.start, text), case let b = text[before],
           GermanNamePatterns.definiteArticles.contains(b) || GermanNamePatterns.indefiniteArticles.contains(b) { return false }
        return true
    }

    /// A capitalised word right after the surname: the words may be a firm's or a body's name
    /// ("Beispiel Data Systems"), not a person's.
    static func opensLongerName(_ end: Int, _ text: ArticleText) -> Bool {
        end + 1 < text.count && text[end] == " " && ScalarClass.isUppercase(text[end + 1])
    }

    /// At a sentence's start, a word the tagger's training text writes in small letters ("Auch",
    /// "Als", "Galt"), or any word when that list is not given: no first name there.
    static func isCommonAtStart(_ word: String, _ commonWords: Set<String>) -> Bool {
        commonWords.isEmpty || word.unicodeScalars.count < 3 || commonWords.contains(word.lowercased())
    }

    /// A letter German does not write: "ş", "ı", "ç", "é" (not "ä", "ö", "ü", "ß").
    static func isForeignLetter(_ c: Unicode.Scalar) -> Bool {
        c.value > 0x7F && c != "ä" && c != "ö" && c != "ü" && c != "Ä" && c != "Ö" && c != "Ü" && c != "ß"
            && (ScalarClass.isUppercase(c) || ScalarClass.isLowercase(c))
    }

    /// A capitalised word of letters (a hyphen inside), two letters or more, not all capitals
    /// ("CDU/CSU"), that the word list does not know in any class.
    static func isUnknownName(_ word: String, words: GermanWords) -> Bool {
        guard word.unicodeScalars.count >= 2, let first = word.unicodeScalars.first, ScalarClass.isUppercase(first),
              word.unicodeScalars.last != "-", word.unicodeScalars.contains(where: ScalarClass.isLowercase) else { return false }
        return words.wordClass(word) == nil
    }

    /// A word the list lacks that ends in a listed common noun of four letters or more
    /// ("Gefängnisarzt", "Investmentbank", "Fußballprofi", "Mitinsassen"): a role or an object, not a
    /// name. What stands before the noun must be able to open a compound: four letters or more, a
    /// hyphenated part, a prefix ("Mit", "Vor", "Süd") or a listed noun of three letters ("Zoo");
    /// "Su|rand", "Kol|ting", "Lei|gang" are names whose end spells a noun.
    static func endsInNoun(_ word: String, words: GermanWords) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 4 else { return false }
        for start in 1...(scalars.count - 4) {
            let tail = String(String.UnicodeScalarView(scalars[start...]))
            guard words.isListedNoun(tail.prefix(1).uppercased() + tail.dropFirst()) else { continue }
            if start >= 4 || scalars[start - 1] == "-" { return true }
            let opener = String(String.UnicodeScalarView(scalars[..<start]))
            if compoundOpeners.contains(opener.lowercased()) || start == 3 && words.isListedNoun(opener.prefix(1).uppercased() + opener.dropFirst()) {
                return true
            }
        }
        return false
    }

    /// Prefixes and short words of up to three letters that open German compounds and derived
    /// nouns ("Abpfiff", "Mitinsasse", "Vorleistung", "Südprovinz", "Ölminister").
    static let compoundOpeners: Set<String> = [
        "ab", "an", "auf", "aus", "be", "bei", "ein", "ent", "er", "erz", "ex", "ge", "ko", "co", "mit", "nach", "neu", "alt",
        "ob", "um", "un", "ur", "ver", "vor", "weg", "zer", "zu", "süd", "ost", "erd", "öl", "öko", "bio", "top", "web", "hin", "her",
    ]

    /// The word starting one space after `end`: letters and inner hyphens, not running into
    /// digits ("DMP-BD30").
    static func wordAfter(_ end: Int, _ text: ArticleText) -> Span? {
        guard end + 1 < text.count, text[end] == " " else { return nil }
        var e = end + 1
        while e < text.count, isWordScalar(text[e]) { e += 1 }
        guard e == text.count || !ScalarClass.isNumeric(text[e]) else { return nil }
        return e > end + 1 ? Span(end + 1, e) : nil
    }

    /// The word ending one space before `start`, itself after a space or a line's start ("CDU/CSU").
    static func wordBefore(_ start: Int, _ text: ArticleText) -> Span? {
        guard start >= 2, text[start - 1] == " " else { return nil }
        var s = start - 1
        while s > 0, isWordScalar(text[s - 1]) { s -= 1 }
        guard s == 0 || text[s - 1] == " " || text[s - 1] == "\n" else { return nil }
        return s < start - 1 ? Span(s, start - 1) : nil
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { isLetter(c) || c == "-" }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isUppercase(c) || ScalarClass.isLowercase(c) }

    /// At a sentence's or a line's start, after an opening mark or a colon: capitalised anyway.
    static func isSentenceStart(_ start: Int, _ text: ArticleText) -> Bool {
        var k = start - 1
        while k >= 0, text[k] == " " { k -= 1 }
        guard k >= 0 else { return true }
        return [".", "!", "?", ":", "\n", "„", "\"", "“", "(", "‚", "»", "«"].contains(text[k])
    }

    /// Does `span` overlap one of `sorted` (in text order)?
    static func overlaps(_ span: Span, _ sorted: [Span]) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        // Spans may nest: look at the few after the first that ends after `span` starts.
        var k = lo
        while k < sorted.count, k < lo + 4 {
            if sorted[k].overlaps(span) { return true }
            k += 1
        }
        return false
    }
}
