import FoundationEssentials
import MarginaliaText

/// Replaces a file so that a reader (or the next start after a crash) sees either the old
/// contents or the new, never a mix: write a temporary file in the same folder, fsync it,
/// rename it over the target, fsync the folder. Every failure is returned as a one-line
/// reason and leaves the old file as it was.
public struct AtomicFileWriter: Sendable {
    /// The rename step, injectable so tests can simulate a crash between write and rename.
    public var rename: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Called with the temporary file's path after it is written and synced (tests use it to
    /// look at the disk at the moment before the rename).
    public var afterWrite: @Sendable (_ temporaryPath: String) -> Void

    public init(rename: @escaping @Sendable (String, String) throws -> Void = AtomicFileWriter.posixRename,
                afterWrite: @escaping @Sendable (String) -> Void = { _ in }) {
        self.rename = rename
        self.afterWrite = afterWrite
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    @Sendable public static func posixRename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 { throw Failure(description: "rename: " + errnoText()) }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Writes `bytes` to `path` atomically. Creates missing parent folders (the data directory).
    /// A symbolic link is followed, so the file it points to is replaced, not the link.
    public func write(_ bytes: [UInt8], to requestedPath: String) throws {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: requestedPath)).map { target in
            target.hasPrefix("/") ? target : PathText.appending(PathText.parent(requestedPath), target)
        } ?? requestedPath
        let folder = PathText.parent(path).isEmpty ? "." : PathText.parent(path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create folder \(folder)")
        }
        let name = PathText.lastComponent(path)
        let temporary = folder + "/." + name + ".tmp-\(getpid())-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        // Keep the permissions of the file being replaced.
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(description: "cannot create a temporary file in \(folder): " + AtomicFileWriter.errnoText()) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            try bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure(description: "write: " + AtomicFileWriter.errnoText())
                    }
                    offset += n
                }
            }
            if fsync(fd) != 0 { throw Failure(description: "fsync: " + AtomicFileWriter.errnoText()) }
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw Failure(description: "close: " + AtomicFileWriter.errnoText()) }
        afterWrite(temporary)
        try rename(temporary, path)
        renamed = true
        // The rename is durable only once the folder's entry is on disk.
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            _ = fsync(dirfd)
            close(dirfd)
        }
    }
}
