/// The tokens of a whole document, sentence by sentence, for the passes that read the document
/// as a whole after tagging (names that recur, coordinated names, name patterns). Only the
/// sentence spans are held: a sentence's tokens are cut again when it is read (the scanner is
/// linear and cheap next to tagging), where keeping every token of a 20 MB article with its
/// String took over 100 MB.
public struct TokenizedSentences: RandomAccessCollection, Sendable {
    public let text: ArticleText
    public let sentences: [Span]
    public let style: Tokenizer.TokenizationStyle

    public init(text: ArticleText, sentences: [Span], style: Tokenizer.TokenizationStyle) {
        self.text = text
        self.sentences = sentences
        self.style = style
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sentences.count }

    public subscript(sentence: Int) -> [Token] {
        Tokenizer.tokenize(text, in: sentences[sentence], style: style)
    }
}
