import MarginaliaText
import MarginaliaEntities

/// One quotation, two frames: "X, Vorstandsmitglied der Liga, sagte dazu: „…“, betont sie." The
/// pronoun after the quote and the name announcing it before the colon are the same speaker: the
/// pronoun is resolved to that name (the most informative mention in the frame, which the reader
/// is shown), not to whoever was named last ("gegenüber der ARD").
extension SpeakerFinder {
    /// The named subject of a colon frame right before the quote, when the speaker found after
    /// the quote is a lone personal pronoun; nil otherwise (the pronoun is resolved as usual).
    func announcedName(for np: Range<Int>, firstQuote u0: Int, lastQuote u1: Int, sentence: Range<Int>) -> Range<Int>? {
        guard np.count == 1, np.lowerBound > u1, SpeakerFinder.personalPronouns.contains(units[np.lowerBound].lower),
              let named = subjectBeforeColon(firstQuote: u0, sentence: sentence),
              !units[named].contains(where: { $0.isWord && SpeakerFinder.personalPronouns.contains($0.lower) }),
              isPerson(named) else { return nil }
        return named
    }

    static let personalPronouns: Set<String> = ["er", "sie", "he", "she", "they"]
}

/// "Die Kommission kam laut Süddeutscher Zeitung zu dem Schluss, dass „…“, wie die Zeitung
/// schreibt": a definite noun phrase ("die Zeitung") whose noun ends a name given earlier in the
/// same sentence stands for that name; the name is the mention the reader is shown.
extension SpeakerFinder {
    func namedMention(for np: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        let words = np.filter { units[$0].isWord }
        guard isGerman, words.count == 2, SpeakerFinder.definiteArticles.contains(units[words[0]].lower),
              units[words[1]].isCapitalised, np.lowerBound > sentence.lowerBound else { return nil }
        let head = units[words[1]].text
        let before = Span(units[sentence.lowerBound].span.start, units[np.lowerBound].span.start)
        func endsInHead(_ m: EntityMention) -> Bool {
            guard m.type == .ORG || m.type == .PER, m.span.end <= before.end, m.text != head,
                  let lastWord = m.text.split(separator: " ").last else { return false }
            return String(lastWord) == head
        }
        guard let named = entities.overlapping(before).last(where: endsInHead),
              let first = sentence.first(where: { units[$0].span.start == named.span.start }),
              let last = sentence.first(where: { units[$0].span.end == named.span.end }), first <= last else { return nil }
        return first..<(last + 1)
    }

    static let definiteArticles: Set<String> = ["der", "die", "das", "des", "dem", "den"]
}

/// "Die Vereinigung schlug in die gleiche Kerbe, indem sie den Rat aufforderte: „…“": the colon
/// closes a subordinate clause whose subject is a pronoun standing for the main clause's subject.
/// The pronoun is the subject of the verb that introduces the quote; it is resolved to that subject.
extension SpeakerFinder {
    func subordinatePronoun(before u0: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isGerman, u0 > sentence.lowerBound, units[u0 - 1].text == ":",
              let comma = (sentence.lowerBound..<(u0 - 1)).last(where: { units[$0].text == "," }),
              comma + 2 < u0 - 1, SpeakerFinder.subordinators.contains(units[comma + 1].lower),
              ["er", "sie"].contains(units[comma + 2].lower) else { return nil }
        return (comma + 2)..<(comma + 3)
    }

    static let subordinators: Set<String> = ["indem", "als", "nachdem", "während", "weil", "wobei", "da"]
}

extension SpeakerFinder {
    /// The units covering `span` exactly (a speaker mention found by a rule).
    func units(in span: Span) -> Range<Int> {
        let first = units.firstIndex { $0.span.start >= span.start } ?? units.count
        let end = units[first...].firstIndex { $0.span.start >= span.end } ?? units.count
        return first..<end
    }
}
