import Foundation
import Testing
@testable import MarginaliaModel
@testable import MarginaliaLibrary

@Suite struct LibraryStateTests {
    @Test func statusPositionAndLastArticleSurviveASession() {
        let dir = TemporaryFolder()
        let a = dir.write("articles/a.txt", "Erster Artikel.")
        dir.write("articles/b.txt", "Zweiter Artikel.")
        let state = dir.path + "/data/marginalia/library-state.json"

        let first = makeLibrary([dir.path + "/articles"], statePath: state)
        #expect(first.lastArticleIndex == nil)
        first.didOpen(at: 0)
        first.setPosition(7, at: 0)
        first.didOpen(at: 1)
        first.toggleDone(at: 1)
        #expect(first.save())

        let second = makeLibrary([dir.path + "/articles/"], statePath: state)
        #expect(second.status(at: 0) == .inProgress)
        #expect(second.position(at: 0) == 7)
        #expect(second.status(at: 1) == .done)
        #expect(second.lastArticleIndex == 1)
        // The same article opened on its own is the same article (key = absolute path).
        let single = makeLibrary([a], statePath: state)
        #expect(single.position(at: 0) == 7)
        #expect(single.lastArticleIndex == nil)   // last article is remembered per library
    }

    @Test func defaultPathFollowsXDG() {
        #expect(LibraryStateStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/marginalia/library-state.json")
        #expect(LibraryStateStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/marginalia/library-state.json")
        #expect(LibraryStateStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.local/share/marginalia/library-state.json")
    }

    @Test func twoSessionsSavingKeepBothChanges() {
        let dir = TemporaryFolder()
        let path = dir.path + "/state.json"
        let one = LibraryStateStore(path: path)
        let two = LibraryStateStore(path: path)
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        one.update("a", now: t) { $0.status = .done }
        two.update("b", now: t) { $0.position = 5 }
        two.update("a", now: t.addingTimeInterval(-60)) { $0.status = .inProgress }   // older edit of a
        #expect(one.save())
        #expect(two.save())
        let three = LibraryStateStore(path: path)
        #expect(three.article("a")?.status == .done)
        #expect(three.article("b")?.position == 5)
    }

    @Test func corruptStateIsKeptAsideAndReported() throws {
        let dir = TemporaryFolder()
        let path = dir.write("state.json", "{ not json")
        let store = LibraryStateStore(path: path)
        #expect(store.notice?.contains("unreadable") == true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("state.json.corrupt-") }
        #expect(kept.count == 1)
        #expect(try String(contentsOfFile: dir.path + "/" + kept[0], encoding: .utf8) == "{ not json")
        store.update("k") { $0.status = .done }
        #expect(store.save())
        #expect(LibraryStateStore(path: path).article("k")?.status == .done)
    }

    @Test func savedFileIsJSONWithReadableFields() throws {
        let dir = TemporaryFolder()
        let path = dir.path + "/s.json"
        let store = LibraryStateStore(path: path)
        store.update("/x/a.txt") { $0.status = .inProgress; $0.position = 12 }
        store.save()
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let article = (object["articles"] as! [String: Any])["/x/a.txt"] as! [String: Any]
        #expect(article["status"] as? String == "in-progress")
        #expect(article["position"] as? Int == 12)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.json"])
    }
}
