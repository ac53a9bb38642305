import Testing
import MarginaliaText
@testable import MarginaliaEntities

struct CorpusTests {
    @Test func germEvalTagsAreMappedToFourTypes() throws {
        let tsv = """
        #\thttp://example.org\t[2010-01-01]
        1\tDie\tO\tO
        2\tEU-Kommission\tB-ORGpart\tO
        3\tin\tO\tO
        4\tBrüssel\tB-LOC\tO
        5\tlobt\tO\tO
        6\tdeutschen\tB-LOCderiv\tO
        7\t„\tO\tO
        8\tStar\tB-OTH\tO
        9\tWars\tI-OTH\tO

        """
        let s = try GermEvalReader.parse(tsv)
        #expect(s.count == 1)
        #expect(s[0].labels == [0, 0, 0, EntityTagSet.begin(.LOC), 0, 0, 0, EntityTagSet.begin(.MISC), EntityTagSet.inside(.MISC)])
    }

    @Test func badGermEvalLinesAreReportedWithTheirLine() {
        #expect(throws: GermEvalReader.ParseError.self) { try GermEvalReader.parse("1\tWort\n") }
        #expect(throws: GermEvalReader.ParseError.self) { try GermEvalReader.parse("1\tWort\tB-XYZ\tO\n") }
    }

    @Test func spanEvaluationCountsExactMatchesOnly() {
        var eval = SpanEvaluation()
        let b = EntityTagSet.begin(.PER), i = EntityTagSet.inside(.PER), l = EntityTagSet.begin(.LOC)
        eval.add(goldLabels: [b, i, 0, l], predictedLabels: [b, 0, 0, l])
        #expect(eval.overall.gold == 2 && eval.overall.predicted == 2 && eval.overall.truePositives == 1)
        #expect(eval.byType[.LOC]?.f1 == 1)
        #expect(eval.byType[.PER]?.f1 == 0)
    }

    @Test func goldMarkupGivesCodePointSpans() throws {
        let doc = try GoldMarkup.parse("[PER Aleksandar Vučić] sprach in [LOC Kiew].")
        #expect(doc.text.string == "Aleksandar Vučić sprach in Kiew.")
        #expect(doc.mentions.map(\.span) == [Span(0, 16), Span(27, 31)])
        #expect(doc.text[doc.mentions[1].span] == "Kiew")
        #expect(throws: GoldMarkup.ParseError.self) { try GoldMarkup.parse("[XYZ a]") }
        #expect(throws: GoldMarkup.ParseError.self) { try GoldMarkup.parse("[PER a") }
    }

    @Test func goldMarkupBecomesTrainingSentencesCutAsTheTaggerCuts() throws {
        let docs = try GoldMarkup.parseDocuments("""
            Das [ORG Landgericht Beispielstadt] tagte. Richterin [PER Eva Roth] sprach.
            ---
            In [LOC Velmo] regnete es.
            """)
        let sentences = GoldMarkup.trainingSentences(docs)
        #expect(sentences.count == 3)
        #expect(sentences[0].words == ["Das", "Landgericht", "Beispielstadt", "tagte", "."])
        #expect(sentences[0].labels.map(EntityTagSet.name) == ["O", "B-ORG", "I-ORG", "O", "O"])
        #expect(sentences[1].labels.map(EntityTagSet.name) == ["O", "B-PER", "I-PER", "O", "O"])
        #expect(sentences[2].labels.map(EntityTagSet.name) == ["O", "B-LOC", "O", "O", "O"])
    }
}
