import Testing
import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis

/// "she" after a woman and then a man: the first names (nam_dict genders) send it past the man.
@Test func englishPronounSkipsAPersonOfTheOtherGender() {
    let text = ArticleText("Mary Jones runs the bakery. Her landlord, John Smith, raised the rent in May. “We cannot pay this,” she said.")
    let quotes = Analyzer.analyze(text).quotes
    #expect(quotes.count == 1)
    #expect(quotes.first?.speaker.map { text[$0.span] } == "she")
    #expect(quotes.first?.speaker?.canonical == "Mary Jones")
}
