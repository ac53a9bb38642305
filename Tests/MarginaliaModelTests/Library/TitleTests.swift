import Testing
import MarginaliaText
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct TitleTests {
    @Test func ownTitleWinsThenFirstHeadingThenFirstLine() {
        let text = ArticleText("\n\n  Erste   Zeile\nZweite\n\nÜberschrift\n")
        let heading = Span(26, 37)
        #expect(text[heading] == "Überschrift")
        #expect(ArticleTitle.derive(ownTitle: "  Eigener\tTitel ", text: text, headings: [heading]) == "Eigener Titel")
        #expect(ArticleTitle.derive(ownTitle: "   ", text: text, headings: [heading]) == "Überschrift")
        #expect(ArticleTitle.derive(ownTitle: nil, text: text) == "Erste Zeile")
        #expect(ArticleTitle.derive(ownTitle: nil, text: ArticleText(" \n\t\n")) == nil)
    }

    @Test func longTitlesAreCut() {
        let long = String(repeating: "Wort ", count: 100)
        let title = ArticleTitle.clean(long)
        #expect(title.count == ArticleTitle.maxLength + 1)
        #expect(title.hasSuffix("…"))
    }

    @Test func fileEntriesGetTheirTitleWhenFirstListed() {
        let dir = TemporaryFolder()
        let path = dir.write("a.txt", "\nDie Schlacht um Kherson\n\nDer Text des Artikels.\n")
        let library = makeLibrary([path], statePath: dir.path + "/state.json")
        #expect(library.entries[0].metadata.title == "a.txt")   // placeholder until read
        let metadata = library.metadata(at: 0)
        #expect(metadata.title == "Die Schlacht um Kherson")
        #expect(metadata.words == 8)
        #expect(metadata.language == .de)
    }
}
