import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct AtomicSaveTests {
    @Test func crashBetweenWriteAndRenameLeavesTheOldFile() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        store.tag(Span(0, 90), with: "claim")
        try store.save()
        let before = try #require(folder.bytes("a.txt.annotations.json"))
        store.close()

        // The same edit again, but the process "dies" after the temporary file is synced and
        // before the rename: the rename never happens.
        let seenAtCrash = Box<(target: [UInt8]?, temporary: [UInt8]?)>((nil, nil))
        var options = testOptions(folder)
        options.writer = AtomicFileWriter(
            rename: { _, _ in throw AtomicFileWriter.Failure(description: "simulated crash") },
            afterWrite: { temporary in
                seenAtCrash.value = (folder.bytes("a.txt.annotations.json"), FileManager.default.contents(atPath: temporary).map { [UInt8]($0) })
            })
        let second = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        second.tag(Span(91, 219), with: "source")
        #expect(throws: StoreError.self) { try second.save() }
        #expect(seenAtCrash.value.target == before)
        let temporary = try #require(seenAtCrash.value.temporary)
        #expect(String(decoding: temporary, as: UTF8.self).contains("\"source\""))
        #expect(folder.bytes("a.txt.annotations.json") == before)
        // The data is still in memory for the retry.
        #expect(second.items.count == 2)
        #expect(second.isDirty)
        #expect(second.lastSaveError != nil)
        // No temporary file is left behind by a failed save.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func realWriteFailureIsReportedAndDataKept() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        // A regular file where the annotation folder should be: every write fails for real.
        _ = folder.article("blocked", "not a folder")
        var options = testOptions(folder)
        options.location = AnnotationFileLocation(path: folder.file("blocked/a.txt.annotations.json"), readPath: nil)
        let clock = Box<Double>(0)
        options.clock = { clock.value }
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: options)
        store.tag(Span(0, 90), with: "claim")
        clock.value = 1
        let error = try #require(store.saveIfDue())
        #expect(error.description.hasSuffix("annotations kept in memory"))
        #expect(!error.description.contains("\n"))
        #expect(store.items.count == 1 && store.isDirty)
        // Retried later, not on every tick.
        clock.value = 2
        #expect(store.saveIfDue() == nil)
        clock.value = 6
        #expect(store.saveIfDue() != nil)
    }

    @Test func saveKeepsFileMode() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        store.tag(Span(0, 90), with: "claim")
        try store.save()
        chmod(folder.file("a.txt.annotations.json"), 0o600)
        store.tag(Span(0, 90), with: "fact")
        // Our own chmod changes the file's ctime, not its contents fingerprint (inode, size, mtime).
        try store.save()
        var info = stat()
        stat(folder.file("a.txt.annotations.json"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }
}
