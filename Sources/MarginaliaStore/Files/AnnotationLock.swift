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

    /// `path` is made absolute with its folder's symbolic links resolved, so "a.txt", "./a.txt"
    /// and the same folder reached through a link share one lock.
    public init(path: String) {
        let absolute = path.hasPrefix("/") ? path : PathText.currentDirectory + "/" + path
        let folder = PathText.resolvingSymlinks(PathText.parent(absolute))
        self.path = PathText.standardized(PathText.appending(folder, PathText.lastComponent(absolute)))
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
    public func acquire(isAlive: (Int32) -> Bool = AnnotationLock.processIsAlive) -> Outcome {
        if isHeld { return .acquired }
        var stale: Int32?
        for _ in 0..<3 {
            if createExclusively() {
                isHeld = true
                HeldLocks.shared.insert(path)
                return stale.map { .recovered(stalePID: $0) } ?? .acquired
            }
            guard errno == EEXIST else {
                return .unavailable(reason: "cannot create lock file \(path): " + String(cString: strerror(errno)))
            }
            guard let owner = AnnotationLock.owner(at: path) else {
                // Being written right now by its owner, or garbage: treat garbage that stays as stale.
                usleep(20_000)
                if let again = AnnotationLock.owner(at: path), isAlive(again) { return .heldBy(pid: again) }
                if AnnotationLock.owner(at: path) == nil { unlink(path) }
                continue
            }
            // Our own pid is live only if this process really holds the lock; otherwise it is
            // a previous process's lock and the pid was reused (common in containers).
            let live = owner == getpid() ? HeldLocks.shared.contains(path) : isAlive(owner)
            if live { return .heldBy(pid: owner) }
            stale = owner
            unlink(path)
        }
        return .unavailable(reason: "cannot take over lock file \(path)")
    }

    /// Removes the lock file if it is still ours.
    public func release() {
        guard isHeld else { return }
        isHeld = false
        HeldLocks.shared.remove(path)
        if AnnotationLock.owner(at: path) == getpid() { unlink(path) }
    }

    private func createExclusively() -> Bool {
        // The lock folder may not exist yet on first use; it is ours alone (0700).
        try? FileManager.default.createDirectory(atPath: PathText.parent(path), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let line = Array("\(getpid())\n".utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fsync(fd)
        close(fd)
        return true
    }

    /// The pid recorded in a lock file.
    public static func owner(at path: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return Int32(text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingSpaces ?? "")
    }

    /// True if a process with this pid exists (kill with signal 0; EPERM means it exists but
    /// belongs to someone else).
    public static func processIsAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}

/// The lock files this process holds (to tell our own lock from a dead process's with our pid).
final class HeldLocks: Sendable {
    static let shared = HeldLocks()
    private let paths = Mutex<Set<String>>([])

    func contains(_ path: String) -> Bool { paths.withLock { $0.contains(path) } }
    func insert(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    func remove(_ path: String) { paths.withLock { _ = $0.remove(path) } }
}
