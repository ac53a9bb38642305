import MarginaliaText

/// A place the place list names in several words, found in pieces: "Bosnien und Herzegowina",
/// "Trinidad und Tobago", "St. Kitts und Nevis". The tagger marks each country it knows on its own
/// and leaves "und" out, though the list (GeoNames and the hand-written country names) holds the
/// whole name; this pass joins the pieces into the one place the list names.
/// Only where a piece is already a place: a listed name the tagger saw nothing of is left as it is
/// (GeoNames holds names that are also phrases), and a name of another type inside or crossing the
/// span keeps the words apart ("Paris" the person in a listed "Paris X" stays).
enum ListedPlaceNames {
    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText,
                      lexicon: Lexicon) -> [EntityMention] {
        var found: [Span] = []
        for s in tokens {
            var i = 0
            while i < s.count {
                guard lexicon.multiWordStarts.contains(s[i].text), let end = longestListed(s, from: i, lexicon: lexicon) else {
                    i += 1
                    continue
                }
                found.append(Span(s[i].span.start, s[end].span.end))
                i = end + 1
            }
        }
        guard !found.isEmpty else { return mentions }
        var result = mentions
        for span in found {
            let inside = result.indices.filter { result[$0].span.overlaps(span) }
            // Two places or more the name joins; every name it touches a place within it.
            guard !inside.isEmpty, inside.allSatisfy({ result[$0].type == .LOC && result[$0].span.start >= span.start
                                                          && result[$0].span.end <= span.end }) else { continue }
            let confidence = inside.map { result[$0].confidence }.max() ?? 0
            for k in inside.reversed() { result.remove(at: k) }
            result.append(EntityMention(span: span, text: text[span], type: .LOC, canonical: text[span], confidence: confidence))
        }
        return result.sorted { $0.span.start < $1.span.start }
    }

    /// The last token of the longest listed place of two words or more starting at token `i`.
    static func longestListed(_ s: [Token], from i: Int, lexicon: Lexicon) -> Int? {
        let longest = min(lexicon.longestPlace, s.count - i)
        guard longest >= 2 else { return nil }
        for n in stride(from: longest, through: 2, by: -1) {
            let last = i + n - 1
            // The name ends in a capitalised word: "Frankfurt am Main", not a listed "X de".
            guard GermanNamePatterns.isCapitalised(s[last].text) else { continue }
            if lexicon.isPlace(s[i...last].map(\.text).joined(separator: " ")) { return last }
        }
        return nil
    }
}
