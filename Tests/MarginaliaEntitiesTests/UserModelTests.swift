import Foundation
import Testing
@testable import MarginaliaEntities
import MarginaliaText

/// The per-user layer: online updates, the lexicon of confirmed and rejected names, the replay
/// check, the file format, the file location and reset.
struct UserModelTests {
    static let per = EntityTagSet.begin(.PER), org = EntityTagSet.begin(.ORG), orgI = EntityTagSet.inside(.ORG)

    /// A small base tagger trained on a few sentences where "Koalition" is (wrongly) an ORG and
    /// names after "Herr" are persons.
    static let base: TaggerModel = {
        let sentences = [
            TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, org, 0, 0]),
            TaggedSentence(words: ["Herr", "Meier", "kommt", "."], labels: [0, per, 0, 0]),
            TaggedSentence(words: ["Die", "Koalition", "tagt", "heute", "."], labels: [0, org, 0, 0, 0]),
            TaggedSentence(words: ["Herr", "Schulz", "lacht", "."], labels: [0, per, 0, 0]),
        ]
        return PerceptronTrainer(hashBits: 12, epochs: 4, pruneThreshold: 0).train(sentences, lexicon: Lexicon())
    }()

    static var extractor: FeatureExtractor { FeatureExtractor(lexicon: Lexicon(), commonWords: base.commonWords, hashBits: base.hashBits) }

    func weightsOnly(_ m: UserNERModel, _ words: [String]) -> [Int] {
        m.base.scheme.decode(m.decode(Self.extractor.extract(words)).labels)
    }

    @Test func baseSuggestsWhatTheUserWillCorrect() {
        let m = UserNERModel(base: Self.base)
        #expect(weightsOnly(m, ["Die", "Koalition", "streitet", "."]) == [0, Self.org, 0, 0])
        #expect(m.isEmpty)
    }

    @Test func anUpdateMovesTheWeightsTowardTheCorrection() {
        var m = UserNERModel(base: Self.base)
        let words = ["Die", "Firma", "Quelmax", "verkauft", "Autos", "."]
        let gold = TaggedSentence(words: words, labels: [0, 0, Self.org, 0, 0, 0])
        #expect(weightsOnly(m, words) != gold.labels)
        var steps = 0
        while weightsOnly(m, words) != gold.labels && steps < 20 {
            #expect(m.learn(gold, extractor: Self.extractor) == .learned)
            steps += 1
        }
        #expect(weightsOnly(m, words) == gold.labels)
        #expect(m.weightRows > 0 && m.weightRows < 200)   // only the touched buckets are stored
        #expect(m.updates == steps)
    }

    @Test func twoRejectionsSilenceANameElsewhere() {
        var m = UserNERModel(base: Self.base)
        let rejected = TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, 0, 0, 0])
        m.learn(rejected, extractor: Self.extractor)
        m.learn(TaggedSentence(words: ["Die", "Koalition", "tagt", "heute", "."], labels: [0, 0, 0, 0, 0]), extractor: Self.extractor)
        #expect(m.lexicon.rejected["Koalition"] == 2)
        // A new sentence, as in the next article.
        #expect(m.tag(["Ob", "die", "Koalition", "hält", "?"], extractor: Self.extractor) == [0, 0, 0, 0, 0])
        #expect(m.changes.contains { $0.kind == "rejected" && $0.name == "Koalition" })
    }

    @Test func aMarkedNameIsSuggestedWhereItRecurs() {
        var m = UserNERModel(base: Self.base)
        m.learn(TaggedSentence(words: ["Die", "Quelmax", "AG", "wächst", "."], labels: [0, Self.org, Self.orgI, 0, 0]), extractor: Self.extractor)
        // (The tiny base model has its own ideas about the other capitalised words.)
        let labels = m.tag(["Gestern", "meldete", "Quelmax", "AG", "hohe", "Verluste", "."], extractor: Self.extractor)
        #expect(Array(labels[1...4]) == [0, Self.org, Self.orgI, 0])
        #expect(m.changes.last == .init(kind: "marked", name: "Quelmax AG", type: "ORG"))
    }

    @Test func aRetypedNameKeepsItsNewType() {
        var m = UserNERModel(base: Self.base)
        m.learn(TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, Self.per, 0, 0]), extractor: Self.extractor)
        #expect(m.tag(["Die", "Koalition", "tagt", "heute", "."], extractor: Self.extractor)[1] == Self.per)
    }

    /// Earlier corrections say Zorbak is a person; repeated contrary corrections must not undo
    /// them while the replay check is on, and do undo them with it off.
    func contradict(maxDisagreement: Double) -> (UserNERModel, flipped: Int) {
        var settings = UserNERModel.Settings()
        settings.maxReplayDisagreement = maxDisagreement
        var m = UserNERModel(base: Self.base, settings: settings)
        let earlier = [["Herr", "Zorbak", "sagte", "."], ["Zorbak", "lachte", "."], ["Gestern", "kam", "Zorbak", "."]]
            .map { w in TaggedSentence(words: w, labels: w.map { $0 == "Zorbak" ? Self.per : 0 }) }
        for _ in 0..<3 { for s in earlier { m.learn(s, extractor: Self.extractor) } }
        #expect(earlier.allSatisfy { weightsOnly(m, $0.words) == $0.labels })
        for s in earlier { for _ in 0..<3 { m.learn(TaggedSentence(words: s.words, labels: s.words.map { _ in 0 }), extractor: Self.extractor) } }
        return (m, earlier.filter { weightsOnly(m, $0.words) != $0.labels }.count)
    }

    @Test func theReplayCheckRefusesUpdatesThatUndoEarlierCorrections() {
        let (checked, flippedChecked) = contradict(maxDisagreement: 0.25)
        #expect(checked.refusedUpdates > 0)
        #expect(checked.changes.contains { $0.kind == "refused" })
        let (unchecked, flippedUnchecked) = contradict(maxDisagreement: 1)
        #expect(unchecked.refusedUpdates == 0)
        #expect(flippedUnchecked > flippedChecked)
    }

    func trained() -> UserNERModel {
        var m = UserNERModel(base: Self.base)
        m.learn(TaggedSentence(words: ["Die", "Quelmax", "AG", "wächst", "."], labels: [0, Self.org, Self.orgI, 0, 0]), extractor: Self.extractor)
        m.learn(TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, 0, 0, 0]), extractor: Self.extractor)
        m.learn(TaggedSentence(words: ["Mit", "Tab\tund", "Zorbak", "."], labels: [0, 0, Self.per, 0]), extractor: Self.extractor)
        return m
    }

    @Test func fileRoundTrip() throws {
        let m = trained()
        let (loaded, dropped) = try UserModelFile.decode(UserModelFile.encode(m), base: Self.base)
        #expect(!dropped)
        #expect(loaded.lexicon == m.lexicon)
        #expect(loaded.replay == m.replay)
        #expect(loaded.changes == m.changes)
        #expect(loaded.updates == m.updates && loaded.settings == m.settings && loaded.weightRows == m.weightRows)
        for words in [["Die", "Quelmax", "AG", "wächst", "."], ["Herr", "Zorbak", "kam", "."]] {
            #expect(loaded.decode(Self.extractor.extract(words)).emissions == m.decode(Self.extractor.extract(words)).emissions)
        }
        #expect(UserModelFile.encode(loaded) == UserModelFile.encode(m))
    }

    @Test func aModelLearnedOnOtherShippedWeightsKeepsOnlyTheLexicon() throws {
        let other = PerceptronTrainer(hashBits: 12, epochs: 1, pruneThreshold: 0)
            .train([TaggedSentence(words: ["Herr", "Meier", "."], labels: [0, Self.per, 0])], lexicon: Lexicon())
        let (loaded, dropped) = try UserModelFile.decode(UserModelFile.encode(trained()), base: other)
        #expect(dropped)
        #expect(loaded.weightRows == 0)
        #expect(loaded.lexicon == trained().lexicon)
    }

    @Test func badFilesAreRefused() {
        let data = UserModelFile.encode(trained())
        #expect(throws: UserModelFile.FormatError.self) { try UserModelFile.decode(Data("MGNER junk".utf8), base: Self.base) }
        for cut in [3, 20, data.count / 2, data.count - 1] {
            #expect(throws: UserModelFile.FormatError.self) { try UserModelFile.decode(data.prefix(cut), base: Self.base) }
        }
        var version = data
        version[5] = 9
        #expect(throws: UserModelFile.FormatError.self) { try UserModelFile.decode(version, base: Self.base) }
    }

    @Test func resetForgetsEverythingAndTheFileGoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("user-model-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = try #require(UserModelLocation(language: "de", environment: ["XDG_DATA_HOME": folder]))
        #expect(location.path == folder + "/marginalia/models/user-ner-de.model")
        #expect(try location.load(base: Self.base, language: "de").model.isEmpty)
        try location.save(trained())
        #expect(location.exists)
        #expect(try location.load(base: Self.base, language: "de").model.lexicon == trained().lexicon)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: location.folder) == ["user-ner-de.model"])
        let fresh = trained().reset()
        #expect(fresh.isEmpty && fresh.weightRows == 0 && fresh.replay.isEmpty && fresh.changes.isEmpty)
        try location.remove()
        #expect(!location.exists)
        #expect(try location.load(base: Self.base, language: "de").model.isEmpty)
    }

    @Test func theRecognizerUsesTheUserLayer() {
        var m = UserNERModel(base: Self.base)
        m.learn(TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, 0, 0, 0]), extractor: Self.extractor)
        m.learn(TaggedSentence(words: ["Die", "Koalition", "tagt", "."], labels: [0, 0, 0, 0]), extractor: Self.extractor)
        let shipped = GermanRecognizer(model: Self.base, lexicon: Lexicon())
        let learned = GermanRecognizer(model: Self.base, lexicon: Lexicon(), user: m)
        #expect(shipped.tag(["Die", "Koalition", "streitet", "."]) == [0, Self.org, 0, 0])
        #expect(learned.tag(["Die", "Koalition", "streitet", "."]) == [0, 0, 0, 0])
    }

    @Test func correctedSentencesTakeTheReadersEntities() {
        let text = ArticleText("Die Quelmax AG wächst. Herr Zorbak lacht.")
        let entities = [EntityMention(span: Span(4, 14), text: "Quelmax AG", type: .ORG, canonical: "Quelmax AG", confidence: 1)]
        let s = CorrectedSentences.tagged(Span(0, 22), text: text, entities: entities)
        #expect(s.words == ["Die", "Quelmax", "AG", "wächst", "."])
        #expect(s.labels == [0, Self.org, Self.orgI, 0, 0])
    }

    @Test func entitiesDoneListKeepsArticlesByText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("done-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var list = try #require(EntitiesDoneList(environment: ["XDG_DATA_HOME": folder]))
        let text = ArticleText("Ein Artikel.")
        #expect(!list.contains(text))
        #expect(try list.add(text, path: "/a/b.txt"))
        #expect(try !list.add(text, path: "/a/moved.txt"))
        let reread = try #require(EntitiesDoneList(environment: ["XDG_DATA_HOME": folder]))
        #expect(reread.contains(text) && !reread.contains(ArticleText("Ein anderer.")))
    }
}
