import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities

/// The reader's learning from corrections, on the real analyser. The user model is process-wide
/// (ActiveUserModel), so these tests run one at a time and clear it when done.
@Suite(.serialized) struct LearningTests {
    static let first = """
        Streit um die Kantine

        Die Belegschaft in Bremen streitet seit Wochen über die Kantine. In der Halle roch es nach Essen, sagte Betriebsrätin Anna Brinkmann. Mittelstandsunion will die Kantine schließen.

        Überall im Werk roch es nach Essen. Brinkmann blieb bei ihrer Kritik. Mittelstandsunion schwieg.
        """
    static let second = """
        Neue Gespräche in Bremen

        Im Flur roch es nach Essen, als die Runde begann. Mittelstandsunion schickte keinen Vertreter.

        Brinkmann nannte das Treffen hilfreich.
        """

    @Test func rejectingTwiceAndMarkingReachTheNextArticle() throws {
        let sandbox = Sandbox()
        defer { ActiveUserModel.set(nil, language: "de") }
        sandbox.write("news/1.txt", Self.first)
        sandbox.write("news/2.txt", Self.second)
        let app = try sandbox.open([sandbox.root + "/news"])
        app.document?.pollAnalysis(wait: 30)
        let essen = app.document!.entities.filter { $0.text == "Essen" }
        #expect(essen.count == 2)
        app.press("/Essen<CR>")
        app.press("r")
        app.press("n")
        app.press("r")
        app.press("/Mittelstandsunion<CR>")
        app.press(":mark-entity ORG<CR>")
        #expect(app.learningStatusText.contains("learned"))
        // The rest of this article reflects it too: the other Mittelstandsunion is an ORG now.
        #expect(!app.document!.entities.contains { $0.text == "Essen" })
        #expect(app.document!.entities.filter { $0.text == "Mittelstandsunion" && $0.type == .ORG }.count == 2)
        let model = try #require(ActiveUserModel.model(for: "de"))
        #expect(model.lexicon.isSilenced("Essen"))
        #expect(model.lexicon.confirmedType("Mittelstandsunion") == .ORG)
        app.press("]")
        app.document?.pollAnalysis(wait: 30)
        let names = app.document!.entities.map(\.text)
        #expect(!names.contains("Essen"))
        #expect(app.document!.entities.contains { $0.text == "Mittelstandsunion" && $0.type == .ORG })
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/.local/share/marginalia/models/user-ner-de.model"))
    }

    @Test func modelResetAsksThenForgets() throws {
        let sandbox = Sandbox()
        defer { ActiveUserModel.set(nil, language: "de") }
        sandbox.write("news/1.txt", Self.first)
        let app = try sandbox.open([sandbox.root + "/news/1.txt"])
        app.document?.pollAnalysis(wait: 30)
        app.press("/Essen<CR>")
        app.press("r")
        let file = sandbox.root + "/.local/share/marginalia/models/user-ner-de.model"
        #expect(FileManager.default.fileExists(atPath: file))
        app.press(":model<CR>")
        #expect(app.message?.contains("rejected Essen") == true)
        app.press(":model reset<CR>")
        #expect(app.message?.contains("again to confirm") == true)
        #expect(FileManager.default.fileExists(atPath: file))
        app.press(":model reset<CR>")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(ActiveUserModel.model(for: "de") == nil)
        #expect(app.learningStatusText.isEmpty)
    }

    @Test func learningOffInConfigChangesNothing() throws {
        let sandbox = Sandbox()
        defer { ActiveUserModel.set(nil, language: "de") }
        sandbox.writeConfig("learning = false\n")
        sandbox.write("news/1.txt", Self.first)
        let app = try sandbox.open([sandbox.root + "/news/1.txt"])
        app.document?.pollAnalysis(wait: 30)
        app.press("/Essen<CR>")
        app.press("r")
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/.local/share/marginalia/models/user-ner-de.model"))
        #expect(ActiveUserModel.model(for: "de") == nil)
    }
}
