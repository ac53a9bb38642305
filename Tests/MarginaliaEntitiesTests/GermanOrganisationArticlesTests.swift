import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A capitalised article inside a sentence opens the organisation's name after it.

private func widened(_ s: String, _ names: [String]) -> [String] {
    let text = ArticleText(s)
    let scalars = Array(s.unicodeScalars)
    let given = names.map { name -> EntityMention in
        let n = Array(name.unicodeScalars)
        let start = (0...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n }!
        return GermanNamePatterns.mention(Span(start, start + n.count), .ORG, text)
    }
    return GermanOrganisationArticles.apply(given, text: text).map(\.text)
}

@Test func aCapitalisedArticleInsideASentenceOpensTheName() {
    #expect(widened("Die Koalition aus Quendelpartei und Die Velora will regieren.", ["Quendelpartei", "Velora"])
        == ["Quendelpartei", "Die Velora"])
    #expect(widened("Dazu gehören Attac, Die Velora und andere.", ["Attac", "Velora"]) == ["Attac", "Die Velora"])
    #expect(widened("Quendelpartei 30 Prozent; Die Velora 9 Prozent.", ["Quendelpartei", "Velora"]) == ["Quendelpartei", "Die Velora"])
}

@Test func anArticleThatMayOpenASentenceStaysOutside() {
    // After a stop, a colon, a quote, a dash, a capitalised word (a heading without a stop).
    #expect(widened("Das war so. Die Velora lehnte ab.", ["Velora"]) == ["Velora"])
    #expect(widened("Er sagte: Die Velora lehnt ab.", ["Velora"]) == ["Velora"])
    #expect(widened("Tarnitz - Die Velora lehnt ab.", ["Velora"]) == ["Velora"])
    #expect(widened("Quendelpartei Die Velora lehnt ab.", ["Quendelpartei", "Velora"]) == ["Quendelpartei", "Velora"])
    // A lower-case article is no part of the name.
    #expect(widened("Das meldete gestern die Velora.", ["Velora"]) == ["Velora"])
}
