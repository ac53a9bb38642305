import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes

/// The article pane and a side pane on their own, without a `ReaderApp`: commands fed to the
/// component, state and the notes or intents it reports checked (issue 13: components own the
/// commands of their context and report back instead of calling the coordinator).
@Suite struct ComponentCommandTests {
    // "Erster Satz hier. " 0-18, "Zweiter Satz folgt. " 18-38, "Dritter Satz mit Baden-Württemberg." 38-73.
    static let text = "Erster Satz hier. Zweiter Satz folgt. Dritter Satz mit Baden-Württemberg."
    static let sentences = [Span(0, 17), Span(18, 37), Span(38, 73)]

    /// A document with a hand-made analysis (no analyser, no thread), laid out `width` wide.
    static func document(_ text: String = text, sentences: [Span] = sentences, entities: [EntityMention] = [],
                         quotes: [Quotation] = [], width: Int = 80) -> Document {
        let article = LoadedArticle(path: "/nonexistent/article.txt", format: .plainText, text: ArticleText(text))
        var segmentation = Analyzer.analyze(article).segmentation
        segmentation.sentences = sentences
        segmentation.paragraphs = [Span(0, text.unicodeScalars.count)]
        let analysis = ArticleAnalysis(language: .de, segmentation: segmentation, entities: entities, quotes: quotes)
        return Document(article: article, width: width, analysis: analysis, jobs: .inline)
    }

    static func pane(_ document: Document, pageHeight: Int = 5) -> ArticlePane {
        ArticlePane(document: document, pageHeight: pageHeight)
    }

    @Test func sentenceMotionsMoveAndSayWhenAtAnEnd() {
        let document = Self.document()
        let article = Self.pane(document)
        // Nothing selected: the next sentence after the top of the screen.
        #expect(article.selectSentence(forward: true, count: 1) == nil)
        #expect(document.selection?.unit == .sentence(1))
        #expect(article.selectSentence(forward: true, count: 1) == nil)
        #expect(document.selection?.span == Span(38, 73))
        #expect(article.selectSentence(forward: true, count: 1) == StatusNote("last sentence"))
        #expect(article.selectSentence(forward: false, count: 5) == StatusNote("first sentence"))
        #expect(document.selection?.unit == .sentence(0))
    }

    @Test func wordMotionsKeepInnerHyphensAndExtendAVisualRange() {
        let document = Self.document()
        let article = Self.pane(document)
        document.selection = Selection(span: Span(38, 45), unit: .range)   // "Dritter"
        #expect(article.selectWord(forward: true, count: 3) == nil)
        #expect(document.selection?.span == Span(55, 72))   // "Baden-Württemberg", one word
        #expect(article.selectWord(forward: true, count: 1) == StatusNote("no next word"))
        // In a visual range the word motion extends it from its head.
        document.selection = Selection(span: Span(0, 6), unit: .range)
        #expect(article.toggleVisual() == nil)
        _ = article.selectWord(forward: true, count: 1)
        #expect(document.selection?.span == Span(0, 11))
        #expect(document.selection?.isVisual == true)
        article.cancel()
        #expect(document.selection?.span == Span(0, 6))
        #expect(document.selection?.isVisual == false)
        #expect(article.wordSpan(at: 62) == Span(55, 72))
        #expect(article.wordSpan(at: 60) == nil)   // the hyphen itself
        #expect(article.wordSpan(at: 17) == nil)   // the space after "hier."
    }

    @Test func searchRemembersTheQueryAcrossArticlesAndWraps() {
        let first = Self.document()
        var article = Self.pane(first)
        let said1 = article.search("Zebra")
        #expect(said1 == StatusNote("no match: Zebra", error: true))
        let said2 = article.search("satz")   // lower case: any case
        #expect(said2 == StatusNote("satz (1/3)"))
        #expect(first.selection?.span == Span(7, 11))
        #expect(first.selection?.unit == .match)
        #expect(article.searchNext(forward: true, count: 2) == StatusNote("satz (3/3)"))
        #expect(article.searchNext(forward: true) == StatusNote("search wrapped: satz (1/3)"))
        #expect(article.searchNext(forward: false) == StatusNote("search wrapped: satz (3/3)"))
        // Another article: no search of its own, and an empty `/` repeats the pane's last query.
        let second = Self.document("Noch ein Satz. Und noch ein Satz.", sentences: [Span(0, 14), Span(15, 33)])
        article.document = second
        #expect(article.searchNext(forward: true) == StatusNote("no search (/ to search)"))
        let said3 = article.search("")
        #expect(said3 == StatusNote("satz (1/2)"))
        #expect(second.selection?.span == Span(9, 13))
        // Esc clears the search; the first article keeps its own.
        article.cancel()
        #expect(second.search == nil)
        #expect(first.search?.query == "satz")
    }

