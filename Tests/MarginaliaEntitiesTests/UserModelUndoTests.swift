import Foundation
import Testing
@testable import MarginaliaEntities
import MarginaliaText

/// Undo unlearns, quote corrections teach, all kept corrections are stored, and a trained model
/// can be installed in place of the shipped one.
struct UserModelUndoTests {
    typealias T = UserModelTests
    static let quelmax = TaggedSentence(words: ["Die", "Quelmax", "AG", "wächst", "."], labels: [0, T.org, T.orgI, 0, 0])
    static let koalition = TaggedSentence(words: ["Die", "Koalition", "streitet", "."], labels: [0, 0, 0, 0])
    static let zorbak = TaggedSentence(words: ["Gestern", "kam", "Zorbak", "."], labels: [0, 0, T.per, 0])

    func emissions(_ m: UserNERModel, _ words: [String]) -> [Float] { m.decode(T.extractor.extract(words)).emissions }

    @Test func undoingACorrectionGivesTheModelLearnedWithoutIt() {
        var all = UserNERModel(base: T.base)
        for s in [Self.quelmax, Self.koalition, Self.zorbak] { all.learn(s, extractor: T.extractor) }
        var without = UserNERModel(base: T.base)
        for s in [Self.koalition, Self.zorbak] { without.learn(s, extractor: T.extractor) }
        #expect(all.lexicon.confirmedType("Quelmax AG") == .ORG)
        let unlearned = all.unlearn(Self.quelmax.words, extractor: T.extractor)
        #expect(unlearned)
        #expect(all.lexicon == without.lexicon)
        #expect(all.replay == without.replay)
        #expect(all.lexicon.confirmedType("Quelmax AG") == nil)
        for words in [Self.quelmax.words, ["Heute", "kam", "Quelmax", "AG", "."]] {
            #expect(emissions(all, words) == emissions(without, words))
        }
        #expect(all.changes.last?.kind == "unlearned")
        // Nothing kept for a sentence never corrected: nothing changes.
        let before = UserModelFile.encode(all)
        let unknown = all.unlearn(["Nie", "gesehen", "."], extractor: T.extractor)
        #expect(!unknown && UserModelFile.encode(all) == before)
    }

    @Test func undoingTheOnlyCorrectionLeavesNothingLearned() {
        var m = UserNERModel(base: T.base)
        m.learn(Self.quelmax, extractor: T.extractor)
        #expect(m.weightRows > 0)
        m.unlearn(Self.quelmax.words, extractor: T.extractor)
        #expect(m.weightRows == 0 && m.lexicon.isEmpty && m.replay.isEmpty && m.updates == 0)
        #expect(emissions(m, Self.quelmax.words) == emissions(UserNERModel(base: T.base), Self.quelmax.words))
    }

    @Test func allCorrectionsAreKeptButOnlyTheLatestAreReplayChecked() {
        var settings = UserNERModel.Settings()
        settings.replayCapacity = 2
        settings.memoryCapacity = 5
        var m = UserNERModel(base: T.base, settings: settings)
        for i in 0..<7 { m.learn(TaggedSentence(words: ["Satz", "\(i)", "."], labels: [0, 0, 0]), extractor: T.extractor) }
        #expect(m.replay.count == 5 && m.replay.first?.words[1] == "2")
        #expect(m.replayFeatures.count == 2 && m.replayErrors.count == 2)
    }

    @Test func quoteRejectedTwiceIsSilencedAndAConfirmationOutweighsIt() {
        var m = UserNERModel(base: T.base)
        m.learnQuote("„Wir bleiben hier“", isQuote: false)
        #expect(!m.quotes.isQuoteSilenced("Wir bleiben hier"))
        m.learnQuote("\"Wir  bleiben hier\"", isQuote: false)
        #expect(m.quotes.isQuoteSilenced("»Wir bleiben hier«"))
        #expect(!m.quotes.isQuoteSilenced("Wir gehen"))
        m.learnQuote("Wir bleiben hier", isQuote: false, count: -1)   // undo of the second rejection
        #expect(!m.quotes.isQuoteSilenced("Wir bleiben hier"))
        #expect(m.changes.last?.kind == "not a quote (undone)")
    }

