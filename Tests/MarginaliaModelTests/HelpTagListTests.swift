import Testing
import Foundation
@testable import MarginaliaModel

/// The help overlay lists only the tags the tag set has, by name.
@Suite struct HelpTagListTests {
    func tagLines(_ app: ReaderApp) -> [HelpLine] {
        app.helpLines.filter { $0.text.contains("(:tag-") }
    }

    @Test func defaultTagSetListsItsTags() {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let lines = tagLines(app)
        #expect(lines.count == app.tagSet.count)
        for (i, tag) in app.tagSet.enumerated() {
            #expect(lines[i].keys == "\(i + 1)")
            #expect(lines[i].text.contains("“\(tag)”"))
        }
        #expect(!app.helpLines.contains { $0.text.contains("tag-\(app.tagSet.count + 1))") })
    }

    @Test func configuredTagSetIsWhatTheHelpShows() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("tags = [\"pro\", \"contra\"]\n")
        let path = sandbox.write("a.txt", "Ein Satz. Noch ein Satz.")
        let app = try sandbox.open([path], width: 80, height: 24)
        #expect(tagLines(app).map(\.text) == ["tag the selection “pro”  (:tag-1)", "tag the selection “contra”  (:tag-2)"])
    }
}
