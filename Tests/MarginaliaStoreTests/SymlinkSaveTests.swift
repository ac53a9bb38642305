import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

/// Planted links at the files the program writes: a save follows a link only to a regular file
/// that already holds this article's annotations; anything else goes to `.recovered.json`, and
/// the link's target (even a dangling one) is never created, written or deleted.
@Suite struct SymlinkSaveTests {
    private func link(_ folder: TemporaryFolder, _ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: target)
    }

    private func openTagAndClose(_ folder: TemporaryFolder, _ path: String) -> AnnotationStore {
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        store.tag(Span(0, 3), with: "claim")
        #expect(store.close() == nil)
        return store
    }

    @Test func writerRefusesALinkAtTheFinalPath() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        try AtomicFileWriter().write(Array("old\n".utf8), to: folder.file("real.json"))
        try link(folder, "link.json", to: "real.json")
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter().write(Array("new\n".utf8), to: folder.file("link.json")) }
        #expect(folder.bytes("real.json") == Array("old\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json")) == "real.json")
    }

    @Test func temporaryFilesAreCreatedExclusivelyBesideTheTarget() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let a = try AtomicFileWriter.createTemporary(for: folder.file("x.json"))
        let b = try AtomicFileWriter.createTemporary(for: folder.file("x.json"))
        close(a.fd); close(b.fd)
        #expect(a.path != b.path)
        #expect(a.path.hasPrefix(folder.file(".x.json.tmp-\(getpid())-")))
    }

    @Test func linkToThisArticlesAnnotationFileIsFollowed() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        // A real annotation file of a.txt kept elsewhere (a synced folder), linked beside the article.
        try FileManager.default.createDirectory(atPath: folder.file("sync"), withIntermediateDirectories: true)
        _ = openTagAndClose(folder, path)
        #expect(rename(folder.file("a.txt.annotations.json"), folder.file("sync/a.json")) == 0)
        try link(folder, "a.txt.annotations.json", to: "sync/a.json")
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        #expect(store.items.count == 1)
        store.tag(Span(4, 9), with: "fact")
        #expect(store.close() == nil)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("a.txt.annotations.json")) == "sync/a.json")
        #expect(try AnnotationStore.read(folder.file("sync/a.json")).collection.items.count == 2)
        #expect(!folder.exists("a.txt.annotations.json.recovered.json"))
    }

    @Test func danglingLinkIsNotCreatedThrough() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        try link(folder, "a.txt.annotations.json", to: folder.file("elsewhere/new/victim.json"))
        let store = openTagAndClose(folder, path)
        #expect(!folder.exists("elsewhere"))
        #expect(store.savePath == store.location.recoveryPath)
        #expect(store.warnings.first?.contains("is a link to \(folder.file("elsewhere/new/victim.json")), not an annotation file of this article") == true)
        #expect(try AnnotationStore.read(store.savePath).collection.items.count == 1)
    }

    @Test(arguments: ["[]", "{\"items\":[]}", "{\"source\":{\"path\":\"other.txt\",\"sha256\":\"00\"},\"items\":[]}"])
    func linkToSomethingElseIsLeftAlone(contents: String) throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: folder.file("victim.json")))
        try link(folder, "a.txt.annotations.json", to: "victim.json")
        let store = openTagAndClose(folder, path)
        #expect(folder.bytes("victim.json") == Array(contents.utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("a.txt.annotations.json")) == "victim.json")
        #expect(store.savePath == store.location.recoveryPath)
        #expect(try AnnotationStore.read(store.savePath).collection.items.count == 1)
    }

    @Test func linkPlantedAfterOpeningIsNotFollowed() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.article("a.txt", sampleText)
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: folder.file("victim.txt")))
        let store = AnnotationStore(articlePath: path, text: ArticleText(sampleText), options: testOptions(folder))
        try link(folder, "a.txt.annotations.json", to: "victim.txt")
        store.tag(Span(0, 3), with: "claim")
        #expect(store.close() == nil)
        #expect(folder.bytes("victim.txt") == Array("keep\n".utf8))
        #expect(store.savePath == store.location.recoveryPath)
    }
}
