/// The structure of an article: paragraphs (blocks between blank lines), the subset of them that
/// are headings, and sentences. All spans are code-point spans into `ArticleText`, sorted.
public struct Segmentation: Sendable, Equatable {
    public var paragraphs: [Span]
    public var headings: [Span]
    public var sentences: [Span]

    public init(paragraphs: [Span] = [], headings: [Span] = [], sentences: [Span] = []) {
        self.paragraphs = paragraphs
        self.headings = headings
        self.sentences = sentences
    }
}
