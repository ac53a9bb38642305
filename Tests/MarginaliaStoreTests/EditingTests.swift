import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct EditingTests {
    let text = ArticleText(sampleText)

    @Test func tagsNotesRemovalAndUndo() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let store = AnnotationStore(articlePath: folder.article("a.txt", sampleText), text: text, options: testOptions(folder))
        let first = Span(0, 90), second = Span(91, 219), paragraph = Span(0, 219)
        var undo: [AnnotationEdit] = []
        undo.append(store.tag(first, with: "claim"))
        undo.append(store.tag(first, with: "fact"))
        undo.append(store.tag(first, with: "fact"))     // already there: nothing to undo
        #expect(undo.last?.isEmpty == true)
        undo.append(store.tag(paragraph, with: "opinion"))  // nested ranges are fine
        undo.append(store.setNote(on: second, "nur eine Notiz"))
        #expect(store.items.map(\.tags) == [["claim", "fact"], ["opinion"], []])
        #expect(store.items.map(\.motivation) == [.tagging, .tagging, .commenting])
        let snapshot = store.items

        // `x` on the first sentence removes the tags inside it, not the paragraph's.
        undo.append(store.removeTags(in: first))
        #expect(store.items.map(\.tags) == [["opinion"], []])
        // Inside a tagged passage with nothing inside the selection: the overlapping tag goes.
        undo.append(store.removeTags(in: Span(10, 20)))
        #expect(store.items.map(\.tags) == [[]])
        #expect(store.items.first?.note == "nur eine Notiz")

        store.perform(undo.removeLast().inverse)
        store.perform(undo.removeLast().inverse)
        #expect(store.items == snapshot)
        // A tag on a note-only passage turns it into a tagged one keeping the note.
        store.tag(second, with: "source")
        #expect(store.annotations(overlapping: second).contains { $0.tags == ["source"] && $0.note == "nur eine Notiz" })
        store.setNote(on: second, nil)
        #expect(store.annotations(overlapping: second).contains { $0.tags == ["source"] && $0.note == nil })
        while let edit = undo.popLast() { store.perform(edit.inverse) }
        store.perform(.batch([]))
        #expect(store.tagSet == AnnotationCollection.defaultTagSet)
        let tagSetEdit = store.setTagSet(["a", "b"])
        #expect(store.tagSet == ["a", "b"])
        store.perform(tagSetEdit.inverse)
        #expect(store.tagSet == AnnotationCollection.defaultTagSet)
        store.close()
    }

    @Test func updateStampsModifiedAndTextOrderPutsOrphansLast() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        var options = testOptions(folder)
        let now = Box("2026-11-25T10:00:00Z")
        options.timestamp = { now.value }
        let store = AnnotationStore(articlePath: folder.article("a.txt", sampleText), text: text, options: options)
        store.tag(Span(91, 219), with: "claim")
        store.tag(Span(0, 90), with: "fact")
        var orphan = Annotation.tagging(Span(0, 4), in: text, tags: ["x"])
        orphan.anchoring = .orphaned
        store.add(orphan)
        now.value = "2026-11-25T11:00:00Z"
        var changed = try #require(store.items.first)
        changed.note = "später"
        store.update(changed)
        #expect(store.items.first?.modified == "2026-11-25T11:00:00Z")
        #expect(store.items.first?.created == "2026-11-25T10:00:00Z")
        #expect(store.itemsInTextOrder.map(\.tags) == [["fact"], ["claim"], ["x"]])
        #expect(store.tagCounts == ["fact": 1, "claim": 1, "x": 1])
        store.close()
    }

    @Test func dataDirectoryForSamplesAndNamesDoNotCollide() {
        let env = ["XDG_DATA_HOME": "/tmp/xdg-test"]
        let a = AnnotationFileLocation.resolve(articlePath: "/one/kherson.txt", useDataDirectory: true, environment: env)
        let b = AnnotationFileLocation.resolve(articlePath: "/two/kherson.txt", useDataDirectory: true, environment: env)
        #expect(a.path.hasPrefix("/tmp/xdg-test/marginalia/annotations/kherson.txt-"))
        #expect(a.path.hasSuffix(".annotations.json"))
        #expect(a.path != b.path)
        let home = AnnotationFileLocation.dataDirectory(environment: ["HOME": "/home/ana"])
        #expect(home == "/home/ana/.local/share/marginalia/annotations")
        let beside = AnnotationFileLocation.resolve(articlePath: "/tmp/kherson.txt", environment: env)
        #expect(beside.path == "/tmp/kherson.txt.annotations.json")
        #expect(beside.recoveryPath == "/tmp/kherson.txt.annotations.json.recovered.json")
    }

    @Test func bundledSampleKeepsItsFileAcrossBuildFolders() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let env = ["XDG_DATA_HOME": folder.path]
        let debug = "/pkg/.build/x86_64-unknown-linux-gnu/debug/P_Samples.resources/Articles/01-a.txt"
        let release = "/pkg/.build/x86_64-unknown-linux-gnu/release/P_Samples.resources/Articles/01-a.txt"
        let a = AnnotationFileLocation.resolve(articlePath: debug, useDataDirectory: true, environment: env)
        let b = AnnotationFileLocation.resolve(articlePath: release, useDataDirectory: true, environment: env)
        #expect(a.path == b.path)
        let other = AnnotationFileLocation.resolve(articlePath: debug.replacingOccurrences(of: "01-a", with: "02-a"),
                                                   useDataDirectory: true, environment: env)
        #expect(other.path != a.path)
        // A file saved under the old, build-folder-specific name is still read.
        let legacy = folder.path + "/marginalia/annotations/01-a.txt-"
            + AnnotationFileLocation.identityTag(debug, bundleIndependent: false) + ".annotations.json"
        try FileManager.default.createDirectory(atPath: folder.path + "/marginalia/annotations", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: legacy, contents: Data("{}".utf8)))
        let again = AnnotationFileLocation.resolve(articlePath: debug, useDataDirectory: true, environment: env)
        #expect(again.readPath == legacy)
        #expect(again.path == a.path)
    }
}

@Suite struct PreferredPathTests {
    @Test func corpusArticleUsesTheGivenPathAndItsFolderIsCreated() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        var options = testOptions(folder)
        options.annotationPath = folder.file("corpus.jsonl.annotations/11059.annotations.json")
        options.sourcePath = "corpus.jsonl#11059"
        let text = ArticleText(sampleText)
        let store = AnnotationStore(articlePath: folder.file("corpus.jsonl"), text: text, options: options)
        #expect(store.access == .readWrite)
        store.tag(Span(0, 3), with: "claim")
        #expect(store.close() == nil)
        let saved = try AnnotationStore.read(folder.file("corpus.jsonl.annotations/11059.annotations.json")).collection
        #expect(saved.source.path == "corpus.jsonl#11059")
        #expect(saved.items.count == 1)
    }

    @Test func unwritableFolderFallsBackToTheDataDirectory() {
        // (Tests may run as root, for whom permission bits do not stop writes: a regular file
        // where the folder would have to be does.)
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        _ = folder.article("plain", "a file, not a folder")
        let env = ["XDG_DATA_HOME": "/tmp/xdg-test"]
        let location = AnnotationFileLocation.resolve(preferredPath: folder.file("plain/corpus.jsonl.annotations/7.annotations.json"),
                                                      identity: folder.file("corpus.jsonl#7"), environment: env)
        #expect(location.path.hasPrefix("/tmp/xdg-test/marginalia/annotations/7-"))
        #expect(location.path.hasSuffix(".annotations.json"))
    }
}
