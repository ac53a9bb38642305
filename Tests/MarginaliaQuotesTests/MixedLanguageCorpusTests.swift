import Testing
import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis

/// A corpus mixing German and English articles: each article's language is detected on its
/// own, and each gets its own recognizer (German tagger, English tagger) and quote cues.
@Test func mixedCorpusGivesEachArticleItsOwnRecognizer() {
    let articles = [
        "Bundeskanzler Olaf Scholz hat am Montag in Berlin mit Vertretern der Gewerkschaften gesprochen. „Wir brauchen eine Lösung“, sagte Scholz nach dem Treffen.",
        "Prime Minister Keir Starmer met union leaders in London on Monday. “We need a solution,” Starmer said after the meeting.",
        "Die Stadt München plant neue Radwege. Oberbürgermeister Dieter Reiter sagte, die Arbeiten würden im Frühjahr beginnen.",
    ]
    let analyses = articles.map { Analyzer.analyze(ArticleText($0)) }
    #expect(analyses.map(\.language) == [.de, .en, .de])
    func names(_ k: Int) -> [String: EntityType] {
        Dictionary(analyses[k].entities.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
    }
    #expect(names(0)["Olaf Scholz"] == .PER)
    #expect(names(0)["Berlin"] == .LOC)
    #expect(names(1)["Keir Starmer"] == .PER)
    #expect(names(1)["London"] == .LOC)
    #expect(names(2)["Dieter Reiter"] == .PER)
    // Quotes follow the article's language too: the English one is attributed to Starmer.
    #expect(analyses[1].quotes.count == 1)
    #expect(analyses[0].quotes.count == 1)
}
