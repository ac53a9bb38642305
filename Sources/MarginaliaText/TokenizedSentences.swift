/// The tokens of a whole document, sentence by sentence, for the tagger and the passes that read
/// the document as a whole after tagging (names that recur, coordinated names, name patterns).
/// A document of up to `keptLimit` code points is cut once and its tokens kept (a news article:
/// cutting it again for each of four passes was 9 % of `analyze --jsonl`); a bigger one keeps
/// only the sentence spans and cuts a sentence again when it is read (the scanner is linear), since
/// keeping every token of a 20 MB article with its String took over 100 MB.
public struct TokenizedSentences: RandomAccessCollection, Sendable {
    public let text: ArticleText
    public let sentences: [Span]
    public let style: Tokenizer.TokenizationStyle
    private let kept: [[Token]]?

    /// About 170,000 tokens, some 5 MB kept: memory that does not count next to the text's.
    public static let keptLimit = 1_000_000

    public init(text: ArticleText, sentences: [Span], style: Tokenizer.TokenizationStyle) {
        self.text = text
        self.sentences = sentences
        self.style = style
        kept = text.count <= Self.keptLimit ? sentences.map { Tokenizer.tokenize(text, in: $0, style: style) } : nil
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sentences.count }

    public subscript(sentence: Int) -> [Token] {
        kept?[sentence] ?? Tokenizer.tokenize(text, in: sentences[sentence], style: style)
    }
}
