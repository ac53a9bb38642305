import Testing
import MarginaliaText
import MarginaliaQuotes
@testable import MarginaliaModel

/// Pane excerpts are quoted in the article's own convention.
@Suite struct ExcerptMarksTests {
    @Test func englishQuotesGetEnglishMarksGermanGetGerman() {
        let text = ArticleText("“We stay,” she said.")
        let quote = Quotation(spans: [Span(1, 8)])
        let english = PaneRows.quotes([quote], text: text, language: .en).map(\.label)
        let german = PaneRows.quotes([quote], text: text, language: .de).map(\.label)
        #expect(english.contains("“We stay”"))
        #expect(german.contains("„We stay“"))
    }
}
