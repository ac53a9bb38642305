import MarginaliaText

/// Roads named by a letter and a number after a road noun are places (GermEval 2014 types
/// "Autobahn A12" LOC): "die Autobahnen A1, A4 und A40", "auf der Bundesstraße B 27". The
/// tagger reads a letter-and-number word as a product's type (MISC, like "A380"); after a road
/// noun it is a road, and so is each designation of a list after the noun (joined by a comma,
/// "und", "oder", "sowie"). A longer mention around a designation ("Autobahn A 5") is left.
enum RoadDesignations {
    static let roadNouns: Set<String> = [
        "Autobahn", "Autobahnen", "Bundesautobahn", "Bundesautobahnen", "Bundesstraße", "Bundesstraßen",
        "Landesstraße", "Landesstraßen", "Kreisstraße", "Kreisstraßen", "Schnellstraße", "Schnellstraßen",
        "Fernstraße", "Fernstraßen", "Europastraße", "Europastraßen",
    ]
    /// The letters of German, Austrian and European road numbers.
    static let letters: Set<Unicode.Scalar> = ["A", "B", "L", "K", "S", "E"]
    static let joints: Set<String> = [",", "und", "oder", "sowie"]

    /// `kinds`: every token's `MiscWords` kind, sentence after sentence.
    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, kinds: [MiscWord]) -> [EntityMention] {
        var spans: [Span] = []
        var base = 0
        for sentence in tokens {
            defer { base += sentence.count }
            var i = 0
            while i < sentence.count {
                guard kinds[base + i].contains(.roadNoun) else { i += 1; continue }
                var j = i + 1
                while let end = designation(sentence, at: j) {
                    spans.append(Span(sentence[j].span.start, sentence[end].span.end))
                    j = end + 1
                    guard j + 1 < sentence.count, joints.contains(sentence[j].text) else { break }
                    j += 1
                }
                i = j
            }
        }
        guard !spans.isEmpty else { return mentions }
        return MiscKinds.placing(spans, as: .LOC, in: mentions, text: text).mentions
    }

    /// The last token of a road number starting at token `j`: "A1" or "A" and "1" (one space
    /// between), one to four digits.
    static func designation(_ s: [Token], at j: Int) -> Int? {
        guard j < s.count, case let w = s[j].text.unicodeScalars, let first = w.first, letters.contains(first) else { return nil }
        func isNumber(_ d: some Collection<Unicode.Scalar>) -> Bool {
            (1...4).contains(d.count) && d.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
        }
        if w.count > 1 { return isNumber(w.dropFirst()) ? j : nil }
        guard j + 1 < s.count, s[j + 1].span.start == s[j].span.end + 1, isNumber(s[j + 1].text.unicodeScalars) else { return nil }
        return j + 1
    }
}
