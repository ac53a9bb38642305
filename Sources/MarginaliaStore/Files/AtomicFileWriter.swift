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
    /// A symbolic link at `path` is never followed (it could point anywhere, or nowhere, and
    /// would be written through): that is an error. A caller that has checked where a link
    /// leads (the annotation store: only to this article's own annotation file) passes the
    /// link's target as `path`.
    public func write(_ bytes: [UInt8], to path: String) throws {
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
            throw Failure(description: "\(path) is a symbolic link; not writing through it")
        }
        let folder = PathText.parent(path).isEmpty ? "." : PathText.parent(path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create folder \(folder)")
        }
        // Keep the permissions of the file being replaced.
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let (fd, temporary) = try AtomicFileWriter.createTemporary(for: path, mode: mode)
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

    /// The one way this program creates a temporary file: in the target's folder (so a rename
    /// replaces the target atomically), named `.<name>.tmp-<pid>-<random>`, by exclusive create
    /// without following links, so a planted file or link at a guessed name is never written.
    /// Returns the open descriptor and the path.
    public static func createTemporary(for path: String, mode: mode_t = 0o644) throws -> (fd: Int32, path: String) {
        let folder = PathText.parent(path).isEmpty ? "." : PathText.parent(path)
        for _ in 0..<8 {
            let temporary = folder + "/." + PathText.lastComponent(path) + ".tmp-\(getpid())-"
                + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { break }
        }
        throw Failure(description: "cannot create a temporary file in \(folder): " + errnoText())
    }
}
