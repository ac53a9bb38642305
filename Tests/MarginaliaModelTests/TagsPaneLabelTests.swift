import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText

/// Rows of the Tags pane: a note stays visible in the ~38 columns the pane has, and a passage
/// opening with its own quotation mark is not given a second one.
@Suite struct TagsPaneLabelTests {
    @Test func noteIsVisibleInTheTagsPane() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press("1c")
        app.type("check with the agency")
        app.press("<CR>")
        #expect(app.document?.store?.items.first?.note == "check with the agency")
        let grid = app.render()
        let pane = try #require(app.geometry.panes.first { $0.0 == .tags }?.1)
        let row = try #require(grid.find("✎", maxX: nil))
        #expect(row.x >= pane.x && row.x < pane.maxX)
        // The note starts on screen, inside the pane (whole, or cut with an ellipsis).
        let rowText = (pane.x..<pane.maxX).map { grid[$0, row.y].text }.joined()
        #expect(rowText.contains("✎ check"))
        #expect(rowText.contains("claim „Der Kampf"))
    }

    @Test func labelFitsTheWidthAndKeepsNoteAndExcerpt() {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let label = app.tagLabel(excerpt: String(repeating: "Wort ", count: 20), note: "eine Notiz", width: 30)
        #expect(DisplayWidth.of(label) <= 30)
        #expect(label.hasSuffix("✎ eine Notiz"))
        #expect(label.hasPrefix("„Wort"))
        // A long note is cut, but the excerpt keeps some room.
        let long = app.tagLabel(excerpt: "Kurz.", note: String(repeating: "n", count: 80), width: 30)
        #expect(DisplayWidth.of(long) <= 30)
        #expect(long.hasPrefix("„Kurz.“ ✎ nnn"))
        #expect(long.hasSuffix("…"))
    }

    @Test func passageWithItsOwnQuotationMarkIsNotDoubled() throws {
        let sandbox = Sandbox()
        let text = "„Man hört nichts“, sagte er. Dann ging er."
        let t = ArticleText(text)
        let sentences = [TextSearch.find("„Man hört nichts“, sagte er.", in: t)[0], TextSearch.find("Dann ging er.", in: t)[0]]
        let app = sandbox.app(text: text, sentences: sentences, paragraphs: [Span(0, t.count)])
        app.press("1")
        let grid = app.render()
        #expect(grid.text.contains("claim „Man hört"))
        #expect(!grid.text.contains("„„"))
        #expect(app.tagLabel(excerpt: "«Non», dit-il.", note: nil, width: 30) == "«Non», dit-il.")
        #expect(app.tagLabel(excerpt: "Plain.", note: nil, width: 30) == "„Plain.“")
    }
}

/// The Tags pane's rows are cached per document version and per size: after a resize the
/// labels are cut to the new pane width, not left at the old one.
@Suite struct TagsPaneResizeTests {
    @Test func labelsFollowTheWidthAfterAResize() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press("1c")
        app.type("a note that is long enough to be cut in a narrow pane and whole in a wide one")
        app.press("<CR>")
        var labels: [Int: String] = [:]
        for width in [100, 200, 100] {
            app.resize(width: width, height: 30)
            let pane = try #require(app.geometry.panes.first { $0.0 == .tags }?.1)
            let item = try #require(app.paneItems(.tags).first)
            // The label fits the pane as it is now: marker, space and label within its inner width.
            #expect(DisplayWidth.of(item.marker) + 1 + DisplayWidth.of(item.label) <= pane.width - 2,
                    "width \(width): \(item.label)")
            if let earlier = labels[width] { #expect(earlier == item.label) }
            labels[width] = item.label
            // And the rendered row shows it.
            let grid = app.render()
            let row = try #require(grid.find("✎", maxX: nil))
            #expect(row.x >= pane.x && row.x < pane.maxX)
        }
        #expect(labels[200] != labels[100])
        #expect(DisplayWidth.of(labels[200]!) > DisplayWidth.of(labels[100]!))
    }
}
