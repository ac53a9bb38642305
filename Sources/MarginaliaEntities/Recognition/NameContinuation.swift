import MarginaliaText

/// A person's name the tagger cut short (issue 16): "[Kofi] Annan", "CY [Leung]" as "[CY] Leung",
/// "Dalai [Lama]", "Raumflugteilnehmerin Anousheh [Ansari]". A German person's name is not
/// followed or preceded by a capitalised word the word list does not know at all (no common
/// noun, no compound ending in one, no frequent word of another class): such a word is another
/// part of the name, and the mention takes it in. Only for persons: for places and
/// organisations an unknown capitalised neighbour is as often a second name ("Saturnmond
/// Enceladus", "Kasseler Straße Schenkebier").
enum NameContinuation {
    /// Endings of a word before a name that make it an adjective, a genitive or a feminine role
    /// noun the list lacks ("Islamischem", "des Argentiniers", "Kolumbianerin", "Meteorologin",
    /// a misspelt "Ministerpäsident"),
    /// not a first name.
    static let notFirstNameEndings = ["em", "en", "er", "es", "s", "in", "ent"]

    static func extend(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon,
                       words: GermanWords = .shipped) -> [EntityMention] {
        guard mentions.contains(where: { $0.type == .PER }) else { return mentions }
        // Names never grow into another mention's words, nor back into a word the article names
        // alone ("statt Anelka André-Pierre Gignac": two players; "Kofi" takes in "Annan").
        // Built on the first candidate only: most articles have none.
        var built: (sorted: [Span], named: Set<String>)?
        func known() -> (sorted: [Span], named: Set<String>) {
            if let built { return built }
            var named = Set<String>()
            for m in mentions {
                if !m.text.unicodeScalars.contains(" ") { named.insert(m.text) } else if m.type == .PER, let last = m.text.split(separator: " ").last {
                    named.insert(String(last))
                }
            }
            built = (mentions.map(\.span).sorted(), named)
            return built!
        }
        var result = mentions
        for (k, m) in mentions.enumerated() where m.type == .PER {
            var span = m.span
            if isLetter(text[span.end - 1]), let next = wordAfter(span.end, text), ScalarClass.isUppercase(text[next.start]),
               isUnknownName(text[next], words: words),
               !endsInNoun(text[next], words: words), !overlaps(next, known().sorted) {
                span = Span(span.start, next.end)
            }
            if let previous = wordBefore(span.start, text), ScalarClass.isUppercase(text[previous.start]),
               isFirstNameShape(text[previous], atSentenceStart: isSentenceStart(previous.start, text), words: words),
               isUnknownName(text[previous], words: words),
               !endsInNoun(text[previous], words: words), !known().named.contains(text[previous]),
               !overlaps(previous, known().sorted) {
                span = Span(previous.start, span.end)
            }
            guard span != m.span else { continue }
            let surface = text[span]
            result[k] = EntityMention(span: span, text: surface, type: m.type, canonical: surface, confidence: m.confidence)
        }
        return result
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
    /// ("Gefängnisarzt", "Investmentbank", "Fußballprofi"): a role or an object, not a name.
    static func endsInNoun(_ word: String, words: GermanWords) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 4 else { return false }
        for start in 1...(scalars.count - 4) {
            let tail = String(String.UnicodeScalarView(scalars[start...]))
            if words.isListedNoun(tail.prefix(1).uppercased() + tail.dropFirst()) { return true }
        }
        return false
    }

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
