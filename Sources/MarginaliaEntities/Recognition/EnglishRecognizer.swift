import MarginaliaText

/// Placeholder until the rules land.
public struct EnglishRecognizer: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }
    public func recognize(_ text: ArticleText, sentences: [Span]) -> [EntityMention] { [] }
}