    @Test func scrollingKeepsTheSelectionOnScreen() {
        var long = ""
        var sentences: [Span] = []
        for n in 1...40 {
            let sentence = "Satz Nummer \(n) steht hier."
            let start = long.unicodeScalars.count
            long += sentence + " "
            sentences.append(Span(start, start + sentence.unicodeScalars.count))
        }
        let document = Self.document(long, sentences: sentences, width: 30)
        let article = Self.pane(document, pageHeight: 4)
        _ = article.selectSentence(forward: true, count: 1)
        article.scroll(by: 10)
        let view = article.visibleRange!
        #expect(view.start > 0)
        #expect(document.selection!.span.start >= view.start && document.selection!.span.start < view.end)
        article.scrollToEnd(bottom: true)
        #expect(document.selection?.unit == .sentence(sentences.count - 1))
        article.scrollToEnd(bottom: false)
        #expect(document.top == document.layout.firstPosition)
        #expect(document.selection?.unit == .sentence(0))
    }

    @Test func mouseClickSelectsTheSentenceAndADragARangeOfWords() {
        let document = Self.document()
        var article = Self.pane(document)
        let rect = Rect(x: 2, y: 1, width: 80, height: 5)
        let press = article.press(x: 2 + 20, y: 1, in: rect, double: false)   // on "Zweiter"
        #expect(press.hit && press.note == nil)
        #expect(document.selection?.unit == .sentence(1))
        #expect(article.drag(x: 2 + 27, y: 1, in: rect))   // on "Satz"
        #expect(document.selection?.span == Span(18, 30))
        #expect(document.selection?.isVisual == true)
        let hit1 = article.press(x: 2, y: 4, in: rect, double: false).hit   // below the text
        #expect(!hit1)
        #expect(!article.drag(x: 2 + 5, y: 1, in: rect))   // no drag without a press on text
        _ = article.press(x: 2 + 40, y: 1, in: rect, double: true)
        #expect(document.selection?.span == Span(38, 45))   // a double click: the word
    }

    // MARK: Side pane

    static func quotedDocument() -> Document {
        let text = "„Wir bleiben“, sagte Anna. „Wir gehen“, sagte Ben. „Noch da“, sagte Anna."
        let quotes = [
            Quotation(spans: [Span(0, 13)], speaker: SpeakerMention(span: Span(21, 25), text: "Anna", canonical: "Anna")),
            Quotation(spans: [Span(27, 38)], speaker: SpeakerMention(span: Span(46, 49), text: "Ben", canonical: "Ben")),
            Quotation(spans: [Span(51, 60)], speaker: SpeakerMention(span: Span(68, 72), text: "Anna", canonical: "Anna")),
        ]
        return Self.document(text, sentences: [Span(0, 26), Span(27, 50), Span(51, 73)], quotes: quotes)
    }

    /// The Quotes pane's rows of `quotedDocument()` and a pane whose cursor is on `speaker`'s header.
    static func quotesPane(onSpeaker speaker: String) -> (Document, [PaneItem], SidePane, header: Int) {
        let document = quotedDocument()
        let items = PaneRows.quotes(document.quotes, text: document.text)
        var pane = SidePane()
        let header = items.firstIndex { $0.isHeader && $0.name == speaker }!
        pane.move(by: header, count: items.count)
        return (document, items, pane, header)
    }

    @Test func enterOnASpeakerWalksThroughTheirQuotes() {
        let (document, items, pane, _) = Self.quotesPane(onSpeaker: "Anna")
        guard case .select(let first, .quote(0), let note) = pane.open(.quotes, items: items, selection: nil, sentences: []) else {
            Issue.record("Enter on Anna's header selects her first quote"); return
        }
        #expect(note == StatusNote("Anna: quote 1/2"))
        guard case .select(let second, .quote(2), _) = pane.open(.quotes, items: items, selection: first, sentences: []) else {
            Issue.record("Enter again selects her next quote"); return
        }
        #expect(second == document.quotes[2].span)
        #expect(SidePane().open(.quotes, items: [], selection: nil, sentences: []) == .say(StatusNote("nothing to jump to")))
    }

