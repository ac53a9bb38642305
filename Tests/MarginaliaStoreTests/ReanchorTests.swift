import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct ReanchorTests {
    let original = ArticleText(sampleText)
    let sentence = "Es ist kein Zufall, dass die NATO gerade jetzt eine Reihe von Raketen nach Kiew geschickt hat."

    func tagged(_ exact: String, in text: ArticleText, occurrence: Int = 1) -> Annotation {
        Annotation.tagging(text.span(of: exact, occurrence: occurrence), in: text, tags: ["claim"])
    }

    @Test func unchangedTextIsExact() {
        let a = tagged(sentence, in: original)
        let result = Reanchorer().anchor([a], in: original)
        #expect(result == [a])
    }

    @Test func insertionBeforeShiftsTheSpan() {
        let a = tagged(sentence, in: original)
        let edited = ArticleText("Eilmeldung: 🚨 Neue Lage.\n\n" + sampleText)
        let moved = Reanchorer().anchor(a, in: edited)
        #expect(moved.anchoring == .reanchored)
        #expect(edited[moved.span] == sentence)
        #expect(moved.span.start == a.span.start + "Eilmeldung: 🚨 Neue Lage.\n\n".unicodeScalars.count)
        #expect(moved.quote.prefix.unicodeScalars.count == 32)
    }

    @Test func deletionBeforeShiftsTheSpan() {
        let a = tagged(sentence, in: original)
        let edited = ArticleText(sampleText.replacingOccurrences(of: "Serbiens Präsident Aleksandar Vučić spricht gar von einer „Entscheidungsschlacht“ und scheut nicht den Vergleich mit Stalingrad.", with: ""))
        let moved = Reanchorer().anchor(a, in: edited)
        #expect(moved.anchoring == .reanchored)
        #expect(edited[moved.span] == sentence)
    }

    @Test func editInsideTheSpanIsMatchedApproximately() {
        let a = tagged(sentence, in: original)
        let changedSentence = "Es ist kein Zufall, dass die NATO gerade jetzt eine ganze Reihe von Raketen nach Kyjiw geschickt hat."
        let edited = ArticleText("Vorspann.\n\n" + sampleText.replacingOccurrences(of: sentence, with: changedSentence))
        let moved = Reanchorer().anchor(a, in: edited)
        #expect(moved.anchoring == .fuzzy)
        #expect(edited[moved.span] == changedSentence)
        #expect(moved.quote.exact == changedSentence)
    }

    @Test func duplicateSentencesAreTellApartByContext() {
        let repeated = "Die Lage bleibt unübersichtlich."
        let text = ArticleText("Am Montag in Kiew. \(repeated) Die Armee meldet Erfolge.\n\nAm Dienstag in Cherson. \(repeated) Die Stadt ist ohne Strom.")
        let second = tagged(repeated, in: text, occurrence: 2)
        // Text inserted at the top moves both copies; the first copy now sits near the old
        // position of the second, but the context still picks the second.
        let padding = String(repeating: "x", count: second.span.start - text.span(of: repeated).start) + " "
        let edited = ArticleText(padding + text.string)
        let moved = Reanchorer().anchor(second, in: edited)
        #expect(moved.anchoring == .reanchored)
        #expect(moved.span == edited.span(of: repeated, occurrence: 2))
        let first = tagged(repeated, in: text, occurrence: 1)
        #expect(Reanchorer().anchor(first, in: edited).span == edited.span(of: repeated, occurrence: 1))
    }

    @Test func sameContextPrefersTheNearestCopy() {
        let text = ArticleText("a b c. Eins zwei drei vier. a b c. Eins zwei drei vier. a b c.")
        let second = tagged("Eins zwei drei vier.", in: text, occurrence: 2)
        let edited = ArticleText("Neu: " + text.string)
        #expect(Reanchorer().anchor(second, in: edited).span == edited.span(of: "Eins zwei drei vier.", occurrence: 2))
    }

    @Test func removedPassageIsOrphanedAndKeptAsSaved() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: original, options: testOptions(folder))
        store.tag(original.span(of: sentence), with: "claim")
        store.tag(original.span(of: "Kherson ist ein strategisch wichtiges Ziel."), with: "fact")
        store.close()
        let savedBefore = try #require(store.items.first)

        let newText = sampleText.replacingOccurrences(of: sentence, with: "Ganz anderer Inhalt steht hier jetzt, ohne jede Ähnlichkeit.")
        _ = folder.article("a.txt", newText)
        let reopened = AnnotationStore(articlePath: path, text: ArticleText(newText), options: testOptions(folder))
        #expect(reopened.sourceChanged)
        #expect(reopened.orphans.count == 1)
        #expect(reopened.items.count == 2)
        #expect(reopened.warnings.contains { $0.hasPrefix("the article changed since the annotations were saved") && $0.contains("1 orphaned (kept)") })
        let orphan = try #require(reopened.orphans.first)
        #expect(orphan.span == savedBefore.span && orphan.quote == savedBefore.quote)
        // The moved/changed state is saved; the orphan goes back exactly as it was.
        #expect(reopened.isDirty)
        reopened.close()
        let saved = try AnnotationDecoder.decode(try #require(folder.bytes("a.txt.annotations.json")), path: "x").collection
        #expect(saved.source.sha256 == SHA256.hex(of: newText))
        let savedOrphan = try #require(saved.items.first { $0.id == orphan.id })
        #expect(savedOrphan.span == savedBefore.span && savedOrphan.quote == savedBefore.quote)
        // And it stays an orphan, not lost, the next time.
        let third = AnnotationStore(articlePath: path, text: ArticleText(newText), options: testOptions(folder))
        #expect(third.orphans.map(\.id) == [orphan.id])
        third.close()
    }

    @Test func positionOnlyAndQuoteOnlyTargetsFromOlderFiles() {
        let positionOnly = Annotation(motivation: .tagging, created: "2026-01-01T00:00:00Z", span: Span(0, 3),
                                      quote: TextQuote(exact: ""), tags: ["a"])
        let anchored = Reanchorer().anchor(positionOnly, in: original)
        #expect(anchored.anchoring == .exact && anchored.quote.exact == "Der")
        let quoteOnly = Annotation(motivation: .tagging, created: "2026-01-01T00:00:00Z", span: Span(0, 0),
                                   quote: TextQuote(exact: "Stalingrad"), tags: ["a"])
        let found = Reanchorer().anchor(quoteOnly, in: original)
        #expect(found.anchoring == .reanchored && original[found.span] == "Stalingrad")
    }

    @Test func speakerSpanMovesWithTheQuote() {
        let quote = original.span(of: "Entscheidungsschlacht")
        let speaker = original.span(of: "Aleksandar Vučić")
        let a = Annotation.quoteCorrection(quote, in: original, isQuote: true, speaker: SpeakerBody(name: "Aleksandar Vučić", span: speaker))
        let edited = ArticleText("Neu. " + sampleText)
        let moved = Reanchorer().anchor(a, in: edited)
        #expect(moved.speaker?.span == Span(speaker.start + 5, speaker.end + 5))
    }

    @Test func alignerFindsTheClosestWindow() {
        let text = Array("xxxx Die Ministerin kündigte den Plan an. yyyy".unicodeScalars)
        let pattern = Array("Die Ministerin kuendigte den Plan an.".unicodeScalars)
        let match = FuzzyAligner.bestMatch(of: pattern, in: text, window: 0..<text.count)
        #expect(match?.start == 5)
        #expect(match?.end == 41)
        #expect(match?.distance == 2)
    }
}

