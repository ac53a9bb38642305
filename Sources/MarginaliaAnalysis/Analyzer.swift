import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// Runs the whole pipeline on an article: language, segmentation, entities, quotes.
public enum Analyzer {
    public static func analyze(_ article: LoadedArticle) -> ArticleAnalysis {
        analyze(article.text, knownHeadings: article.headingSpans)
    }

    public static func analyze(_ text: ArticleText, knownHeadings: [Span] = []) -> ArticleAnalysis {
        let language = LanguageDetector.detect(text)
        let segmentation = Segmenter.segment(text, language: language, knownHeadings: knownHeadings)
        let entities = EntityRecognition.recognize(text, segmentation: segmentation, language: language)
        let quotes = QuoteDetection.detect(text, segmentation: segmentation, entities: entities, language: language)
        return ArticleAnalysis(language: language, segmentation: segmentation, entities: entities, quotes: quotes)
    }
}
