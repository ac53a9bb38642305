import MarginaliaText

/// A second, document-level pass over German tagger output. The tagger sees one sentence at a
/// time, so "Putin" alone in a late sentence may be missed although "Wladimir Putin" was found
/// earlier. Names found confidently elsewhere in the article (and their genitives) are tagged
/// again where they recur, and an untagged unknown capitalised word coordinated with a name
/// ("Biden und Putin") takes that name's type.
enum DocumentEvidence {
    static let propagatedConfidence = 0.6

    static func extend(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                       commonWords: Set<String>, conjunctions: Set<String> = ["und", "oder", ","]) -> [EntityMention] {
        var names: [String: EntityType] = [:]
        // Asked of every token, twice: the capital first (a table look-up for ASCII), then the
        // names, and the lowercased look-up (a new string) last.
        func isCapitalised(_ w: String) -> Bool { w.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
        func isNameLike(_ w: String) -> Bool {
            guard isCapitalised(w), w.count >= 2 else { return false }
            return !commonWords.contains(w.lowercased())
        }
        for m in mentions where m.confidence >= 0.7 {
            let words = m.text.split(whereSeparator: \.isWhitespace).map(String.init)
            if words.count == 1, isNameLike(words[0]) { names[words[0]] = names[words[0]] ?? m.type }
            if m.type == .PER, words.count > 1, let last = words.last, isNameLike(last) {
                names[last] = names[last] ?? .PER
            }
        }
        var covered = OffsetFlags(count: text.count + 1)
        for m in mentions { for k in m.span.range { covered[k] = true } }
        var result = mentions
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
        func propagate() {
            for sentence in tokens {
                for token in sentence where !covered[token.span.start] && isCapitalised(token.text) {
                    if let t = typeOf(token), isNameLike(token.text) { add(token, t) }
                }
            }
        }
        propagate()
        // Coordination: "Biden und Putin", "Biden, Putin", "Biden and Putin" (after propagation, so that a
        // propagated name can vouch for its neighbour).
        let namesBefore = names.count
        var typeAt: [Int: EntityType] = [:]
        for m in result { typeAt[m.span.start] = m.type }
        for sentence in tokens {
            for (i, token) in sentence.enumerated() where i > 0 && !covered[token.span.start] && isNameLike(token.text) {
                for (link, other) in [(i + 1, i + 2), (i - 1, i - 2)]
                where other >= 0 && other < sentence.count && conjunctions.contains(sentence[link].text) {
                    if let t = typeAt[sentence[other].span.start], t == .PER || t == .LOC {
                        add(token, t)
                        names[token.text] = names[token.text] ?? t
                        break
                    }
                }
            }
        }
        // Names learnt from coordination recur too ("Biden (r.) und Putin" before "Biden und Putin").
        // With no new name this pass would find nothing the first did not (and cut every sentence again).
        if names.count > namesBefore { propagate() }
        return result
    }
}