@Suite struct LongPassageTests {
    @Test func longParagraphEditedInsideIsFoundByItsEnds() {
        // Longer than the alignment limit set below.
        let paragraph = (1...40).map { "Am Tag \($0) hat die Stadtverwaltung mitgeteilt, dass die Arbeiten länger dauern." }
            .joined(separator: " ")
        let text = ArticleText("Titel\n\n" + paragraph + "\n\nSchluss.")
        let a = Annotation.tagging(text.span(of: paragraph), in: text, tags: ["fact"])
        var reanchorer = Reanchorer()
        reanchorer.fuzzyLengthLimit = 1000
        let changedParagraph = paragraph.replacingOccurrences(of: "Am Tag 20 hat", with: "Am zwanzigsten Tag hatte")
        let edited = ArticleText("Ein neuer Titel\n\n" + changedParagraph + "\n\nSchluss.")
        let moved = reanchorer.anchor(a, in: edited)
        #expect(moved.anchoring == .fuzzy)
        #expect(edited[moved.span] == changedParagraph)
    }
}

@Suite struct BitAlignerTests {
    func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// The bit-vector aligner agrees with the plain dynamic programme, over patterns shorter
    /// and longer than one 64-bit word, and its start gives a span with that distance.
    @Test func agreesWithTheReferenceProgramme() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeäö👍 ".unicodeScalars)
        for round in 0..<300 {
            let m = [1, 5, 40, 63, 64, 65, 130, 200][round % 8]
            let pattern = (0..<m).map { _ in alphabet.randomElement(using: &generator)! }
            var text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var copy = pattern
            for _ in 0..<Int.random(in: 0...(m / 4 + 1), using: &generator) where !copy.isEmpty {
                let i = Int.random(in: 0..<copy.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: copy.remove(at: i)
                case 1: copy.insert(alphabet.randomElement(using: &generator)!, at: i)
                default: copy[i] = alphabet.randomElement(using: &generator)!
                }
            }
            text += copy + (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let window = 0..<text.count
            let fast = FuzzyAligner.bestMatch(of: pattern, in: text, window: window)
            let reference = FuzzyAligner.referenceMatch(of: pattern, in: text, window: window)
            #expect(fast?.distance == reference?.distance)
            #expect(fast?.end == reference?.end)
            if let fast {
                // The span itself aligns with that distance end to end.
                #expect(levenshtein(pattern, Array(text[fast.start..<fast.end])) == fast.distance)
            }
        }
    }
}
