import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct LockTests {
    @Test func secondInstanceOpensReadOnly() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let first = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(first.access == .readWrite)
        #expect(AnnotationLock.owner(at: folder.file("a.txt.annotations.json.lock")) == getpid())
        let second = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(second.access == .readOnly(reason: "already open in process \(getpid())"))
        #expect(second.warnings.contains("opened read-only: already open in process \(getpid())"))
        second.tag(Span(0, 5), with: "claim")
        #expect(throws: StoreError.readOnly(reason: "already open in process \(getpid())")) { try second.save() }
        second.close()
        #expect(!folder.exists("a.txt.annotations.json"))
        // Closing the read-only one does not release the first one's lock.
        #expect(folder.exists("a.txt.annotations.json.lock"))
        first.close()
        #expect(!folder.exists("a.txt.annotations.json.lock"))
        let third = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(third.access == .readWrite)
        third.close()
    }

    @Test func lockOfAnotherLiveProcessIsRespected() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let live = getppid()
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json.lock"), contents: Data("\(live)\n".utf8))
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readOnly(reason: "already open in process \(live)"))
        store.close()
        #expect(AnnotationLock.owner(at: folder.file("a.txt.annotations.json.lock")) == live)
    }

    @Test func staleLockOfDeadProcessIsRecovered() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json.lock"), contents: Data("\(dead)\n".utf8))
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readWrite)
        #expect(store.warnings.contains("recovered a stale lock of process \(dead) (it did not close cleanly)"))
        #expect(AnnotationLock.owner(at: folder.file("a.txt.annotations.json.lock")) == getpid())
        store.close()
    }

    @Test func lockWithOurOwnPidFromAnEarlierProcessIsStale() throws {
        // After a crash in a container the next run may get the same pid.
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        FileManager.default.createFile(atPath: folder.file("a.txt.annotations.json.lock"), contents: Data("\(getpid())\n".utf8))
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readWrite)
        store.close()
    }

    @Test func discardReleasesTheLockWithoutWriting() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let clock = Box<Double>(100)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder, clock: clock))
        store.tag(Span(0, 5), with: "claim")
        #expect(store.isDirty)
        store.discard()
        #expect(!folder.exists("a.txt.annotations.json.lock"))
        #expect(!folder.exists("a.txt.annotations.json"))
        #expect(store.isReadOnly)
        // Nothing writes after a discard, not even a flush or an autosave.
        clock.value += 60  // long past the autosave delay
        #expect(store.flush() == nil)
        #expect(store.saveIfDue() == nil)
        #expect(!folder.exists("a.txt.annotations.json"))
        // The next opening takes the lock cleanly: no stale-lock warning.
        let next = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(next.access == .readWrite)
        #expect(next.warnings.isEmpty)
        #expect(next.items.isEmpty)
        next.close()
    }

    @Test func discardLeavesTheSavedFileAsItWas() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let first = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        first.tag(Span(0, 5), with: "claim")
        #expect(first.close() == nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.txt.annotations.json")))
        let second = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        second.tag(Span(6, 9), with: "fact")
        second.discard()
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("a.txt.annotations.json"))) == before)
        #expect(!folder.exists("a.txt.annotations.json.lock"))
    }

    @Test func discardOfAReadOnlyStoreKeepsTheOwnersLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let owner = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        let viewer = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(viewer.isReadOnly)
        viewer.discard()
        #expect(AnnotationLock.owner(at: folder.file("a.txt.annotations.json.lock")) == getpid())
        owner.close()
    }

    @Test func readOnlyOpeningTakesNoLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder, readOnly: true))
        #expect(store.isReadOnly)
        #expect(!folder.exists("a.txt.annotations.json.lock"))
    }
}

@Suite struct LockPathTests {
    @Test func relativeAndAbsolutePathsShareTheLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let first = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        var options = testOptions(folder)
        options.location = AnnotationFileLocation(path: folder.path + "/./a.txt.annotations.json", readPath: nil)
        let second = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        #expect(second.isReadOnly)
        first.close()
    }

    @Test func folderReachedThroughALinkSharesTheLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        try FileManager.default.createSymbolicLink(atPath: folder.file("alias"), withDestinationPath: folder.path)
        let first = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        let second = AnnotationStore(articlePath: folder.file("alias/a.txt"), text: ArticleText(sampleText), options: testOptions(folder))
        #expect(first.access == .readWrite)
        #expect(second.isReadOnly)
        first.close()
    }

    @Test func dataDirectoryIsCreatedAndLocked() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("sample.txt", sampleText)
        var options = testOptions(folder)
        options.useDataDirectory = true
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        #expect(store.access == .readWrite)
        #expect(store.savePath.hasPrefix(folder.file("data/marginalia/annotations/sample.txt-")))
        store.tag(Span(0, 3), with: "claim")
        #expect(store.close() == nil)
        #expect(FileManager.default.fileExists(atPath: store.savePath))
        #expect(!folder.exists("sample.txt.annotations.json"))
        let saved = try AnnotationStore.read(store.savePath).collection
        #expect(saved.source.path == path)
    }

    @Test func leftoverTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        _ = folder.article(".a.txt.annotations.json.tmp-999999-abc", "half")
        _ = folder.article(".a.txt.annotations.json.tmp-\(getppid())-def", "someone alive")
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(!folder.exists(".a.txt.annotations.json.tmp-999999-abc"))
        #expect(folder.exists(".a.txt.annotations.json.tmp-\(getppid())-def"))
        store.close()
    }
}
