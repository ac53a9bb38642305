import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// Runs the whole pipeline on an article: language, segmentation, entities, quotes.
public enum Analyzer {
    /// `userModel`: what the user's corrections taught the entity tagger (nil: the process's, if any).
    public static func analyze(_ article: LoadedArticle, userModel: UserNERModel? = nil) -> ArticleAnalysis {
        analyze(article.text, knownHeadings: article.headingSpans, userModel: userModel)
    }

    public static func analyze(_ text: ArticleText, knownHeadings: [Span] = [], userModel: UserNERModel? = nil) -> ArticleAnalysis {
        let language = LanguageDetector.detect(text)
        let segmentation = Segmenter.segment(text, language: language, knownHeadings: knownHeadings)
        let entities = EntityRecognition.recognize(text, segmentation: segmentation, language: language, userModel: userModel)
        var quotes = QuoteDetection.detect(text, segmentation: segmentation, entities: entities, language: language)
        if language == .de, let user = userModel ?? ActiveUserModel.process.current() {
            quotes = UserQuoteFilter.apply(quotes, text: text, lexicon: user.quotes)
        }
        return ArticleAnalysis(language: language, segmentation: segmentation, entities: entities, quotes: quotes)
    }
}