    @Test func aSetSpeakerIsAPersonAndTheReplacedOneIsRejectedAsSpeaker() {
        var m = UserNERModel(base: T.base)
        for _ in 0..<2 { m.learnQuote("Wir bleiben hier", isQuote: true, suggestedSpeaker: "Die Koalition", speaker: "Zorbakowski") }
        #expect(m.lexicon.confirmedType("Zorbakowski") == .PER)
        #expect(m.quotes.isSpeakerSilenced("Die Koalition", quoted: "„Wir bleiben hier“"))
        #expect(!m.quotes.isSpeakerSilenced("Die Koalition", quoted: "Wir gehen"))   // only for that quote
        #expect(!m.quotes.isSpeakerSilenced("Zorbakowski", quoted: "Wir bleiben hier"))
        // The name is suggested in a new sentence, also after the layer is learned again.
        let words = ["Dann", "sprach", "Zorbakowski", "."]
        #expect(m.tag(words, extractor: T.extractor)[2] == T.per)
        m.learn(Self.koalition, extractor: T.extractor)
        m.unlearn(Self.koalition.words, extractor: T.extractor)
        #expect(m.tag(words, extractor: T.extractor)[2] == T.per)
        // Setting the suggested speaker takes a replacement back.
        m.learnQuote("Wir bleiben hier", isQuote: true, suggestedSpeaker: "Die Koalition", speaker: "Die Koalition")
        #expect(!m.quotes.isSpeakerSilenced("Die Koalition", quoted: "Wir bleiben hier"))
        m.learnQuote("Wir bleiben hier", isQuote: true, suggestedSpeaker: "Die Koalition", speaker: "Die Koalition", count: -1)
        for _ in 0..<2 { m.learnQuote("Wir bleiben hier", isQuote: true, suggestedSpeaker: "Die Koalition", speaker: "Zorbakowski", count: -1) }
        #expect(m.lexicon.confirmedType("Zorbakowski") == nil && m.quotes.isEmpty)
    }

    @Test func quoteLexiconAndMemoryRoundTripThroughTheFile() throws {
        var m = UserNERModel(base: T.base)
        m.learn(Self.zorbak, extractor: T.extractor)
        m.learnQuote("Tab\tim Zitat", isQuote: false)
        m.learnQuote("Wir bleiben hier", isQuote: true, suggestedSpeaker: "Die Koalition", speaker: "Zorbakowski")
        let (loaded, _) = try UserModelFile.decode(UserModelFile.encode(m), base: T.base)
        #expect(loaded.quotes == m.quotes && loaded.lexicon == m.lexicon && loaded.settings == m.settings)
        #expect(UserModelFile.encode(loaded) == UserModelFile.encode(m))
    }

    @Test func anInstalledModelReplacesTheShippedOneAndTheLayerIsLearnedAgainOverIt() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("mg-install-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = ["HOME": home]
        let location = try #require(UserModelLocation(language: "de", environment: env))
        #expect(location.installedModelPath == home + "/.local/share/marginalia/models/ner-de.model")
        #expect(throws: (any Error).self) { try location.install(Data("not a model".utf8)) }
        #expect(!location.hasInstalledModel)
        // A layer learned over the shipped model, then a trained model installed.
        var layer = UserNERModel(base: try ShippedResources.germanModel.get())
        layer.learn(TaggedSentence(words: ["Die", "Quelmax", "AG", "wächst", "."], labels: [0, T.org, T.orgI, 0, 0]),
                    extractor: try #require(ShippedResources.germanRecognizer).extractor)
        try location.save(layer)
        try location.install(ModelFile.encode(T.base))
        let installed = UserNERModel.fingerprint(of: try ModelFile.decode(ModelFile.encode(T.base)))
        #expect(installed != ActiveUserModel.shippedGermanFingerprint)
        let loaded = try ActiveUserModel.loadGerman(environment: env).get()
        #expect(loaded.model.baseFingerprint == installed)
        #expect(!loaded.weightsDropped && loaded.model.replay == layer.replay)
        let recognizer = try #require(ActiveUserModel.germanRecognizer(for: loaded.model))
        #expect(UserNERModel.fingerprint(of: recognizer.model) == installed)
        #expect(recognizer.user != nil && loaded.model.lexicon.confirmedType("Quelmax AG") == .ORG)
        #expect(recognizer.tag(["Die", "Quelmax", "AG", "wächst", "."])[1] == T.org)
        try location.uninstall()
        #expect(try ActiveUserModel.loadGerman(environment: env).get().model.baseFingerprint == ActiveUserModel.shippedGermanFingerprint)
    }
}
