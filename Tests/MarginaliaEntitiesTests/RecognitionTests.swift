import Testing
import MarginaliaText
@testable import MarginaliaEntities

/// End-to-end accuracy on small original fixtures: these fail if the model or lexicon did not load.
struct RecognitionTests {
    func score(_ file: String, _ language: Language) throws -> SpanEvaluation {
        let docs = try GoldMarkup.parseDocuments(try FixtureFiles.text(file))
        #expect(!docs.isEmpty)
        return GoldMarkup.evaluate(docs, language: language)
    }

    @Test func germanFixtureIsTaggedByTheModel() throws {
        let eval = try score("german-gold.txt", .de)
        #expect(eval.overall.gold >= 35)
        #expect(eval.overall.f1 >= 0.75, "German fixture F1 \(eval.overall.f1)")
    }

    @Test func germanNewsCategoriesMeetTheirFloor() throws {
        // Courts, bodies, legal forms, parties, media, schools, zoos, compound places and role
        // nouns (issue 16). Measured 0.94 with the organisation tables, 0.82 before them; the rules
        // were written with this file's misses in view, so it guards regressions, nothing more.
        let eval = try score("german-news-categories.txt", .de)
        #expect(eval.overall.gold >= 60)
        #expect(eval.overall.f1 >= 0.88, "German news categories F1 \(eval.overall.f1)")
    }

    @Test func englishGoldSetMeetsItsFloor() throws {
        // The tagger trained on GUM scores 0.69 here (measured); the rules, written against this
        // very file, scored 0.81 but 0.33 on GUM dev. The floor guards against regressions.
        let eval = try score("english-gold.txt", .en)
        #expect(eval.overall.gold >= 150)
        #expect(eval.overall.f1 >= 0.65, "English gold F1 \(eval.overall.f1)")
    }

    @Test func capitalisedGermanNounsAndAdverbsAreNotNames() {
        let text = ArticleText("Dennoch blieb der Einfluss gering. Unklar ist, ob das Gespräch in Bali stattfindet. Putin schweigt.")
        let seg = Segmenter.segment(text, language: .de)
        let found = EntityRecognition.recognize(text, segmentation: seg, language: .de)
        let surfaces = Set(found.map(\.text))
        for word in ["Dennoch", "Einfluss", "Unklar", "Gespräch"] { #expect(!surfaces.contains(word)) }
        #expect(found.contains { $0.text == "Bali" && $0.type == .LOC })
        #expect(found.allSatisfy { text[$0.span] == $0.text })
    }

    @Test func englishRulesFindPeoplePlacesAndOrganisations() {
        let text = ArticleText("The minister met President Joe Biden in Washington. Officials from the European Union and NATO joined them, a NATO spokesman said.")
        let seg = Segmenter.segment(text, language: .en)
        let found = EntityRecognition.recognize(text, segmentation: seg, language: .en)
        let typed = Dictionary(found.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(typed["Joe Biden"] == .PER)
        #expect(typed["Washington"] == .LOC)
        #expect(typed["European Union"] == .ORG)
        #expect(typed["NATO"] == .ORG)
        #expect(typed["The"] == nil && typed["Officials"] == nil)
    }

    @Test func englishTitlesAcronymLedNamesAndPluralWeekdays() {
        let text = ArticleText("Councillor Graham Boyd objected. Aisha Rahman, a nurse with NHS Lothian, agreed. The group meets on Thursdays at four.")
        let seg = Segmenter.segment(text, language: .en)
        let found = EntityRecognition.recognize(text, segmentation: seg, language: .en)
        let typed = Dictionary(found.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(typed["Graham Boyd"] == .PER)
        #expect(typed["Councillor Graham Boyd"] == nil)
        #expect(typed["NHS Lothian"] == .ORG)
        #expect(typed["Thursdays"] == nil)
    }

    @Test func germanDocumentEvidenceFindsRepeatedNames() {
        let text = ArticleText("Der russische Präsident Wladimir Putin traf sich mit Beratern. Später sprach Putin mit Journalisten.")
        let seg = Segmenter.segment(text, language: .de)
        let found = EntityRecognition.recognize(text, segmentation: seg, language: .de)
        let putins = found.filter { $0.type == .PER && $0.canonical == "Wladimir Putin" }
        #expect(putins.count == 2)
    }

    /// The rule recognizer, kept as the fallback when the English model cannot be loaded.
    @Test func titleCaseEnglishHeadingsKeepOnlyAttestedNamesInTheRules() {
        let text = ArticleText("Port Strike Enters Second Week In Rotterdam\n\nDock workers in Rotterdam extended their strike on Monday, the union said.")
        let seg = Segmenter.segment(text, language: .en)
        let found = EnglishRecognizer(lexicon: ShippedResources.lexicon)
            .recognize(text, sentences: seg.sentences, headings: seg.headings)
        #expect(found.filter { $0.span.end <= 43 }.map(\.text) == ["Rotterdam"])
        #expect(found.filter { $0.text == "Rotterdam" }.count == 2)
    }
}
