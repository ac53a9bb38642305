import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// The reader's learning from corrections, on the real analyser. The user model belongs to the
/// session (nothing process-wide changes), and its file to the sandbox's HOME.
struct LearningTests {
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
        let model = try #require(app.learning.provider.current())
        #expect(model.lexicon.isSilenced("Essen"))
        #expect(model.lexicon.confirmedType("Mittelstandsunion") == .ORG)
        app.press("]")
        app.document?.pollAnalysis(wait: 30)
        let names = app.document!.entities.map(\.text)
        #expect(!names.contains("Essen"))
        #expect(app.document!.entities.contains { $0.text == "Mittelstandsunion" && $0.type == .ORG })
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/.local/share/marginalia/models/user-ner-de.model"))
        #expect(ActiveUserModel.process.ifLoaded() == nil)   // nothing leaked to other analyses

        // A new session reads the saved model (lazily, with the first German article).
        let again = try sandbox.open([sandbox.root + "/news/2.txt"])
        again.document?.pollAnalysis(wait: 30)
        #expect(!again.document!.entities.contains { $0.text == "Essen" })
        #expect(again.learningStatusText.contains("learned"))
    }

    @Test func modelResetAsksThenForgets() throws {
        let sandbox = Sandbox()
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
        #expect(app.learning.provider.current() == nil)
        #expect(app.learningStatusText.isEmpty)
    }

    @Test func learningOffInConfigChangesNothing() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("learning = false\n")
        sandbox.write("news/1.txt", Self.first)
        let app = try sandbox.open([sandbox.root + "/news/1.txt"])
        app.document?.pollAnalysis(wait: 30)
        app.press("/Essen<CR>")
        app.press("r")
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/.local/share/marginalia/models/user-ner-de.model"))
        #expect(app.learning.provider.current() == nil)
    }

    @Test func aSpeakerTheUserSetsIsConfirmedAsAPerson() throws {
        let sandbox = Sandbox()
        let text = "Gestern sprach Zorbakowski lange. „Wir bleiben hier“, sagte er."
        let quote = TextSearch.find("Wir bleiben hier", in: ArticleText(text))[0]
        let app = sandbox.app(text: text, quotes: [Quotation(spans: [quote])])
        app.press("<Tab><Tab>")
        app.press(":speaker Zorbakowski<CR>")
        #expect(app.document?.quotes.first?.speaker?.text == "Zorbakowski")
        let model = try #require(app.learning.provider.current())
        #expect(model.lexicon.confirmedType("Zorbakowski") == .PER)
        #expect(model.changes.last == .init(kind: "speaker", name: "Zorbakowski", type: "PER"))
        #expect(model.quotes.confirmedSpeakers["Zorbakowski"] == 1)
    }

    @Test func undoUnlearnsAndRedoLearnsAgain() throws {
        let sandbox = Sandbox()
        sandbox.write("news/1.txt", Self.first)
        let app = try sandbox.open([sandbox.root + "/news/1.txt"])
        app.document?.pollAnalysis(wait: 30)
        app.press("/Mittelstandsunion<CR>")
        app.press(":mark-entity ORG<CR>")
        #expect(app.learning.provider.current()?.lexicon.confirmedType("Mittelstandsunion") == .ORG)
        app.press("u")
        let undone = try #require(app.learning.provider.current())
        #expect(undone.lexicon.confirmedType("Mittelstandsunion") == nil)
        #expect(undone.replay.isEmpty && undone.weightRows == 0)
        // The saved file forgot it too.
        let saved = try ActiveUserModel.loadGerman(environment: ["HOME": sandbox.root]).get().model
        #expect(saved.lexicon.confirmedType("Mittelstandsunion") == nil)
        app.press("<C-r>")
        #expect(app.learning.provider.current()?.lexicon.confirmedType("Mittelstandsunion") == .ORG)
    }

    static let quoted = """
        Streit in Bremen

        „Wir bleiben hier und arbeiten weiter“, sagte Anna Brinkmann am Montag. Die Belegschaft stimmte zu.

        Am Abend sagte Brinkmann erneut: „Wir bleiben hier und arbeiten weiter.“ Niemand widersprach.
        """
    static let quotedAgain = """
        Neue Runde in Bremen

        „Wir bleiben hier und arbeiten weiter“, sagte Anna Brinkmann auch am Dienstag. Dann ging sie.

        „Das Werk hat Zukunft“, sagte Brinkmann.
        """

    @Test func aQuoteRejectedTwiceIsNotSuggestedInTheNextArticle() throws {
        let sandbox = Sandbox()
        sandbox.write("news/1.txt", Self.quoted)
        sandbox.write("news/2.txt", Self.quotedAgain)
        let app = try sandbox.open([sandbox.root + "/news"])
        app.document?.pollAnalysis(wait: 30)
        let same = app.document!.quotes.filter { app.document!.text[$0.span].contains("Wir bleiben hier") }
        #expect(same.count == 2)
        for q in same {
            app.document!.selection = Selection(span: q.span, unit: .quote(app.document!.quotes.firstIndex(of: q)!))
            app.press("r")
        }
        let model = try #require(app.learning.provider.current())
        #expect(model.quotes.isQuoteSilenced("Wir bleiben hier und arbeiten weiter"))
        // Undo takes the second rejection back; redo makes it again.
        app.press("u")
        #expect(app.learning.provider.current()?.quotes.isQuoteSilenced("Wir bleiben hier und arbeiten weiter") == false)
        app.press("<C-r>")
        #expect(app.learning.provider.current()?.quotes.isQuoteSilenced("Wir bleiben hier und arbeiten weiter") == true)
        app.press("]")
        app.document?.pollAnalysis(wait: 30)
        let texts = app.document!.quotes.map { app.document!.text[$0.span] }
        #expect(!texts.contains { $0.contains("Wir bleiben hier") })
        #expect(texts.contains { $0.contains("Das Werk hat Zukunft") })
    }
}
