import FoundationEssentials
import MarginaliaText
import Synchronization

/// A lock file holding the owner's pid, so a second Marginalia on the same article opens it
/// read-only instead of two sessions overwriting each other. A lock whose process is gone
/// (crash, kill -9) is stale and taken over. Lock files live in a folder of our own
/// (`$XDG_RUNTIME_DIR/marginalia/locks/`, else `$XDG_DATA_HOME/marginalia/locks/`), named by a
/// hash of the canonical annotation path: opening an article never creates anything beside it
/// (a shared, read-only data folder stays untouched when nothing is annotated).
public final class AnnotationLock {
    public enum Outcome: Equatable, Sendable {
        /// We hold the lock.
        case acquired
        /// A stale lock of a dead process was replaced by ours.
        case recovered(stalePID: Int32)
        /// Another live process holds it.
        case heldBy(pid: Int32)
        /// The lock file could not be created (e.g. read-only folder); one-line reason.
        case unavailable(reason: String)
    }

    public let path: String
    public private(set) var isHeld = false

    /// `path` is made absolute. Its folder's links are NOT resolved: the lock folder itself must
    /// not be a link (`acquire` refuses one), since following a planted link would write and
    /// delete files wherever it points. (The annotation path is canonical already in its name.)
    public init(path: String) {
        let absolute = path.hasPrefix("/") ? path : PathText.currentDirectory + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        self.path = "/" + parts.joined(separator: "/")
    }

    /// The lock of the annotation file at `annotationPath` (see `path(forAnnotationFile:)`).
    public convenience init(annotationFile annotationPath: String,
                            environment: [String: String] = ProcessEnvironment.variables) {
        self.init(path: AnnotationLock.path(forAnnotationFile: annotationPath, environment: environment))
    }

    deinit { release() }

    /// `<lock folder>/<hash of the canonical annotation path>.lock`: "a.txt", "./a.txt" and the
    /// same folder reached through a link give one name.
    public static func path(forAnnotationFile annotationPath: String,
                            environment: [String: String] = ProcessEnvironment.variables) -> String {
        directory(environment: environment) + "/" + String(SHA256.hex(of: canonicalPath(annotationPath)).prefix(32)) + ".lock"
    }

