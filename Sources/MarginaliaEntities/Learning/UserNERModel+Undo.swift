/// Quote corrections, and undoing corrections: a sentence correction is unlearned by
/// recomputing the layer from the corrections that remain (an online perceptron step cannot be
/// taken back exactly once later steps built on it); a quote correction is counted back.
extension UserNERModel {
    /// A quote correction: `quoted` confirmed or rejected as a quote and, when the user set a
    /// speaker (`speaker`, "" for none), the speaker given where `suggestedSpeaker` was
    /// suggested. A set speaker's name is confirmed as a person's. `count` -1 undoes one.
    public mutating func learnQuote(_ quoted: String, isQuote: Bool, suggestedSpeaker: String? = nil,
                                    speaker: String? = nil, count: Int = 1) {
        quotes.learnQuote(quoted, isQuote: isQuote, count: count)
        if let speaker {
            quotes.learnSpeaker(suggested: suggestedSpeaker, set: speaker, quoted: quoted, count: count)
            if !speaker.isEmpty { lexicon.confirm(speaker, as: .PER, count: count) }
        }
        let undone = count < 0 ? " (undone)" : ""
        if let speaker, !speaker.isEmpty {
            record(Change(kind: "speaker" + undone, name: speaker, type: EntityType.PER.rawValue))
        } else {
            record(Change(kind: (isQuote ? "quote" : "not a quote") + undone, name: UserQuoteLexicon.key(quoted), type: ""))
        }
    }

    /// Unlearns the latest kept correction of the sentence with these words: the layer is
    /// learned again from the other kept corrections, in order (the quote lexicon and the
    /// speakers it confirmed stay). False when no correction of that sentence is kept.
    @discardableResult
    public mutating func unlearn(_ words: [String], extractor: FeatureExtractor) -> Bool {
        unlearn([words], extractor: extractor) > 0
    }

    /// The same for several sentences at once (one new learning pass); how many were kept.
    @discardableResult
    public mutating func unlearn(_ sentences: [[String]], extractor: FeatureExtractor) -> Int {
        var removed: [[String]] = []
        for words in sentences {
            guard let i = replay.lastIndex(where: { $0.words == words }) else { continue }
            replay.remove(at: i)
            removed.append(words)
        }
        guard !removed.isEmpty else { return 0 }
        self = relearned(extractor: extractor)
        for words in removed { record(Change(kind: "unlearned", name: words.joined(separator: " "), type: "")) }
        return removed.count
    }

    /// The layer learned again from the kept corrections, in order (after an undo, or over
    /// another base model); the quote lexicon, the speakers it confirmed and the history stay.
    public func relearned(extractor: FeatureExtractor) -> UserNERModel {
        var m = reset()
        m.quotes = quotes
        for (name, n) in quotes.confirmedSpeakers { m.lexicon.confirm(name, as: .PER, count: n) }
        for s in replay { m.learn(s, extractor: extractor) }
        m.changes = changes
        return m
    }
}
