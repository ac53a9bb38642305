import FoundationEssentials
import MarginaliaText

/// Identity of a file's current contents, cheap to compare: a changed inode, size or
/// modification time means someone wrote it.
public struct FileFingerprint: Equatable, Sendable {
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
