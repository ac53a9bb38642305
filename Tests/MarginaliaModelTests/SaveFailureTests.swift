import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaStore

/// A save that fails (full disk, read-only folder) is reported in the status line, the
/// annotations stay in memory, and a later save succeeds once writing works again.
@Suite struct SaveFailureTests {
    /// An article whose annotations go to the data directory (a path inside a `.resources`
    /// bundle, like the bundled samples), with XDG_DATA_HOME under a regular file: every write
    /// fails for real, even as root (which ignores chmod), until the file is removed.
    @Test func failedSaveIsReportedKeptAndRetried() throws {
        let sandbox = Sandbox()
        let article = sandbox.write("Samples.resources/a.txt",
                                    "Der Bürgermeister eröffnete am Montag die Brücke. Die Opposition kritisierte die Kosten.\n")
        let blocker = sandbox.write("blocked", "a file where the data folder should be\n")
        var options = sandbox.options
        options.environment["XDG_DATA_HOME"] = blocker + "/data"
        let app = try ReaderApp.open(paths: [article], options: options)
        app.resize(width: 100, height: 20)
        let sentence = try #require(app.document?.selection?.span)

        app.handle(.character("1"))
        app.flush()
        let store = try #require(app.document?.store)
        #expect(app.messageIsError)
        #expect(app.message?.contains("blocked") == true)
        #expect(app.saveStateDescription == "NOT SAVED")
        #expect(store.isDirty)
        #expect(store.items.contains { $0.span == sentence && $0.tags == [app.tagSet[0]] })
        #expect(app.render().find("NOT SAVED") != nil)

        // Quitting does not throw the annotations away while they cannot be saved.
        app.quit(save: true)
        #expect(!app.shouldQuit)
        #expect(app.message?.hasPrefix("not quitting") == true)
        #expect(store.items.contains { $0.span == sentence })

        // Space again: the next save writes them.
        try FileManager.default.removeItem(atPath: blocker)
        app.flush()
        #expect(app.saveStateDescription == "saved")
        #expect(!store.isDirty)
        // The old failure does not stay on the status line beside "saved".
        #expect(app.message == nil)
        #expect(!app.messageIsError)
        #expect(app.render().find("not quitting") == nil)
        let saved = try String(contentsOfFile: store.savePath, encoding: .utf8)
        #expect(saved.contains("\"value\" : \"\(app.tagSet[0])\"") || saved.contains("\"value\": \"\(app.tagSet[0])\""))
        #expect(saved.contains("\"start\": \(sentence.start)") || saved.contains("\"start\" : \(sentence.start)"))
    }
}
