import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// The analyzer's doubt reaches the reader: an uncertain entity is drawn dimmed, a speaker that is
/// only an unresolved pronoun is listed as "?".
@Suite struct UncertaintyDisplayTests {
    static let article = "Lena Vogt traf Jonas Pohl in Kassel. Er sagte: „Wir machen weiter.“"

    @Test func uncertainEntityIsDimmedAndConfidentOneIsNot() throws {
        let sandbox = Sandbox()
        let text = ArticleText(UncertaintyDisplayTests.article)
        var unsure = mention(text, "Jonas Pohl", .PER)
        unsure.confidence = 0.4
        let sure = mention(text, "Lena Vogt", .PER)
        let app = sandbox.app(text: UncertaintyDisplayTests.article, entities: [sure, unsure])
        let grid = app.render()
        let a = try #require(grid.find("Lena"))
        let b = try #require(grid.find("Jonas"))
        #expect(!grid[a.x, a.y].style.dim)
        #expect(grid[b.x, b.y].style.dim)
        #expect(grid[a.x, a.y].style.foreground == grid[b.x, b.y].style.foreground)   // the type's colour stays
    }

    @Test func unresolvedSpeakerIsListedAsQuestionMark() {
        let sandbox = Sandbox()
        let text = ArticleText(UncertaintyDisplayTests.article)
        let er = TextSearch.find("Er", in: text)[0]
        let quote = Quotation(spans: [TextSearch.find("Wir machen weiter.", in: text)[0]],
                              speaker: SpeakerMention(span: er, text: "Er", canonical: SpeakerMention.unresolved))
        let app = sandbox.app(text: UncertaintyDisplayTests.article, quotes: [quote])
        let headers = app.paneItems(.quotes).filter(\.isHeader).map(\.label)
        #expect(headers == ["? (1)"])
    }
}
