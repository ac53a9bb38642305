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
        #expect(AnnotationLock.owner(at: folder.lockFile("a.txt")) == getpid())
        let second = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(second.access == .readOnly(reason: "already open in process \(getpid())"))
        #expect(second.warnings.contains("opened read-only: " + AnnotationLock.heldMessage(pid: getpid(), lockPath: folder.lockFile("a.txt"))))
        // The message names the lock file and how to override a lock whose pid was reused.
        #expect(AnnotationLock.heldMessage(pid: 7, lockPath: "/l/x.lock").contains("lock file /l/x.lock; if process 7 is not Marginalia, delete that file"))
        second.tag(Span(0, 5), with: "claim")
        #expect(throws: StoreError.readOnly(reason: "already open in process \(getpid())")) { try second.save() }
        second.close()
        #expect(!folder.exists("a.txt.annotations.json"))
        // Closing the read-only one does not release the first one's lock.
        #expect(FileManager.default.fileExists(atPath: folder.lockFile("a.txt")))
        first.close()
        #expect(!FileManager.default.fileExists(atPath: folder.lockFile("a.txt")))
        let third = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(third.access == .readWrite)
        third.close()
    }

    @Test func lockOfAnotherLiveProcessIsRespected() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let live = getppid()
        folder.plantLock("a.txt", pid: live)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readOnly(reason: "already open in process \(live)"))
        store.close()
        #expect(AnnotationLock.owner(at: folder.lockFile("a.txt")) == live)
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
        folder.plantLock("a.txt", pid: dead)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.access == .readWrite)
        #expect(store.warnings.contains("recovered a stale lock of process \(dead) (it did not close cleanly; lock file \(folder.lockFile("a.txt")))"))
        #expect(AnnotationLock.owner(at: folder.lockFile("a.txt")) == getpid())
        store.close()
    }

    @Test func lockWithOurOwnPidFromAnEarlierProcessIsStale() throws {
        // After a crash in a container the next run may get the same pid.
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        folder.plantLock("a.txt", pid: getpid())
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
        #expect(!FileManager.default.fileExists(atPath: folder.lockFile("a.txt")))
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
        #expect(!FileManager.default.fileExists(atPath: folder.lockFile("a.txt")))
    }

    @Test func discardOfAReadOnlyStoreKeepsTheOwnersLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let owner = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        let viewer = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(viewer.isReadOnly)
        viewer.discard()
        #expect(AnnotationLock.owner(at: folder.lockFile("a.txt")) == getpid())
        owner.close()
    }

    @Test func readOnlyOpeningTakesNoLock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder, readOnly: true))
        #expect(store.isReadOnly)
        #expect(!FileManager.default.fileExists(atPath: folder.lockFile("a.txt")))
    }
}

extension TemporaryFolder {
    /// The lock file of the annotation file of article `name` in this folder (testOptions' environment).
    func lockFile(_ name: String) -> String {
        AnnotationLock.path(forAnnotationFile: file(name + ".annotations.json"), environment: ["XDG_DATA_HOME": file("data"), "HOME": path])
    }

    /// Leaves a lock file of process `pid` for article `name`, as a crashed or running process would.
    func plantLock(_ name: String, pid: Int32) {
        let lock = lockFile(name)
        try? FileManager.default.createDirectory(atPath: (lock as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: lock, contents: Data("\(pid)\n".utf8))
    }
}

@Suite struct LockPathTests {
    @Test func openingCreatesNothingBesideTheArticle() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        _ = folder.article("a.txt", sampleText)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var options = testOptions(folder)
        // A corpus article's file in a folder that does not exist yet.
        options.annotationPath = folder.file("corpus.jsonl.annotations/7.annotations.json")
        let store = AnnotationStore(articlePath: folder.file("corpus.jsonl"), text: ArticleText(sampleText), options: options)
        #expect(store.access == .readWrite)
        let lock = try #require(store.lockPath)
        #expect(lock.hasPrefix(folder.file("data/marginalia/locks/")))
        #expect(AnnotationLock.owner(at: lock) == getpid())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before + ["data"])
        #expect(store.close() == nil)
        #expect(!folder.exists("corpus.jsonl.annotations"))
        #expect(!FileManager.default.fileExists(atPath: lock))
    }

    @Test func firstRealSaveCreatesTheFolder() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        var options = testOptions(folder)
        options.annotationPath = folder.file("corpus.jsonl.annotations/7.annotations.json")
        let store = AnnotationStore(articlePath: folder.file("corpus.jsonl"), text: ArticleText(sampleText), options: options)
        store.tag(Span(0, 3), with: "claim")
        #expect(store.close() == nil)
        #expect(folder.exists("corpus.jsonl.annotations/7.annotations.json"))
    }

    @Test func runtimeDirectoryIsPreferredForLocks() {
        let env = ["XDG_RUNTIME_DIR": "/run/user/1000", "XDG_DATA_HOME": "/d", "HOME": "/h"]
        #expect(AnnotationLock.directory(environment: env) == "/run/user/1000/marginalia/locks")
        #expect(AnnotationLock.directory(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/marginalia/locks")
        #expect(AnnotationLock.directory(environment: ["HOME": "/h"]) == "/h/.local/share/marginalia/locks")
        #expect(AnnotationLock.path(forAnnotationFile: "/x/a.txt.annotations.json", environment: env)
            == AnnotationLock.path(forAnnotationFile: "/x/./y/../a.txt.annotations.json", environment: env))
        #expect(AnnotationLock.path(forAnnotationFile: "/x/a.txt.annotations.json", environment: env)
            != AnnotationLock.path(forAnnotationFile: "/x/b.txt.annotations.json", environment: env))
    }

    @Test func readOnlyOpeningCreatesNothingAtAll() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        _ = folder.article("a.txt", sampleText)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let store = AnnotationStore(articlePath: folder.file("a.txt"), text: ArticleText(sampleText), options: testOptions(folder, readOnly: true))
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == before)
    }

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
