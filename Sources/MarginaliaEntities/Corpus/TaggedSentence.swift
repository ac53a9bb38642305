/// A sentence of tokens with one BIO label index (see `EntityTagSet`) per token.
public struct TaggedSentence: Sendable, Equatable {
    public var words: [String]
    public var labels: [Int]

    public init(words: [String], labels: [Int]) {
        precondition(words.count == labels.count)
        self.words = words
        self.labels = labels
    }
}
