import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis

/// `render()` only draws and `handle` only acts on keys: a background result waits for `tick`
/// (the front end's, after each batch of keys), so drawing twice in a row gives the same cells
/// and leaves the state as it was, and a key acts on the state the last frame showed.
@Suite struct RenderIsPureTests {
    @Test func aFinishedSearchCountWaitsForTickNotForRender() throws {
        let sandbox = Sandbox()
        // Longer than the text searched at once: its matches are counted as a background job
        // (inline here, so the result is there at once, but only `tick` may pick it up).
        let text = String(repeating: "Die Lage sei ernst, sagte sie. ", count: TextSearch.synchronousLimit / 31 + 10)
        let path = sandbox.write("long.txt", text)
        let article = LoadedArticle(path: path, format: .plainText, text: ArticleText(text))
        let analysis = ArticleAnalysis(language: .de, segmentation: Segmentation(paragraphs: [Span(0, article.text.count)]),
                                       entities: [], quotes: [])
        let document = Document(article: article, width: 100, analysis: analysis, jobs: .inline)
        let app = ReaderApp(documents: DocumentList(documents: [document]), options: sandbox.options)
        app.resize(width: 100, height: 20)
        app.press("/ernst<CR>")
        #expect(app.document?.search?.isCounting == true)
        let first = app.render()
        let second = app.render()
        #expect(first == second)
        #expect(app.document?.search?.isCounting == true)
        // A key does not pick it up either: `n` goes to the next match by a scan from here.
        app.press("n")
        #expect(app.document?.search?.isCounting == true)
        #expect(app.message?.hasSuffix("(counting matches…)") == true)
        app.tick(now: Date())
        #expect(app.document?.search?.isCounting == false)
        #expect(app.message?.hasPrefix("ernst (2/") == true)   // the count replaces "counting matches…"
        #expect(app.document?.search?.matches.count == text.components(separatedBy: "ernst").count - 1)
    }
}