    /// `$XDG_RUNTIME_DIR/marginalia/locks` when set (per-boot, per-user: stale locks vanish at
    /// reboot), else `$XDG_DATA_HOME/marginalia/locks` (default `~/.local/share`).
    public static func directory(environment: [String: String] = ProcessEnvironment.variables) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            return runtime + "/marginalia/locks"
        }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? PathText.home) + "/.local/share"
        return data + "/marginalia/locks"
    }

    /// Absolute, standardized, with the symbolic links of its nearest existing folder resolved
    /// (the annotation file and even its folder may not exist yet).
    static func canonicalPath(_ path: String) -> String {
        let absolute = PathText.standardized(path.hasPrefix("/") ? path : PathText.currentDirectory + "/" + path)
        var existing = PathText.parent(absolute)
        var rest = [PathText.lastComponent(absolute)]
        while !existing.isEmpty, existing != "/", !FileManager.default.fileExists(atPath: existing) {
            rest.insert(PathText.lastComponent(existing), at: 0)
            existing = PathText.parent(existing)
        }
        let resolved = existing.isEmpty ? "/" : PathText.resolvingSymlinks(existing)
        return PathText.standardized(PathText.appending(resolved, rest.joined(separator: "/")))
    }

    /// Tries to take the lock. `isAlive` decides whether a recorded pid still runs (injectable
    /// for tests; the default asks the kernel).
    ///
    /// Nothing here follows a symbolic link or touches a file that is not a lock: the lock
    /// folder must be a real folder of this user with mode 0700 (as the XDG runtime folder
    /// rules ask; anyone else could plant links in it), the lock file is created with
    /// O_EXCL|O_NOFOLLOW, read only when it is a small regular file, and removed only when it
    /// is still the file this process created (same device and inode) or a stale lock checked
    /// just before.
    public func acquire(isAlive: (Int32) -> Bool = AnnotationLock.processIsAlive) -> Outcome {
        if isHeld { return .acquired }
        if let problem = AnnotationLock.prepareFolder(PathText.parent(path)) { return .unavailable(reason: problem) }
        var stale: Int32?
        for _ in 0..<3 {
            if let identity = createExclusively() {
                self.identity = identity
                isHeld = true
                HeldLocks.shared.insert(path, identity: identity)
                return stale.map { .recovered(stalePID: $0) } ?? .acquired
            }
            guard errno == EEXIST else {
                return .unavailable(reason: "cannot create lock file \(path): " + String(cString: strerror(errno)).lowercased())
            }
            guard case .regular(let identity, let recorded) = AnnotationLock.inspect(path) else {
                return .unavailable(reason: "\(path) is not a lock file (a link or a folder?); remove it to annotate")
            }
            guard let owner = recorded else {
                // Being written right now by its owner, or garbage: treat garbage that stays as stale.
                usleep(20_000)
                guard case .regular(let again, let pid) = AnnotationLock.inspect(path) else { continue }
                if let pid, isAlive(pid) { return .heldBy(pid: pid) }
                if pid == nil, again == identity { AnnotationLock.unlink(path, ifStill: identity) }
                continue
            }
            // Our own pid is live only if this process really holds the lock; otherwise it is
            // a previous process's lock and the pid was reused (common in containers).
            let live = owner == getpid() ? HeldLocks.shared.contains(path) : isAlive(owner)
            if live { return .heldBy(pid: owner) }
            stale = owner
            AnnotationLock.unlink(path, ifStill: identity)
        }
        return .unavailable(reason: "cannot take over lock file \(path)")
    }

    /// What a user is told when another process holds the lock: the pid, the lock file, and
    /// how to override it should the pid belong to some other program now (a reused pid).
    public static func heldMessage(pid: Int32, lockPath: String) -> String {
        "already open in process \(pid) (lock file \(lockPath); if process \(pid) is not Marginalia, delete that file)"
    }

    /// Removes the lock file if it is still the one this process created.
    public func release() {
        guard isHeld else { return }
        isHeld = false
        HeldLocks.shared.remove(path)
        if let identity { AnnotationLock.unlink(path, ifStill: identity) }
    }

    /// Releases every lock this process holds (a termination signal, after the last save):
    /// the next start must not find a stale lock.
    public static func releaseAllHeld() {
        for (path, identity) in HeldLocks.shared.removeAll() { unlink(path, ifStill: identity) }
    }

    /// Device and inode: what makes "the file this process created" more than a path.
    struct FileIdentity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) { device = UInt64(info.st_dev); inode = UInt64(info.st_ino) }
    }

    private var identity: FileIdentity?

    private func createExclusively() -> FileIdentity? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let line = Array("\(getpid())\n".utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fsync(fd)
        return FileIdentity(info)
    }

    /// Creates the lock folder (mode 0700) and checks it is a real folder of this user that no
    /// one else can write; a loose mode on our own folder is tightened. nil when fine, else why not.
    static func prepareFolder(_ folder: String) -> String? {
        try? FileManager.default.createDirectory(atPath: PathText.parent(folder), withIntermediateDirectories: true)
        _ = mkdir(folder, 0o700)
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            return "cannot create lock folder \(folder): " + String(cString: strerror(errno)).lowercased()
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return "lock folder \(folder) is not a folder (a link?); remove it to annotate"
        }
        guard info.st_uid == getuid() else {
            return "lock folder \(folder) belongs to another user; remove it to annotate"
        }
        if info.st_mode & 0o077 != 0, chmod(folder, 0o700) != 0 {
            return "lock folder \(folder) is open to other users and cannot be made private (mode 0700)"
        }
        return nil
    }

    enum Inspection {
        case missing
        /// A regular file: its identity and the pid it records (nil: empty or garbage).
        case regular(FileIdentity, pid: Int32?)
        /// A link, folder, FIFO, device: not a lock, never read or removed.
        case other
    }

    /// What is at a lock path, without following links or blocking on a FIFO.
    static func inspect(_ path: String) -> Inspection {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .other }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .other }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        let text = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        let pid = Int32(text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingSpaces ?? "")
        return .regular(FileIdentity(info), pid: pid)
    }

    /// Removes `path` only if it is still the regular file `identity` names.
    static func unlink(_ path: String, ifStill identity: FileIdentity) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, FileIdentity(info) == identity else { return }
        _ = Glibc.unlink(path)
    }

    /// The pid recorded in a lock file (nil if there is none, or it is not a regular file).
    public static func owner(at path: String) -> Int32? {
        if case .regular(_, let pid) = inspect(path) { return pid }
        return nil
    }

    /// True if a process with this pid exists (kill with signal 0; EPERM means it exists but
    /// belongs to someone else).
    public static func processIsAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}

/// The lock files this process holds, with their identities (to tell our own lock from a dead
/// process's with our pid, and to release them all on a termination signal).
final class HeldLocks: Sendable {
    static let shared = HeldLocks()
    private let held = Mutex<[String: AnnotationLock.FileIdentity]>([:])

    func contains(_ path: String) -> Bool { held.withLock { $0[path] != nil } }
    func insert(_ path: String, identity: AnnotationLock.FileIdentity) { held.withLock { $0[path] = identity } }
    func remove(_ path: String) { held.withLock { _ = $0.removeValue(forKey: path) } }
    func removeAll() -> [(String, AnnotationLock.FileIdentity)] {
        held.withLock { held in
            defer { held.removeAll() }
            return held.map { ($0.key, $0.value) }
        }
    }
}
