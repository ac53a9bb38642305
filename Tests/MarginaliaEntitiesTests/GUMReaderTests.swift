import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaEntities

/// The GUM reader on a hand-written CoNLL-U file (Fixtures/gum-tiny.conllu, not GUM text) that
/// has each case of the mapping: nesting, a leading article, a possessive, a multi-word token,
/// a coordination, an apposition cut at its comma, a time and common-noun heads.
struct GUMReaderTests {
    func tiny() throws -> GUMDocument {
        try GUMReader.parse(try FixtureFiles.text("gum-tiny.conllu"), name: "gum-tiny.conllu")
    }

    func named(_ doc: GUMDocument) -> [String] {
        doc.mentions.map { "\($0.type.rawValue):\(doc.text[$0.span])" }
    }

    @Test func rebuildsTheRunningText() throws {
        let doc = try tiny()
        #expect(doc.name == "GUM_tiny_example")
        #expect(String(doc.text.scalars.map(Character.init)) == "Rain in Boston\n\nThe University of Oslo's president, Anna Berg, didn't come on Monday. Kermit and Peach visited Acme Corp, which makes toys.")
        #expect(doc.sentences.count == 3)
        #expect(doc.headings.map { doc.text[$0] } == ["Rain in Boston"])
    }

    @Test func mapsOutermostProperNounMentions() throws {
        // University of Oslo: article and possessive out, the nested place Oslo dropped; the person
        // headed by "president" is no name, so Anna Berg inside it stays; Monday is a time;
        // the coordination gives way to its conjuncts; Acme Corp is cut at the relative clause.
        #expect(named(try tiny()) == ["LOC:Boston", "ORG:University of Oslo", "PER:Anna Berg",
                                      "PER:Kermit", "PER:Peach", "ORG:Acme Corp"])
    }

    @Test func typeMappingFollowsTheReadme() {
        #expect(GUMReader.type(ofGUM: "person") == .PER)
        #expect(GUMReader.type(ofGUM: "place") == .LOC)
        #expect(GUMReader.type(ofGUM: "organization") == .ORG)
        #expect(GUMReader.type(ofGUM: "time") == nil)
        for other in ["abstract", "event", "object", "substance", "animal", "plant"] { #expect(GUMReader.type(ofGUM: other) == .MISC) }
    }

    @Test func trainingSentencesAreCutAsAtRunTime() throws {
        let sentences = GUMCorpus.taggedSentences(try tiny())
        #expect(sentences.count == 3)
        let s = sentences[1]
        #expect(s.words == ["The", "University", "of", "Oslo", "'s", "president", ",", "Anna", "Berg", ",", "didn't", "come", "on", "Monday", "."])
        let labels = s.labels.map(EntityTagSet.name)
        #expect(labels == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O"])
    }

    @Test func malformedEntityBracketsAreReported() {
        let bad = "# sent_id = x\n1\tA\tA\tPROPN\tNNP\t_\t0\troot\t_\tEntity=7)\n"
        #expect(throws: GUMReader.ParseError.self) { try GUMReader.parse(bad) }
        #expect(throws: GUMReader.ParseError.self) { try GUMReader.parse("1\tonly three\tfields\n") }
    }

    @Test func forgivingDropsLeadingTheAndPossessive() {
        let text = ArticleText("the Beatles's song")
        #expect(text[GUMCorpus.forgiving(Span(0, 13), in: text)] == "Beatles")
        #expect(text[GUMCorpus.forgiving(Span(4, 11), in: text)] == "Beatles")
    }

    @Test func trainingIsReproducible() throws {
        let sentences = GUMCorpus.taggedSentences(try tiny())
        var trainer = PerceptronTrainer(hashBits: 12, epochs: 3, seed: 5)
        trainer.cues = .english
        let a = ModelFile.encode(trainer.train(sentences, lexicon: Lexicon()))
        let b = ModelFile.encode(trainer.train(sentences, lexicon: Lexicon()))
        #expect(a == b)
        #expect(a.count > 100)
    }
}
