import Testing
@testable import MarginaliaModel

/// Issue 14, defect 8: a tag set kept in the file is shown as such; `:tags` adopts the config's
/// (renaming by position, undoable); the legend shows the keys actually bound.
@Suite struct TagSetTests {
    @Test func anArticlesOwnTagSetIsShownAndAdoptedByPosition() throws {
        let sandbox = Sandbox()
        sandbox.writeConfig("tags = [\"pro\", \"contra\"]\n")
        let first = sandbox.app(text: "Erster Satz. Zweiter Satz.")
        first.press("1")
        first.execute(commandLine: "wq")
        sandbox.writeConfig("tags = [\"ja\", \"nein\", \"vielleicht\"]\n[keys]\ntag-1 = \"<F1>\"\n")
        let app = sandbox.app(text: "Erster Satz. Zweiter Satz.")
        let store = try #require(app.document?.store)
        #expect(app.tagSet == ["pro", "contra"])
        #expect(app.usesOwnTagSet)
        var legend = app.render().rowText(app.height - 1)
        #expect(legend.contains("F1 pro"))
        #expect(legend.contains("2 contra"))
        #expect(legend.contains("this article's tag set"))
        app.execute(commandLine: "tags")
        #expect(app.tagSet == ["ja", "nein", "vielleicht"])
        #expect(store.items.first?.tags == ["ja"])
        legend = app.render().rowText(app.height - 1)
        #expect(!legend.contains("this article's tag set"))
        app.press("u")
        #expect(app.tagSet == ["pro", "contra"])
        #expect(store.items.first?.tags == ["pro"])
    }
}
