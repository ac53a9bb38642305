import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

/// Planted links and foreign files in the lock folder: the lock never writes through a link,
/// never deletes what it did not create, and says which lock file is in the way.
@Suite struct LockLinkTests {
    private func lockFolder(_ folder: TemporaryFolder) -> String { (folder.lockFile("a.txt") as NSString).deletingLastPathComponent }

    @Test func linkAtTheLockPathIsNeitherWrittenNorDeleted() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        // A file holding a live pid (our parent's), reached through a link planted as the lock.
        let victim = folder.file("victim.txt")
        try Data("\(getppid())\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createDirectory(atPath: lockFolder(folder), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.lockFile("a.txt"), withDestinationPath: victim)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        // Not read-only because of the pid behind the link; told which file is in the way.
        #expect(store.access == .readWrite)
        #expect(store.warnings.contains { $0.contains(folder.lockFile("a.txt")) && $0.contains("not a lock file") })
        store.tag(Span(0, 5), with: "claim")
        #expect(store.close() == nil)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "\(getppid())\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.lockFile("a.txt")) == victim)
    }

    @Test func danglingLinkAtTheLockPathCreatesNothing() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let target = folder.file("created-through-link")
        try FileManager.default.createDirectory(atPath: lockFolder(folder), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.lockFile("a.txt"), withDestinationPath: target)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        store.close()
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func lockFolderThatIsALinkIsRefused() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let elsewhere = folder.file("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let locks = lockFolder(folder)
        try FileManager.default.createDirectory(atPath: (locks as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: locks, withDestinationPath: elsewhere)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.lockPath == nil)
        #expect(store.warnings.contains { $0.contains("lock folder \(locks) is not a folder") })
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func lockFolderIsPrivate() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let locks = lockFolder(folder)
        try FileManager.default.createDirectory(atPath: locks, withIntermediateDirectories: true)
        chmod(locks, 0o777)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.lockPath != nil)
        var info = stat()
        #expect(lstat(locks, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(lstat(folder.lockFile("a.txt"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        store.close()
    }

    @Test func releaseLeavesALockFileItDidNotCreate() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        let lock = try #require(store.lockPath)
        // Someone replaces our lock with another file (another process took it over).
        let replacement = folder.file("replacement")
        try Data("1\n".utf8).write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, lock) == 0)
        store.close()
        #expect(AnnotationLock.owner(at: lock) == 1)
    }

    @Test func releaseAllHeldRemovesOnlyOurLocks() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: a, text: ArticleText(sampleText), options: testOptions(folder))
        let lock = try #require(store.lockPath)
        folder.plantLock("b.txt", pid: getppid())
        AnnotationLock.releaseAllHeld()
        #expect(!FileManager.default.fileExists(atPath: lock))
        #expect(AnnotationLock.owner(at: folder.lockFile("b.txt")) == getppid())
    }
}
