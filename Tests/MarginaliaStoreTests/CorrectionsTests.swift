import Testing
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes
@testable import MarginaliaStore

@Suite struct CorrectionsTests {
    let text = ArticleText(sampleText)

    func mention(_ surface: String, _ type: EntityType, occurrence: Int = 1) -> EntityMention {
        EntityMention(span: text.span(of: surface, occurrence: occurrence), text: surface, type: type, canonical: surface, confidence: 0.6)
    }

    func analysis() -> ArticleAnalysis {
        ArticleAnalysis(language: .de, segmentation: Segmenter.segment(text),
                        entities: [mention("Kherson", .PER), mention("Serbiens", .LOC), mention("Aleksandar", .PER),
                                   mention("NATO", .ORG), mention("Kherson", .LOC, occurrence: 2)],
                        quotes: [Quotation(spans: [text.span(of: "Entscheidungsschlacht")]),
                                 Quotation(spans: [text.span(of: "Stalingrad")])])
    }

    @Test func entityTypeChangeRejectionAndAddition() {
        let corrections = [
            Annotation.entityCorrection(text.span(of: "Kherson"), in: text, type: "LOC"),
            Annotation.entityCorrection(text.span(of: "NATO"), in: text, type: nil),
            // The recognizer cut the name short: the user's span replaces the partial mention.
            Annotation.entityCorrection(text.span(of: "Aleksandar Vučić"), in: text, type: "PER"),
            Annotation.entityCorrection(text.span(of: "Stalingrad"), in: text, type: "LOC"),
        ]
        let result = Corrections.apply(corrections, to: analysis(), text: text)
        let summary = result.entities.map { "\($0.text)/\($0.type.rawValue)" }
        #expect(summary == ["Kherson/LOC", "Serbiens/LOC", "Aleksandar Vučić/PER", "Stalingrad/LOC", "Kherson/LOC"])
        #expect(result.entities[0].confidence == Corrections.userConfidence)
        #expect(result.entities[4].confidence == 0.6)
    }

    @Test func laterCorrectionWinsAndOrphansAreIgnored() {
        let first = Annotation.entityCorrection(text.span(of: "Kherson"), in: text, type: "ORG", now: "2026-11-25T10:00:00Z")
        let second = Annotation.entityCorrection(text.span(of: "Kherson"), in: text, type: "LOC", now: "2026-11-25T10:05:00Z")
        var orphan = Annotation.entityCorrection(text.span(of: "Serbiens"), in: text, type: nil)
        orphan.anchoring = .orphaned
        let result = Corrections.apply([second, first, orphan], to: analysis(), text: text)
        #expect(result.entities.first?.type == .LOC)
        #expect(result.entities.contains { $0.text == "Serbiens" })
    }

    @Test func quoteRejectionConfirmationAndSpeaker() {
        let speakerSpan = text.span(of: "Aleksandar Vučić")
        let corrections = [
            Annotation.quoteCorrection(text.span(of: "Stalingrad"), in: text, isQuote: false),
            Annotation.quoteCorrection(text.span(of: "Entscheidungsschlacht"), in: text, isQuote: true,
                                       speaker: SpeakerBody(name: "Aleksandar Vučić", span: speakerSpan)),
            Annotation.quoteCorrection(text.span(of: "Kherson ist ein strategisch wichtiges Ziel."), in: text, isQuote: true,
                                       speaker: SpeakerBody(name: "NATO")),
        ]
        let result = Corrections.apply(corrections, to: analysis(), text: text)
        #expect(result.quotes.count == 2)
        #expect(text[result.quotes[0].span] == "Entscheidungsschlacht")
        #expect(result.quotes[0].speaker?.span == speakerSpan)
        #expect(result.quotes[0].speaker?.text == "Aleksandar Vučić")
        // A speaker given by name only is found at its nearest occurrence.
        #expect(text[result.quotes[1].span] == "Kherson ist ein strategisch wichtiges Ziel.")
        #expect(result.quotes[1].speaker?.span == text.span(of: "NATO"))
        #expect(result.quotes[1].speaker?.canonical == "NATO")
    }

    @Test func storeCorrectionsReplaceEarlierOnesOnTheSameSpan() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let store = AnnotationStore(articlePath: folder.article("a.txt", sampleText), text: text, options: testOptions(folder))
        let span = text.span(of: "Kherson")
        store.correctEntity(span, type: "ORG")
        let edit = store.correctEntity(span, type: "LOC")
        #expect(store.items.count == 1)
        #expect(store.corrected(analysis()).entities.first?.type == .LOC)
        store.perform(edit.inverse)
        #expect(store.items.map(\.value) == ["ORG"])
        store.close()
    }
}
