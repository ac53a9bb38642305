import Testing
@testable import MarginaliaModel
@testable import MarginaliaLibrary

/// `LibraryPaths.absolute` returns tidy absolute paths untouched and tidies the others.
@Suite struct LibraryPathTests {
    @Test func tidyAbsolutePathsAreRecognised() {
        for path in ["/a", "/a/b.txt", "/a/.hidden", "/a/...", "/a/b..c", "/x/.../y"] {
            #expect(LibraryPaths.isTidyAbsolute(path), "\(path)")
            #expect(LibraryPaths.absolute(path) == path)
        }
        for path in ["/", "a/b", "/a/", "//a", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", ""] {
            #expect(!LibraryPaths.isTidyAbsolute(path), "\(path)")
        }
    }

    @Test func otherPathsAreTidied() {
        #expect(LibraryPaths.absolute("/a//b/./c/../d/") == "/a/b/d")
        #expect(LibraryPaths.absolute("/a/..") == "/")
        #expect(LibraryPaths.absolute("/") == "/")
    }
}
