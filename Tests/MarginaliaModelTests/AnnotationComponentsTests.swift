import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaAnalysis
import MarginaliaEntities
import MarginaliaQuotes
import MarginaliaStore

/// The annotation components on their own, without a `ReaderApp`: a document with a hand-made
/// analysis, its store opened by a `SessionKeeper` (background jobs inline, the sandbox's
/// manual clock), commands fed to the `AnnotationEditor`, and the store and the reported
/// effects asserted.
@Suite struct AnnotationComponentsTests {
    struct Fixture {
        let document: Document
        let keeper: SessionKeeper
        let editor: AnnotationEditor
        var sentences: [Span] { AnnotationTests.sentences }
    }

    func fixture(_ sandbox: Sandbox, viewOnly: Bool = false, learning: Bool = true) -> Fixture {
        let t = ArticleText(AnnotationTests.text)
        var segmentation = Analyzer.analyze(LoadedArticle(path: "x.txt", format: .plainText, text: t)).segmentation
        segmentation.sentences = AnnotationTests.sentences
        segmentation.paragraphs = AnnotationTests.paragraphs
        let path = sandbox.write("article.txt", AnnotationTests.text)
        let article = LoadedArticle(path: path, format: .plainText, text: t)
        let analysis = ArticleAnalysis(language: .de, segmentation: segmentation, entities: AnnotationTests.entities, quotes: AnnotationTests.quotes)
        let document = Document(article: article, width: 80, analysis: analysis, jobs: .inline)
        document.selection = Selection(span: AnnotationTests.sentences[0], unit: .sentence(0))
        var options = sandbox.options
        options.viewOnly = viewOnly
        let keeper = SessionKeeper(options: options)
        #expect(keeper.attachStore(document, location: nil).isEmpty)
        let learner = SuggestionLearner(enabled: learning, environment: options.environment, provider: SuggestionLearner.newProvider())
        return Fixture(document: document, keeper: keeper, editor: AnnotationEditor(learner: learner, configuredTagSet: nil))
    }

