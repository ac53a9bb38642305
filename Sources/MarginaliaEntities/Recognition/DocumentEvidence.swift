import MarginaliaText

/// A second, document-level pass over German tagger output. The tagger sees one sentence at a
/// time, so "Putin" alone in a late sentence may be missed although "Wladimir Putin" was found
/// earlier. Names found confidently elsewhere in the article (and their genitives) are tagged
/// again where they recur, and an untagged unknown capitalised word coordinated with a name
/// ("Biden und Putin") takes that name's type. A name of several words found confidently is
/// made whole where the tagger cut it elsewhere ("Bad [Homburg]", "Demokratischen Republik
/// [Kongo]", "[Hilda Morales] [Trujillo]": the pieces give way to the whole name).
enum DocumentEvidence {
    static let propagatedConfidence = 0.6

    static func extend(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                       commonWords: Set<String>, lexicon: Lexicon? = nil, words: GermanWords = .shipped,
                       conjunctions: Set<String> = ["und", "oder", ","]) -> [EntityMention] {
        var names: [String: EntityType] = [:]
        // Asked of every token, twice: the capital first (a table look-up for ASCII), then the
        // names, and the lowercased look-up (a new string) last.
        func isCapitalised(_ w: String) -> Bool { w.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
        func isNameLike(_ w: String) -> Bool {
            guard isCapitalised(w), w.count >= 2 else { return false }
            return !commonWords.contains(w.lowercased())
        }
        // Most mentions are one word: told by their scalars, split only when they hold a space.
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            c.value < 128 ? c == " " || (9...13).contains(c.value) : c.properties.isWhitespace
        }
        for m in mentions where m.confidence >= 0.7 {
            guard m.text.unicodeScalars.contains(where: isSpace) else {
                if isNameLike(m.text), !isNounNotName(m) { names[m.text] = names[m.text] ?? m.type }
                continue
            }
            let words = m.text.unicodeScalars.split(whereSeparator: isSpace)
            if m.type == .PER, words.count > 1, let last = words.last.map({ String(String.UnicodeScalarView($0)) }), isNameLike(last) {
                names[last] = names[last] ?? .PER
            }
        }
        // A person or place whose word the noun list holds ("Kampagne", "Benzin", the role
        // "Nebenklägerin" by its masculine form) is not repeated from a one-word mention: one
        // confident mistake would colour every recurrence. Organisations are often named by a
        // noun ("Linkspartei", "Bundesrat"); places, first names and a full name's surname
        // ("Fischer" of "Joschka Fischer") still recur.
        func isNounNotName(_ m: EntityMention) -> Bool {
            guard let lexicon, m.type == .PER || m.type == .LOC else { return false }
            let w = m.text
            guard words.isListedNoun(w) || w.hasSuffix("in") && w.count > 5 && words.isListedNoun(String(w.dropLast(2))) else { return false }
            return !lexicon.isPlace(w) && !lexicon.firstNames.contains(w)
        }
        var covered = OffsetFlags(count: text.count + 1)
        for m in mentions { for k in m.span.range { covered[k] = true } }
        var result = mentions
        // Names of several words found confidently, by their first word; words of letters,
        // digits and hyphens only, so that the name's words are the tokens.
        var longNames: [String: [(words: [String], type: EntityType)]] = [:]
        // Asked of every capitalised token: first letter and length, an Int, before a String's hash.
        func shape(_ w: String) -> Int { Int(w.unicodeScalars.first?.value ?? 0) << 12 | min(w.utf8.count, 4095) }
        var firstWordShapes = Set<Int>()
        for m in mentions where m.confidence >= 0.7 && m.text.unicodeScalars.contains(" ") {
            let words = m.text.split(separator: " ").map(String.init)
            guard words.allSatisfy({ $0.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0)
                      || ScalarClass.isNumeric($0) || $0 == "-" } }),
                  !(longNames[words[0]]?.contains { $0.words == words } ?? false) else { continue }
            longNames[words[0], default: []].append((words, m.type))
            firstWordShapes.insert(shape(words[0]))
        }
        var mentionEnd: [Int: Int] = [:]
        if !longNames.isEmpty { for m in mentions { mentionEnd[m.span.start] = m.span.end } }
        var replaced = Set<Span>()
        /// The long name starting at token `k`, where its words recur and no mention crosses its edges.
        func repeatLongName(_ sentence: [Token], _ k: Int) -> Bool {
            guard firstWordShapes.contains(shape(sentence[k].text)), let candidates = longNames[sentence[k].text] else { return false }
            for (words, type) in candidates where k + words.count <= sentence.count
            && (1..<words.count).allSatisfy({ sentence[k + $0].text == words[$0] }) {
                let span = Span(sentence[k].span.start, sentence[k + words.count - 1].span.end)
                if mentionEnd[span.start] == span.end || covered[span.start] && mentionEnd[span.start] == nil { return false }
                var inside: [Span] = []
                for j in k..<(k + words.count) {
                    guard let end = mentionEnd[sentence[j].span.start] else { continue }
                    if end > span.end { return false }
                    inside.append(Span(sentence[j].span.start, end))
                }
                // Only where the tagger found a piece of it, or a piece is a name the article
                // repeats ("Newt [Gingrich]"): repeating a name into text left untagged repeated its
                // mistakes too ("HL Tau", a star, six more times as a body).
                guard !inside.isEmpty || (k..<(k + words.count)).contains(where: { typeOf(sentence[$0]) != nil }) else { return false }
                replaced.formUnion(inside)
                result.append(EntityMention(span: span, text: text[span], type: type, canonical: text[span],
                                            confidence: propagatedConfidence))
                for c in span.range { covered[c] = true }
                mentionEnd[span.start] = span.end
                return true
            }
            return false
        }
        func add(_ token: Token, _ type: EntityType) {
            result.append(EntityMention(span: token.span, text: token.text, type: type, canonical: token.text,
                                        confidence: propagatedConfidence))
            for k in token.span.range { covered[k] = true }
        }
        func typeOf(_ token: Token) -> EntityType? {
            if let t = names[token.text] { return t }
            if token.text.hasSuffix("s"), let t = names[String(token.text.dropLast())] { return t }
            return nil
        }
        func propagate(longNamesToo: Bool) {
            for sentence in tokens {
                for (k, token) in sentence.enumerated() where isCapitalised(token.text) {
                    if longNamesToo, !longNames.isEmpty, repeatLongName(sentence, k) { continue }
                    if !covered[token.span.start], let t = typeOf(token), isNameLike(token.text) { add(token, t) }
                }
            }
        }
        propagate(longNamesToo: true)
        if !replaced.isEmpty { result.removeAll { replaced.contains($0.span) } }
        // Coordination: "Biden und Putin", "Biden, Putin", "Biden and Putin" (after propagation, so that a
        // propagated name can vouch for its neighbour).
        let namesBefore = names.count
        var typeAt: [Int: EntityType] = [:], endAt: [Int: Int] = [:]
        for m in result { typeAt[m.span.start] = m.type; endAt[m.span.start] = m.span.end }
        for sentence in tokens {
            // At a sentence's start any word is capitalised: only a word the word list does not know
            // (asked last, and only before a conjunction: the word list's answer costs most).
            for (i, token) in sentence.enumerated() where !covered[token.span.start] && isNameLike(token.text)
            && (i > 0 || lexicon != nil && sentence.count > 2 && conjunctions.contains(sentence[1].text)
                && words.wordClass(token.text) == nil && !NameContinuation.endsInNoun(token.text, words: words)) {
                for (link, other) in [(i + 1, i + 2), (i - 1, i - 2)]
                where other >= 0 && other < sentence.count && conjunctions.contains(sentence[link].text) {
                    if sentence[link].text == ",", isApposition(sentence, i, other, endAt: endAt) { continue }
                    // At a sentence's start a comma joins only persons ("Beispiel, Anna" of a list of
                    // results; "Beispiel, Stuttgart 1991" names a book's author and place).
                    if let t = typeAt[sentence[other].span.start], t == .PER || t == .LOC && (i > 0 || sentence[link].text != ",") {
                        add(token, t)
                        names[token.text] = names[token.text] ?? t
                        break
                    }
                }
            }
        }
        // Names learnt from coordination recur too ("Biden (r.) und Putin" before "Biden und Putin").
        // With no new name this pass would find nothing the first did not (and cut every sentence again).
        if names.count > namesBefore { propagate(longNamesToo: false) }
        return result
    }

    /// A comma that joins a role or a body to a person's name is no list: "der Direktor des
    /// Hilfswerks, Anthony Lake" (a full name after the comma), "der Präsident Indonesiens,
    /// Susilo Bambang Yudhoyono" (the word after the comma starts a longer name). A list of
    /// names has one name on each side ("Gansu, Sichuan und Qinghai").
    static func isApposition(_ sentence: [Token], _ i: Int, _ other: Int, endAt: [Int: Int]) -> Bool {
        if other > i {
            guard let end = endAt[sentence[other].span.start] else { return false }
            return end > sentence[other].span.end
        }
        guard i + 1 < sentence.count, let c = sentence[i + 1].text.unicodeScalars.first else { return false }
        return ScalarClass.isUppercase(c)
    }
}
