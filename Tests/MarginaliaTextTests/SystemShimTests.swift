import Foundation
import Testing
@testable import MarginaliaText

/// The small replacements for Foundation-module APIs (NSString paths, CharacterSet trimming,
/// String(format:), FileHandle, Thread, NSCondition) behave as the originals did where the
/// program relies on them. NSString is the reference here: tests may link Foundation.
@Suite struct SystemShimTests {
    @Test func pathArithmeticMatchesNSString() {
        let paths = ["/a/b/c.txt", "/a/b/", "/", "", "a/b", "/a", "a/b/", "//a//b//", "/a/./b/../c",
                     "/a/b.tar.gz", "/a/.profile", "rel/../x", "/x/y z.txt", "/../a", "/a/b/.."]
        for p in paths {
            let ns = p as NSString
            #expect(PathText.lastComponent(p) == ns.lastPathComponent, "last component of \(p)")
            #expect(PathText.parent(p) == ns.deletingLastPathComponent, "parent of \(p)")
            #expect(PathText.pathExtension(p) == ns.pathExtension, "extension of \(p)")
            #expect(PathText.standardized(p) == ns.standardizingPath, "standardized \(p)")
            #expect(PathText.resolvingSymlinks(p) == ns.resolvingSymlinksInPath, "resolved \(p)")
        }
        #expect(PathText.appending("/a/b", "c") == "/a/b/c")
        #expect(PathText.appending("/a/b/", "c/") == "/a/b/c")
        #expect(PathText.appending("", "c") == "c")
        #expect(PathText.deletingExtension("/a/b.tar.gz") == "/a/b.tar")
    }

    @Test func symbolicLinksOfTheExistingPartAreFollowed() throws {
        let base = FileManager.default.temporaryDirectory.path + "/marginalia-paths-\(getpid())"
        try FileManager.default.createDirectory(atPath: base + "/real", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: base + "/real")
        let real = (base as NSString).resolvingSymlinksInPath + "/real"
        // An annotation file not created yet, in a folder reached through a link.
        #expect(PathText.standardized(base + "/link/new.json") == real + "/new.json")
        #expect(PathText.standardized(base + "/link/new.json") == (base + "/link/new.json" as NSString).standardizingPath)
    }

    @Test func tildeIsTheHomeFolder() {
        #expect(PathText.expandingTilde("~/notes.txt", environment: ["HOME": "/home/anna"]) == "/home/anna/notes.txt")
        #expect(PathText.expandingTilde("~", environment: ["HOME": "/home/anna"]) == "/home/anna")
        #expect(PathText.expandingTilde("~bob/x", environment: ["HOME": "/home/anna"]) == "~bob/x")
        #expect(PathText.expandingTilde("/abs", environment: ["HOME": "/home/anna"]) == "/abs")
    }

    @Test func trimmingMatchesFoundationsCharacterSets() {
        let samples = ["  a b \t", "\n\u{00A0}x\u{2028}\r\n", "\u{3000}全角\u{3000}", "", " \n ", "\u{200B}z\u{200B}"]
        for s in samples {
            #expect(s.trimmingSpaces == s.trimmingCharacters(in: .whitespaces), "spaces of \(s.debugDescription)")
            #expect(s.trimmingWhitespace == s.trimmingCharacters(in: .whitespacesAndNewlines), "white space of \(s.debugDescription)")
            #expect(s.trimmingNewlines == s.trimmingCharacters(in: .newlines), "newlines of \(s.debugDescription)")
        }
    }

    @Test func numbersFormatAsPrintfDoes() {
        #expect(CFormat.string("%.1f", 2.25) == String(format: "%.1f", 2.25))
        #expect(CFormat.string("%6.2f%%", 12.345) == " 12.35%")
        #expect(CFormat.string("%04d-%02d", Int32(2026), Int32(7)) == "2026-07")
        #expect(CFormat.string("%ld items", 1_234_567_890_123) == "1234567890123 items")
        // Longer than the first buffer.
        #expect(CFormat.string("%0300d", Int32(1)).count == 300)
    }

    @Test func fileBytesReadsWholeFilesAndReportsErrno() throws {
        let path = FileManager.default.temporaryDirectory.path + "/marginalia-bytes-\(getpid())"
        let content = Data((0..<300_000).map { UInt8($0 % 251) })
        try content.write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        var chunks = 0
        let read = try FileBytes.read(path: path, chunkSize: 65_536) { _, _ in chunks += 1 }
        #expect(read == content)
        #expect(chunks == 5)
        #expect(throws: FileBytes.ReadError.self) { try FileBytes.read(path: path + "-missing") }
        do {
            _ = try FileBytes.read(path: path + "-missing")
        } catch let error as FileBytes.ReadError {
            #expect(error.reason == "no such file or directory")
        }
    }

    @Test func threadsRunAndConditionsWake() {
        let condition = Condition()
        nonisolated(unsafe) var done = 0
        for n in 0..<4 {
            SystemThread.start(stackSize: 1 << 20, name: "test-\(n)") {
                condition.lock(); done += 1; condition.broadcast(); condition.unlock()
            }
        }
        condition.lock()
        while done < 4 { condition.wait() }
        condition.unlock()
        #expect(done == 4)
    }
}
