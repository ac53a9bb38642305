import Testing
@testable import MarginaliaText

@Suite("Paragraphs and headings")
struct ParagraphHeadingTests {
    func headings(_ text: String) -> [String] {
        let article = ArticleText(text)
        return Segmenter.segment(article).headings.map { article[$0] }
    }

    @Test func newsStyleHeading() {
        let text = "Der erste Absatz endet hier.\n\nWashington sucht erstmals das Gespräch\n\nDer nächste Absatz folgt."
        #expect(headings(text) == ["Washington sucht erstmals das Gespräch"])
    }

    @Test func headingIsOneSentence() {
        let text = "Dr. Berger im Amt\n\nText folgt. Noch ein Satz."
        let article = ArticleText(text)
        let seg = Segmenter.segment(article)
        #expect(seg.sentences.map { article[$0] } == ["Dr. Berger im Amt", "Text folgt.", "Noch ein Satz."])
    }

    @Test func quotedHeadlineIsHeading() {
        #expect(headings("„Wir geben nicht auf“\n\nText folgt.") == ["„Wir geben nicht auf“"])
    }

    @Test("not headings", arguments: [
        "Ein kurzer Satz.\n\nText folgt.",
        "Wer kommt?\n\nText folgt.",
        "Wir brauchen:\n\nText folgt.",
        "• Ein Listenpunkt\n\nText folgt.",
        "- Ein Listenpunkt\n\nText folgt.",
        "1. Ein Listenpunkt\n\nText folgt.",
        "Zwei Zeilen\nohne Punkt\n\nText folgt.",
        "Text folgt.\n\nLetzte Zeile ohne Punkt",
        "Dies ist eine sehr lange Zeile ohne Punkt am Ende, die viel zu viele Wörter hat, um eine Überschrift zu sein\n\nText.",
    ])
    func notHeading(_ text: String) {
        #expect(headings(text).isEmpty)
    }

    @Test func knownHeadingsBecomeOwnParagraphs() {
        let text = "Titel mit Punkt.\nText direkt darunter."
        let article = ArticleText(text)
        let seg = Segmenter.segment(article, knownHeadings: [Span(0, 16)])
        #expect(seg.paragraphs.map { article[$0] } == ["Titel mit Punkt.", "Text direkt darunter."])
        #expect(seg.headings == [Span(0, 16)])
    }

    @Test func blankLinesWithSpacesSeparateParagraphs() {
        let article = ArticleText("Eins.\n  \t\nZwei.\n\u{00A0}\nDrei.")
        #expect(Segmenter.segment(article).paragraphs.count == 3)
    }

    @Test func singleNewlineIsALineBreakInsideAParagraph() {
        let article = ArticleText("Zeile eins\nZeile zwei.\n\nNeu.")
        let seg = Segmenter.segment(article)
        #expect(seg.paragraphs.map { article[$0] } == ["Zeile eins\nZeile zwei.", "Neu."])
        #expect(seg.sentences.map { article[$0] } == ["Zeile eins\nZeile zwei.", "Neu."])
    }

    @Test func offsetsAreCodePointsAfterEmojiAndCombiningMarks() {
        // 👩‍🔬 is three code points, e + U+0301 two: Python's len() counts the same.
        let text = "👩‍🔬 Cafe\u{0301} heute.\n\nDer zweite Satz."
        let article = ArticleText(text)
        let seg = Segmenter.segment(article)
        #expect(seg.sentences == [Span(0, 16), Span(18, 34)])
        #expect(article[seg.sentences[1]] == "Der zweite Satz.")
    }

    @Test func emptyAndBlankText() {
        #expect(Segmenter.segment(ArticleText("")) == Segmentation())
        #expect(Segmenter.segment(ArticleText(" \n\n \n")) == Segmentation())
    }

    @Test func largeInputStaysLinear() {
        // Pathological shapes: one huge paragraph, many dots, many quotes. Must finish at all.
        let text = String(repeating: "Dr. a. „b“ 3. (r.) … ", count: 20_000) + String(repeating: ". ", count: 50_000)
        let seg = Segmenter.segment(ArticleText(text))
        #expect(seg.paragraphs.count == 1)
    }
}

@Suite("Headings, more cases")
struct HeadingMoreTests {
    func headings(_ text: String, known: [Span] = []) -> [String] {
        let article = ArticleText(text)
        return Segmenter.segment(article, knownHeadings: known).headings.map { article[$0] }
    }

    @Test func bylinesAndCaptionsAreNotHeadings() {
        #expect(headings("Von Anna Berger\n\nText folgt.").isEmpty)
        #expect(headings("By Fiona MacLeod\n\nText follows.").isEmpty)
        #expect(headings("Die Fähre am Kai. Foto: dpa\n\nText folgt.").isEmpty)
    }

    @Test func abbreviationInsideHeadingIsFine() {
        #expect(headings("Dr. Berger übernimmt\n\nText folgt.") == ["Dr. Berger übernimmt"])
    }

    @Test func knownHeadingsReplaceTheGuess() {
        let text = "Titel\n\nKurze Zeile ohne Punkt\n\nText folgt."
        #expect(headings(text, known: [Span(0, 5)]) == ["Titel"])
        #expect(headings(text) == ["Titel", "Kurze Zeile ohne Punkt"])
    }
}

@Suite("Segmenting a part of the text")
struct PartialSegmentationTests {
    @Test func rangeAtParagraphBreaksMatchesTheWhole() {
        let text = ArticleText("Eins. Zwei.\n\nÜberschrift hier\n\nDrei. Vier.\n\nFünf.")
        let whole = Segmenter.segment(text)
        let first = Segmenter.segment(text, in: Span(0, 31))
        let rest = Segmenter.segment(text, in: Span(31, text.count))
        #expect(first.paragraphs + rest.paragraphs == whole.paragraphs)
        #expect(first.sentences + rest.sentences == whole.sentences)
        #expect(first.headings + rest.headings == whole.headings)
    }

    @Test func rangeIsClampedToTheText() {
        let text = ArticleText("Ein Satz.")
        #expect(Segmenter.segment(text, in: Span(0, 1_000)).sentences == [Span(0, 9)])
    }
}
