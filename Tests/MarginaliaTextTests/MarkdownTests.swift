import Testing
@testable import MarginaliaText

@Suite("Markdown")
struct MarkdownTests {
    func md(_ source: String) throws -> LoadedArticle { try load(source, name: "a.md") }

    @Test func atxHeadingsBecomeParagraphsAndTitle() throws {
        let article = try md("# Der Titel\nErster Absatz.\n\n## Zweiter Teil ##\n\nText.")
        #expect(article.text.string == "Der Titel\n\nErster Absatz.\n\nZweiter Teil\n\nText.")
        #expect(article.title == "Der Titel")
        #expect(article.headingSpans.map { article.text[$0] } == ["Der Titel", "Zweiter Teil"])
    }

    @Test func setextHeadings() throws {
        let article = try md("Großer Titel\n===========\n\nKleiner Titel\n---\nText.")
        #expect(article.text.string == "Großer Titel\n\nKleiner Titel\n\nText.")
        #expect(article.headingSpans.count == 2)
    }

    @Test func emphasisMarkersRemoved() throws {
        let article = try md("Das ist *wichtig*, **sehr** _klar_, __fett__, ~~alt~~ und `code`.")
        #expect(article.text.string == "Das ist wichtig, sehr klar, fett, alt und code.")
    }

    @Test func lonelyStarsAndIntrawordUnderscoresStay() throws {
        #expect(try md("2 * 3 = 6 und snake_case_name").text.string == "2 * 3 = 6 und snake_case_name")
    }

    @Test func tabIndentedShortLineDoesNotCrash() throws {
        // A tab counts four columns but is one scalar: found by fuzzing.
        #expect(try md("~~x~~\n\t3.").text.string.hasPrefix("x"))
    }

    @Test func nestedAndUnclosedBrackets() throws {
        #expect(try md("[a [b] c](x) und [offen und (auch").text.string == "a [b] c und [offen und (auch")
        let many = String(repeating: "[", count: 200_000)
        #expect(try md(many).text.count == 200_000)
    }

    @Test func genderStarIsText() throws {
        #expect(try md("Bürger*innen und Wähler*innen, *betont*").text.string == "Bürger*innen und Wähler*innen, betont")
    }

    @Test func linksAndImages() throws {
        let article = try md("Siehe [die Studie](https://example.org \"Titel\") und ![ein Foto](bild.jpg).")
        #expect(article.text.string == "Siehe die Studie und ein Foto.")
    }

    @Test func referenceLinksAndDefinitions() throws {
        let article = try md("Laut [Bericht][1] und [Quelle] steigt es.\n\n[1]: https://example.org\n[Quelle]: https://example.com")
        #expect(article.text.string == "Laut Bericht und Quelle steigt es.")
    }

    @Test func listItemsAreLinesWithBullets() throws {
        let article = try md("Wir brauchen:\n\n- Brot\n* Milch\n+ Eier\n\n1. Erstens\n2. Zweitens")
        #expect(article.text.string == "Wir brauchen:\n\n• Brot\n• Milch\n• Eier\n\n1. Erstens\n2. Zweitens")
    }

    @Test func blockquotesLoseTheirMarkers() throws {
        let article = try md("Davor.\n\n> Ein Zitat\n> über zwei Zeilen.\n\nDanach.")
        #expect(article.text.string == "Davor.\n\nEin Zitat über zwei Zeilen.\n\nDanach.")
    }

    @Test func codeBlocksVerbatim() throws {
        let article = try md("Text.\n\n```swift\nlet x = *1*\n  y\n```\n\n    eingerückt *so*\n\nEnde.")
        #expect(article.text.string == "Text.\n\nlet x = *1*\n  y\n\neingerückt *so*\n\nEnde.")
    }

    @Test func htmlBlocksStripped() throws {
        let article = try md("Vorher.\n\n<div class=\"ad\">\nWerbung\n</div>\n\n<!-- Kommentar\nzweite Zeile -->\n\nNachher <b>fett</b>.")
        #expect(article.text.string == "Vorher.\n\nNachher fett.")
    }

    @Test func paragraphsSeparatedByOneBlankLine() throws {
        let article = try md("Erster\nAbsatz.\n\n\n\nZweiter Absatz.\n")
        #expect(article.text.string == "Erster Absatz.\n\nZweiter Absatz.")
    }

    @Test func escapesAndEntities() throws {
        #expect(try md("Ein \\*Stern\\* &amp; mehr").text.string == "Ein *Stern* & mehr")
    }

    @Test func frontMatterDropped() throws {
        #expect(try md("---\ntitle: x\n---\n# Titel\n\nText.").text.string == "Titel\n\nText.")
    }

    @Test func headingSpansSegmentAsHeadings() throws {
        let article = try md("# Kurz. Mit Punkt.\n\nText hier.")
        let segmentation = Segmenter.segment(article.text, knownHeadings: article.headingSpans)
        #expect(segmentation.headings.map { article.text[$0] } == ["Kurz. Mit Punkt."])
    }
}

/// Inputs that made the inline parser quadratic (issue 20): still parsed the CommonMark way.
/// (Their speed is measured by scripts/perf/quadratic-series.sh, not asserted here.)
@Suite("Markdown, pathological inputs")
struct MarkdownPathologicalTests {
    func md(_ source: String) throws -> String { try load(source, name: "a.md").text.string }

    @Test func codeSpansPairRunsOfTheSameLength() throws {
        #expect(try md("a `b` c") == "a b c")
        #expect(try md("``a`b`` und `x") == "a`b und `x")
        // A code span longer than the old 2,000-scalar search window is still one.
        let long = String(repeating: "x", count: 3000)
        #expect(try md("`" + long + "` Ende") == long + " Ende")
    }

    @Test func nestedBracketsKeepTheirText() throws {
        let n = 2000
        #expect(try md(String(repeating: "[", count: n) + "x" + String(repeating: "]", count: n))
            == String(repeating: "[", count: n) + "x" + String(repeating: "]", count: n))
        #expect(try md("[[Text](http://a.b)] Ende") == "[Text] Ende")
    }
}
