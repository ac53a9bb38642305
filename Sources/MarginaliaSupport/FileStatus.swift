import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// What `stat(2)` says of a path: kind and size. FileManager's `attributesOfItem` also looks up
/// the owner's user and group names, which reads /etc/passwd and /etc/group through NSS: slow,
/// for facts the reader never uses.
public struct FileStatus: Sendable {
    public var isRegular: Bool
    public var isDirectory: Bool
    public var size: Int
    /// Last modification, in nanoseconds since the epoch.
    public var modifiedNanoseconds: Int

    /// nil when the path does not exist or cannot be examined (it follows symbolic links).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        isRegular = kind == S_IFREG
        isDirectory = kind == S_IFDIR
        size = Int(info.st_size)
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
    }
}
