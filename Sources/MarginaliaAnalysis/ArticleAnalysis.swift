import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// Everything the analysis layer knows about one article.
public struct ArticleAnalysis: Sendable {
    public var language: Language
    public var segmentation: Segmentation
    public var entities: [EntityMention]
    public var quotes: [Quotation]

    public init(language: Language, segmentation: Segmentation, entities: [EntityMention], quotes: [Quotation]) {
        self.language = language
        self.segmentation = segmentation
        self.entities = entities
        self.quotes = quotes
    }
}
