import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct AutosaverTests {
    struct Failing: Error {}

    @Test func savesAtMostOneSecondAfterTheFirstChange() {
        var saver = Autosaver()
        var saves = 0
        #expect(saver.saveIfDue(now: 0) { saves += 1 } == nil)
        saver.markDirty(now: 10)
        saver.markDirty(now: 10.6)   // a burst of edits does not postpone the save
        #expect(saver.deadline == 11)
        #expect(saver.saveIfDue(now: 10.99) { saves += 1 } == nil)
        #expect(saves == 0)
        #expect(saver.saveIfDue(now: 11) { saves += 1 } != nil)
        #expect(saves == 1)
        #expect(!saver.isDirty)
        #expect(saver.saveIfDue(now: 20) { saves += 1 } == nil)
        #expect(saves == 1)
    }

    @Test func failedSaveIsRetriedLaterAndFlushForcesIt() {
        var saver = Autosaver(delay: 1, retryInterval: 5)
        saver.markDirty(now: 0)
        let failed = saver.saveIfDue(now: 1) { throw Failing() }
        #expect(failed.map { if case .failure = $0 { return true } else { return false } } == true)
        #expect(saver.isDirty)
        #expect(saver.deadline == 6)
        var saves = 0
        #expect(saver.saveIfDue(now: 3) { saves += 1 } == nil)
        #expect(saver.flush(now: 3) { saves += 1 } != nil)
        #expect(saves == 1 && !saver.isDirty)
        #expect(saver.flush(now: 4) { saves += 1 } == nil)
    }

    @Test func storeAutosavesOnItsClock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let clock = Box<Double>(50)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder, clock: clock))
        #expect(store.nextSaveDeadline == nil)
        store.tag(Span(0, 90), with: "claim")
        #expect(store.nextSaveDeadline == 51)
        clock.value = 50.5
        store.saveIfDue()
        #expect(!folder.exists("a.txt.annotations.json"))
        clock.value = 51
        #expect(store.saveIfDue() == nil)
        #expect(folder.exists("a.txt.annotations.json"))
        #expect(!store.isDirty)
        store.close()
        let reopened = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(reopened.items.map(\.tags) == [["claim"]])
        #expect(reopened.items.first?.anchoring == .exact)
        // An explicit save (`:w`) leaves nothing for the autosaver.
        reopened.tag(Span(0, 90), with: "fact")
        #expect(reopened.isDirty)
        try reopened.save()
        #expect(!reopened.isDirty && reopened.nextSaveDeadline == nil)
        reopened.close()
    }
}