    @Test func correctionsOnPaneRowsAreIntents() {
        let (_, items, onHeader, header) = Self.quotesPane(onSpeaker: "Ben")
        var pane = onHeader
        #expect(pane.correction(.speaker, in: .quotes, items: items, entities: []) == .editGroupSpeaker(row: header))
        #expect(pane.correction(.accept, in: .quotes, items: items, entities: [])
                == .say(StatusNote("on a speaker: s renames all their quotes; move to a quote (j) to accept or reject it")))
        pane.move(by: 1, count: items.count)
        #expect(pane.correction(.reject, in: .quotes, items: items, entities: []) == .rejectQuote(1))
        #expect(pane.correction(.delete, in: .quotes, items: items, entities: []) == .say(StatusNote("not available in the quotes pane")))
        #expect(SidePane.quoteIndex(atRow: header, in: items) == nil)
        #expect(SidePane.quoteIndex(atRow: header, in: items, orFirstOfHeader: true) == 1)

        // Entities: every mention at once, the type cycled by `t`, the cursor to follow.
        let text = ArticleText(Self.text)
        let mentions = [mention(text, "Satz", .MISC, occurrence: 0), mention(text, "Satz", .MISC, occurrence: 1),
                        mention(text, "Baden-Württemberg", .LOC)]
        let rows = PaneRows.entities(mentions)
        var entities = SidePane()
        let satz = rows.firstIndex { !$0.isHeader && $0.name == "Satz" }!
        entities.move(by: satz, count: rows.count)
        #expect(entities.correction(.retype, in: .entities, items: rows, entities: mentions)
                == .correctEntity(name: "Satz", spans: [mentions[0].span, mentions[1].span], type: "PER", follow: mentions[0].span))
        #expect(entities.correction(.reject, in: .entities, items: rows, entities: mentions)
                == .correctEntity(name: "Satz", spans: [mentions[0].span, mentions[1].span], type: nil, follow: nil))
    }

    @Test func aClickMovesTheCursorToTheRowDrawnThere() {
        var pane = SidePane()
        let rect = Rect(x: 80, y: 0, width: 30, height: 8)   // a box: rows at y 1...6
        let clicked1 = pane.click(y: 3, in: rect, header: nil, count: 10)
        #expect(clicked1)
        #expect(pane.cursor == 2)
        let clicked2 = pane.click(y: 3, in: rect, header: "1 tag", count: 10)   // a header line above the rows
        #expect(clicked2)
        #expect(pane.cursor == 1)
        let clicked3 = pane.click(y: 0, in: rect, header: nil, count: 10)   // the border
        #expect(!clicked3)
        let clicked4 = pane.click(y: 6, in: rect, header: nil, count: 3)    // below the last row
        #expect(!clicked4)
        pane.move(by: 7, count: 10)                                    // the second page: rows 6...9
        let clicked5 = pane.click(y: 2, in: rect, header: nil, count: 10)
        #expect(clicked5)
        #expect(pane.cursor == 7)
    }

    // MARK: Prompt line

    @Test func backspaceOnAnEmptyCommandLineLeavesItButNotANote() {
        var line = PromptLine(environment: [:])
        line.open(.command, text: "w")
        line.deleteBackward()
        #expect(line.prompt?.editor.text == "")
        line.deleteBackward()
        #expect(line.prompt == nil)
        line.open(.note)
        line.deleteBackward()
        #expect(line.prompt?.kind == .note)   // a note is left with Esc, not by deleting too far
    }

    @Test func aCommandLineIsANameAndItsArguments() {
        let parsed = PromptLine.command("  e  ~/Artikel mit Leerzeichen.txt ")
        #expect(parsed?.name == "e")
        #expect(parsed?.invocation.arguments == ["~/Artikel", "mit", "Leerzeichen.txt"])
        #expect(parsed?.invocation.rawArgument == "~/Artikel mit Leerzeichen.txt")
        #expect(PromptLine.command("   ") == nil)
    }
}