    @Test func tagUndoRedoReportWhatToShow() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let first = f.sentences[0]
        #expect(f.editor.tag(1, in: f.document) == [.message("tagged claim")])
        let store = try #require(f.document.store)
        #expect(store.items.map(\.tags) == [["claim"]])
        #expect(store.items[0].span == first)
        #expect(f.editor.tag(1, in: f.document) == [.message("already tagged claim")])
        #expect(f.editor.tag(12, in: f.document).first == .error("no tag 12: the tag set is 1 claim, 2 source, 3 speculation, 4 fact, 5 opinion"))
        // Undo asks the coordinator to show the passage it changed, then says what it undid.
        f.document.selection = Selection(span: f.sentences[3], unit: .sentence(3))
        #expect(f.editor.undo(count: 1, in: f.document) == [.select(first, .sentence(0)), .message("undone: tagged claim")])
        #expect(store.items.isEmpty)
        #expect(f.editor.undo(count: 1, in: f.document) == [.message("nothing to undo")])
        #expect(f.editor.redo(count: 1, in: f.document) == [.select(first, .sentence(0)), .message("redone: tagged claim")])
        #expect(store.items.map(\.tags) == [["claim"]])
        #expect(f.document.history.undoable.count == 1 && f.document.history.redoable.isEmpty)
    }

    @Test func untagOnlyExactlyAndPointsAtOverlappingTags() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let paragraph = Span(f.sentences[0].start, f.sentences[2].end)
        f.document.selection = Selection(span: paragraph, unit: .paragraph(0))
        _ = f.editor.tag(2, in: f.document)
        f.document.selection = Selection(span: f.sentences[1], unit: .sentence(1))
        let effects = f.editor.untag(in: f.document, untagKey: "x")
        #expect(effects.first == .showTagsPane(row: 0))
        guard case .message(let text, false)? = effects.last else { Issue.record("no message: \(effects)"); return }
        #expect(text.hasPrefix("no tag on exactly this passage; overlapping: source „Der Kampf"))
        #expect(f.document.store?.items.count == 1)
        f.document.selection = Selection(span: paragraph, unit: .paragraph(0))
        #expect(f.editor.untag(in: f.document, untagKey: "x") == [.message("tags removed")])
        #expect(f.document.store?.items.isEmpty == true)
        // `x` in the Tags pane: the annotation on the cursor's row goes, the cursor stays in the list.
        _ = f.editor.tag(1, in: f.document)
        f.document.selection = Selection(span: f.sentences[4], unit: .sentence(4))
        _ = f.editor.tag(1, in: f.document)
        #expect(f.editor.deleteAnnotation(row: 1, in: f.document) == [.message("deleted annotation „Niemand wusste mehr.“"), .showTagsPane(row: 0)])
        #expect(f.document.store?.items.map(\.span) == [paragraph])
        #expect(f.editor.deleteAnnotation(row: 3, in: f.document) == [.message("nothing to delete")])
    }

    @Test func notePromptAppliesToThePassageItOpenedOn() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let first = f.sentences[0]
        #expect(f.editor.startNote(on: nil, in: f.document) == [.openPrompt(.note, text: "", selected: false)])
        #expect(f.editor.promptTarget == first)
        // The selection moves while the prompt is open: the note still goes to the first sentence.
        f.document.selection = Selection(span: f.sentences[4], unit: .sentence(4))
        #expect(f.editor.saveNote("  zu prüfen ", in: f.document) == [.message("note saved")])
        #expect(f.editor.promptTarget == nil)
        let item = try #require(f.document.store?.items.first)
        #expect(item.span == first && item.note == "zu prüfen")
        f.document.selection = Selection(span: first, unit: .sentence(0))
        #expect(f.editor.startNote(on: nil, in: f.document) == [.openPrompt(.note, text: "zu prüfen", selected: false)])
        #expect(f.editor.saveNote("zu prüfen", in: f.document) == [.message("note unchanged")])
        // Enter on a note prompt that no longer has a passage does nothing.
        #expect(f.editor.saveNote("x", in: f.document).isEmpty)
    }

    @Test func readOnlyStoreRefusesEveryChange() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox, viewOnly: true)
        let store = try #require(f.document.store)
        #expect(store.isReadOnly)
        guard case .message(let refusal, true)? = f.editor.tag(1, in: f.document).first else { Issue.record("no refusal"); return }
        #expect(refusal.hasPrefix("read-only (") && refusal.hasSuffix("): not changed"))
        guard case .message(let note, true)? = f.editor.startNote(on: nil, in: f.document).first else { Issue.record("no refusal"); return }
        #expect(note.hasSuffix("): notes cannot be changed"))
        #expect(store.items.isEmpty && f.document.history.undoable.isEmpty)
        #expect(f.keeper.saveState(of: f.document) == "saved")   // a look without touching anything
    }

    @Test func quoteCorrectionsAndSpeakersReportWhereThePaneCursorGoes() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox, learning: false)
        let quote = f.document.quotes[1].span
        #expect(f.editor.rejectQuote(1, in: f.document) == [.message("rejected: not a quote"), .followQuote(nil)])
        #expect(f.document.quotes.count == 1)
        #expect(f.editor.startSpeakerPrompt(0, in: f.document) == [.openPrompt(.speaker, text: "Aleksandar Vučić", selected: true)])
        let first = f.document.quotes[0].span
        #expect(f.editor.setSpeaker("  Ana Brnabić ", in: f.document) == [.message("speaker: Ana Brnabić"), .followQuote(first)])
        #expect(f.document.quotes[0].speaker?.text == "Ana Brnabić")
        #expect(f.editor.setSpeaker("Someone", in: f.document).isEmpty)   // the prompt's passage was used up
        #expect(f.editor.setSpeaker(" ", quote: 0, in: f.document) == [.message("speaker unchanged")])
        #expect(f.editor.setSpeaker("X", quote: 7, in: f.document) == [.message("no quote selected")])
        _ = f.editor.undo(count: 2, in: f.document)
        #expect(f.document.quotes.map(\.span).contains(quote))
    }

    @Test func markEntityTrimsTheRangeAndSelectsTheNewMention() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox, learning: false)
        let t = f.document.text
        let zeitung = TextSearch.find("Zeitung", in: t)[0]
        var range = Selection(span: Span(zeitung.start - 1, zeitung.end + 1), unit: .range)
        range.anchor = range.span
        f.document.selection = range
        #expect(f.editor.markEntity("", in: f.document) == [.openPrompt(.command, text: "mark-entity ", selected: false)])
        #expect(f.editor.markEntity("XYZ", in: f.document) == [.error("entity types: PER LOC ORG MISC")])
        #expect(f.editor.markEntity("org", in: f.document) == [.message("Zeitung marked ORG")])
        let i = try #require(f.document.entities.firstIndex { $0.span == zeitung })
        #expect(f.document.selection == Selection(span: zeitung, unit: .entity(i)))
        #expect(f.editor.retype(in: f.document, markKey: "m") == [.message("Zeitung is MISC")])
        #expect(f.document.entities[i].type == .MISC)
        f.document.selection = Selection(span: f.sentences[3], unit: .sentence(3))
        #expect(f.editor.retype(in: f.document, markKey: "m") == [.message("select an entity (e/E) to change its type; m makes the selection one")])
    }

    @Test func tagSetRenamesByPositionInOneUndoableStep() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        _ = f.editor.tag(2, in: f.document)
        #expect(f.editor.setTagSet("a, b", in: f.document) == [.message("tag set: a, b (tags renamed by position)")])
        #expect(f.editor.tagSet(of: f.document) == ["a", "b"])
        #expect(f.document.store?.items.first?.tags == ["b"])
        #expect(f.editor.tagCounts(f.document).hasPrefix("b 1"))
        #expect(f.editor.setTagSet("1,2,3,4,5,6,7,8,9,10", in: f.document) == [.error("tags: give 1 to 9 different names")])
        _ = f.editor.undo(count: 1, in: f.document)
        #expect(f.editor.tagSet(of: f.document) == f.editor.configuredTagSet)
        #expect(f.document.store?.items.first?.tags == ["source"])
    }

    @Test func correctionsTeachTheLearnerAndUndoUnlearns() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let t = f.document.text
        let repubblica = TextSearch.find("La Repubblica", in: t)[0]
        f.document.selection = Selection(span: repubblica, unit: .entity(2))
        #expect(f.editor.retype(to: .ORG, in: f.document, markKey: "m") == [.message("La Repubblica is ORG")])
        #expect(f.editor.learner.provider.current()?.lexicon.confirmedType("La Repubblica") == .ORG)
        #expect(f.editor.learner.statusText == "learned  ")
        _ = f.editor.undo(count: 1, in: f.document)
        #expect(f.editor.learner.provider.current()?.lexicon.confirmedType("La Repubblica") == nil)
    }

    @Test func modelResetAsksFirst() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let learner = f.editor.learner
        #expect(learner.modelCommand([]) == [.message("no user model in use: nothing learned yet")])
        #expect(learner.modelCommand(["reset"]) == [.message("forget everything the user model learned? run :model reset again to confirm")])
        #expect(learner.resetPending)
        guard case .message(let done, false)? = learner.modelCommand(["reset"]).first else { Issue.record("no reset"); return }
        #expect(done.hasPrefix("user model reset"))
        #expect(!learner.resetPending)
        #expect(learner.modelCommand(["what"]) == [.error("usage: :model (show) or :model reset")])
    }

    @Test func autosaveWaitsForTheInjectedClock() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let path = try #require(f.document.store?.savePath)
        _ = f.editor.tag(1, in: f.document)
        #expect(f.keeper.saveState(of: f.document) == "modified")
        #expect(f.keeper.autosave([f.document]).isEmpty)   // not due yet
        #expect(!FileManager.default.fileExists(atPath: path))
        sandbox.clock.advance(by: 1.05)
        #expect(f.keeper.autosave([f.document]) == [nil])   // written, no error
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(f.keeper.saveState(of: f.document) == "saved")
        #expect(!f.keeper.hasFailedSave([f.document]))
        #expect(f.keeper.save(f.document) == .message("saved article.txt.annotations.json (1 annotations)"))
    }

    @Test func discardingTheSessionRestoresWhatWasOpenedAndWritesNothingMore() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let path = try #require(f.document.store?.savePath)
        #expect(!f.keeper.changedSinceOpen([f.document]))
        _ = f.editor.tag(1, in: f.document)
        sandbox.clock.advance(by: 1.05)
        _ = f.keeper.autosave([f.document])
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(f.keeper.changedSinceOpen([f.document]))
        #expect(f.keeper.discardSessionAndQuit([f.document]) == nil)
        #expect(f.keeper.hasEnded && f.keeper.discardsChanges)
        // The article had no annotation file: the one autosave wrote is gone, and stays gone.
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = f.editor.tag(2, in: f.document)
        sandbox.clock.advance(by: 1.05)
        #expect(f.keeper.autosave([f.document]).isEmpty)
        #expect(f.keeper.saveAll([f.document], close: true).error == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func quittingSavesAndReleasesTheLock() throws {
        let sandbox = Sandbox()
        let f = fixture(sandbox)
        let path = try #require(f.document.store?.savePath)
        _ = f.editor.tag(3, in: f.document)
        let (error, notes) = f.keeper.saveAll([f.document], close: true)
        #expect(error == nil && notes.isEmpty)
        f.keeper.end(discarding: false, [f.document])
        #expect(f.keeper.hasEnded && !f.keeper.discardsChanges)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("speculation"))
        // Another session may open the article for writing now.
        let again = fixture(sandbox)
        #expect(again.document.store?.isReadOnly == false)
        #expect(again.document.store?.items.first?.tags == ["speculation"])
    }

    // MARK: The coordinator carries out what the editor reports

    @Test func readerCarriesOutTheEffects() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        let sentences = AnnotationTests.sentences
        // `.select`: undo shows the passage it changed.
        app.press("1")
        app.press("))")
        app.press("u")
        #expect(app.document?.selection == Selection(span: sentences[0], unit: .sentence(0)))
        #expect(app.message == "undone: tagged claim")
        // `.showTagsPane`: `x` on a sentence of a tagged paragraph opens the Tags pane on that tag.
        app.press("}{")
        app.press("2")
        app.press(")")
        app.press("x")
        #expect(app.focus == .tags && app.cursor(in: .tags) == 0)
        #expect(app.message?.hasPrefix("no tag on exactly this passage") == true)
        // `.followQuote(nil)`: a rejected quote's row goes to the rejected section; the cursor
        // stays among the quotes left.
        app.press("<Esc>")
        app.focus(.quotes)
        let last = try #require(app.paneItems(.quotes).lastIndex { !$0.isHeader })
        app.paneCursor[.quotes] = last
        app.press("r")
        let header = try #require(app.paneItems(.quotes).firstIndex { $0.rejection == "" })
        #expect(app.cursor(in: .quotes) < header)
        // `.openPrompt`: a note prompt, and Enter saves on the passage it opened on.
        app.focus(.article)
        app.press("c")
        #expect(app.prompt?.kind == .note)
        app.type("Quelle?")
        app.press("<CR>")
        #expect(app.document?.store?.items.contains { $0.note == "Quelle?" } == true)
    }
}
